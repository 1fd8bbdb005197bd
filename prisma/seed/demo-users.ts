/**
 * One account per role for the demo database only. Their passwords are public (README,
 * server start-up message); nothing like them exists outside a database seeded here.
 */
import { insertHashedUser } from '../../app/features/users/user.server'
import { hashPassword } from '../../app/utils/password.server'
import demoUsers from './demo-users.json' with { type: 'json' }
import type { Role } from '../../app/features/users/user-vocabulary'
import type { Prisma } from '@prisma/client'

export type DemoUser = {
  email: string
  name: string
  role: Role
  department: string | null
  provinceWide: boolean
  password: string
}

export const DEMO_USERS = demoUsers as DemoUser[]

/** The demo accounts' hashes, made before the seed's transaction begins (argon2 is slow). */
export function hashDemoPasswords(): Promise<string[]> {
  return Promise.all(DEMO_USERS.map((user) => hashPassword(user.password)))
}

export async function seedDemoUsers(db: Prisma.TransactionClient, passwordHashes: string[]) {
  for (const [index, { password: _password, ...user }] of DEMO_USERS.entries()) {
    const department = user.department
      ? await db.department.findUniqueOrThrow({ where: { code: user.department }, select: { id: true } })
      : null
    const passwordHash = passwordHashes[index]
    if (!passwordHash) throw new Error(`No password hash for the demo account ${user.email}.`)
    await insertHashedUser(db, { ...user, departmentId: department?.id ?? null, passwordHash })
  }
  return { users: DEMO_USERS.length }
}
