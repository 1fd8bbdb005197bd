import { dictionary } from '@zxcvbn-ts/language-common'
import argon2 from 'argon2'
import { z } from 'zod'
import { assertOutsideTransaction } from '~/utils/db.server'

/**
 * OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. The parameters are kept
 * in each stored hash, so raising them later only affects new hashes.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128

// zxcvbn-ts's list of common passwords (about 49 000, lower case).
const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()))

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase())
}

/** The rule for a new password, messages as i18n keys. */
export const NewPasswordSchema = z
  .string({ error: 'errors.required' })
  .min(PASSWORD_MIN_LENGTH, `auth.errors.passwordTooShort:${PASSWORD_MIN_LENGTH}`)
  .max(PASSWORD_MAX_LENGTH, `errors.tooLong:${PASSWORD_MAX_LENGTH}`)
  .refine((password) => !isCommonPassword(password), 'auth.errors.passwordCommon')

/**
 * The argon2id hash as stored. The `argon2` package writes its parameters as m,p,t
 * (ranisalt/node-argon2#559) but the PHC string format says m,t,p, and verifiers built on
 * the reference C library or libsodium refuse the other order; reordered so stored hashes
 * stay portable. `argon2.verify` reads either order.
 */
export async function hashPassword(password: string): Promise<string> {
  assertOutsideTransaction('Hashing a password')
  const hash = await argon2.hash(password, ARGON2_OPTIONS)
  return hash.replace(/^(\$argon2(?:id|i|d)\$v=\d+\$)m=(\d+),p=(\d+),t=(\d+)(?=\$)/, '$1m=$2,t=$4,p=$3')
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  assertOutsideTransaction('Checking a password')
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}

// Verifying against this when an account does not exist takes as long as a real check,
// so response times do not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined
export function verifyDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy-password-for-timing-only')
  return decoyHash.then((hash) => verifyPassword(hash, password)).then(() => false)
}
