import { expect, test } from 'vitest'
import { BrowserPasswordSchema } from '~/features/users/user-schema'
import { insertUser } from '~/features/users/user.server'
import { prisma } from '~/utils/db.server'
import {
  NewPasswordSchema,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  hashPassword,
  verifyPassword,
} from '~/utils/password.server'

const messagesOf = (schema: typeof NewPasswordSchema, password: string) => {
  const parsed = schema.safeParse(password)
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message)
}

test('a stored hash is argon2id with OWASP’s parameters, in PHC order, and verifies', async () => {
  const user = await insertUser(prisma, {
    email: 'hash@test.local',
    name: 'Hash',
    password: 'một mật khẩu đủ dài',
    role: 'viewer',
    departmentId: null,
  })
  const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: user.id } })
  expect(passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
  expect(await verifyPassword(passwordHash, 'một mật khẩu đủ dài')).toBe(true)
  expect(await verifyPassword(passwordHash, 'một mật khẩu đủ dài ')).toBe(false)
})

test('hashPassword salts every hash and keeps the parameters in it', async () => {
  const [first, second] = await Promise.all([hashPassword('same password'), hashPassword('same password')])
  expect(first).not.toBe(second)
  const parameters = Object.fromEntries((first.split('$')[3] ?? '').split(',').map((pair) => pair.split('=')))
  expect(parameters).toEqual({ m: '19456', t: '2', p: '1' })
  expect(await verifyPassword(first, 'same password')).toBe(true)
  expect(await verifyPassword('not a hash', 'same password')).toBe(false)
})

test('a new password has 12 to 128 characters and is not a common one', () => {
  expect(messagesOf(NewPasswordSchema, 'xk3-vq9-pl2')).toEqual(['auth.errors.passwordTooShort:12'])
  expect(messagesOf(NewPasswordSchema, 'xk3-vq9-pl2w')).toEqual([])
  expect(messagesOf(NewPasswordSchema, 'x'.repeat(127) + 'y')).toEqual([])
  expect(messagesOf(NewPasswordSchema, 'x'.repeat(129))).toEqual(['errors.tooLong:128'])
  for (const common of ['password1234', 'PASSWORD1234', 'qwertyuiop123']) {
    expect(messagesOf(NewPasswordSchema, common)).toContain('auth.errors.passwordCommon')
  }
})

test('the browser checks the same lengths as the server', () => {
  expect([PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH]).toEqual([12, 128])
  expect(BrowserPasswordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false)
  expect(BrowserPasswordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH)).success).toBe(true)
  expect(BrowserPasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH)).success).toBe(true)
  expect(BrowserPasswordSchema.safeParse('a'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false)
})

test('hashing or checking a password inside a transaction is refused: it would hold every request up', async () => {
  await expect(prisma.$transaction(async () => hashPassword('một mật khẩu đủ dài'))).rejects.toThrow(
    /inside a transaction/,
  )
  await expect(prisma.$transaction(async () => verifyPassword('not a hash', 'x'))).rejects.toThrow(
    /inside a transaction/,
  )
  // Before the transaction begins, as createUser does it, both are fine.
  const hash = await hashPassword('một mật khẩu đủ dài')
  expect(await prisma.$transaction(async (tx) => tx.user.count())).toBeGreaterThanOrEqual(0)
  expect(await verifyPassword(hash, 'một mật khẩu đủ dài')).toBe(true)
})
