import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { ensureDb, prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'

/** At most 10 sign-in attempts a minute from one address (one process: one limiter). */
const signInsPerAddress = new RateLimiterMemory({ keyPrefix: 'sign-in-ip', points: 10, duration: 60 })

/** Counts an attempt; false when the address has used its ten for this minute. */
export async function takeSignInAttempt(
  ip: string,
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  try {
    await signInsPerAddress.consume(ip)
    return { allowed: true }
  } catch (error) {
    if (error instanceof RateLimiterRes)
      return { allowed: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) }
    throw error
  }
}

export const FAILURES_PER_ACCOUNT_PER_HOUR = 100

export function emailKey(email: string) {
  return toSearchKey(email)
}

/**
 * Failed sign-ins are counted per email in the database (they must survive a restart and
 * hold for every process), whether or not an account has that email.
 */
export async function isAccountLocked(email: string, now = new Date()) {
  await ensureDb()
  const since = new Date(now.getTime() - 60 * 60 * 1000)
  const failures = await prisma.signInFailure.count({ where: { emailKey: emailKey(email), at: { gt: since } } })
  return failures >= FAILURES_PER_ACCOUNT_PER_HOUR
}

export async function recordSignInFailure(email: string, now = new Date()) {
  await ensureDb()
  await prisma.signInFailure.create({ data: { emailKey: emailKey(email), at: now } })
}
