/**
 * The audit row for a write the production server refused as cross-site (server/index.ts,
 * server/csrf.ts) before the app saw it. server/ is compiled on its own and cannot import
 * app/, so app/entry.server.tsx exports this function and the server finds it on the
 * Remix build it loads (server/cross-origin-guard.ts).
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { SESSION_IDLE_MS, sessionKeyOf } from '~/utils/session.server'

/** What the server knows of a refused request; the same shape as server/cross-origin-guard.ts sends. */
export type CrossOriginRefusal = {
  method: string
  path: string
  /** Why it was refused, as server/csrf.ts says: "origin https://…" or "sec-fetch-site cross-site". */
  reason: string
  /** The client's address as the server determined it. */
  ip: string
  /** The request's Cookie header: names the account when a same-site page sent it. */
  cookie: string | undefined
}

/**
 * The "permission" a refusal's row names, so the audit page reads "… was refused
 * cross-origin on POST /projects/new" with the other refusals (action access_denied).
 */
export const CROSS_ORIGIN_PERMISSION = 'cross-origin'

/**
 * Anyone can send such requests without an account, and the trail is append-only: at most
 * this many rows a minute from one address. Further refusals are still refused and logged
 * to the console, but not written.
 */
export const CROSS_ORIGIN_ROWS_PER_ADDRESS_PER_MINUTE = 10
const rowsPerAddress = new RateLimiterMemory({
  keyPrefix: 'cross-origin-audit',
  points: CROSS_ORIGIN_ROWS_PER_ADDRESS_PER_MINUTE,
  duration: 60,
})

async function takeRow(ip: string) {
  try {
    await rowsPerAddress.consume(ip)
    return true
  } catch (error) {
    if (error instanceof RateLimiterRes) return false
    throw error
  }
}

/**
 * The account of a live session the cookie names, read without touching it: a refused
 * request must not keep a session alive, nor delete one (the app does that on its next
 * real request).
 */
async function signedInAccount(cookie: string | undefined, now: Date) {
  if (!cookie) return null
  const id = sessionKeyOf(new Request('http://localhost/', { headers: { Cookie: cookie } }))
  if (!id) return null
  const session = await prisma.session.findUnique({
    where: { id },
    select: { expiresAt: true, lastSeenAt: true, user: { select: { id: true, name: true, disabledAt: true } } },
  })
  if (!session || session.user.disabledAt) return null
  const alive = session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() <= SESSION_IDLE_MS
  return alive ? session.user : null
}

/** The path and the reason come from the request: kept short, as the audit page shows them. */
const clip = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text)

/** Writes the refusal (actor unknown, or the signed-in account); false when the address is over its limit. */
export async function recordCrossOriginRefusal(refusal: CrossOriginRefusal, now = new Date()): Promise<boolean> {
  if (!(await takeRow(refusal.ip))) return false
  await ensureDb()
  const account = await signedInAccount(refusal.cookie, now)
  await writeAudit(
    prisma,
    { userId: account?.id ?? null, userName: account?.name ?? null, ip: refusal.ip },
    {
      action: 'access_denied',
      detail: {
        permission: CROSS_ORIGIN_PERMISSION,
        method: clip(refusal.method),
        path: clip(refusal.path),
        reason: clip(refusal.reason),
      },
    },
  )
  return true
}
