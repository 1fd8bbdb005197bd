import { createHash, randomBytes } from 'node:crypto'
import { ensureDb, prisma, readOnConnection } from '~/utils/db.server'
import { getClientIp, getUserAgent } from '~/utils/request-info.server'

export const SESSION_IDLE_MS = 30 * 60 * 1000
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
// lastSeenAt is written at most once a minute, not on every request.
const TOUCH_EVERY_MS = 60 * 1000

/**
 * `__Host-` and Secure in production (browsers treat http://localhost as secure, so the
 * demo works); a plain name in development and tests, which run over http.
 */
function cookieIsSecure() {
  return process.env.NODE_ENV === 'production'
}
export function sessionCookieName() {
  return cookieIsSecure() ? '__Host-tiendo_session' : 'tiendo_session'
}

function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

function readToken(request: Request): string | null {
  const header = request.headers.get('Cookie') ?? ''
  const name = sessionCookieName()
  for (const part of header.split(/;\s*/)) {
    const index = part.indexOf('=')
    if (index > 0 && part.slice(0, index) === name) return decodeURIComponent(part.slice(index + 1))
  }
  return null
}

function serializeCookie(value: string, maxAgeSeconds: number) {
  const attributes = [
    `${sessionCookieName()}=${value}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
  ]
  if (cookieIsSecure()) attributes.push('Secure')
  return attributes.join('; ')
}

/** A new session (a new id at every sign-in, so a planted id is worthless). */
export async function createSession(userId: string, request: Request, now = new Date()) {
  await ensureDb()
  const token = randomBytes(32).toString('base64url')
  await prisma.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      ip: getClientIp(request),
      userAgent: getUserAgent(request),
    },
  })
  return { setCookie: serializeCookie(token, SESSION_ABSOLUTE_MS / 1000) }
}

export function clearSessionCookie() {
  return serializeCookie('', 0)
}

export type ActiveSession = { id: string; userId: string }

/** The session's account as the lookup reads it: everything CurrentUser needs. */
export type SessionAccount = {
  id: string
  email: string
  name: string
  role: string
  departmentId: string | null
  provinceWide: boolean
  disabledAt: Date | null
  permissions: string[]
}

type SessionRow = {
  id: string
  userId: string
  lastSeenAt: Date | string
  expiresAt: Date | string
  email: string
  name: string
  role: string
  departmentId: string | null
  provinceWide: boolean | number | bigint
  disabledAt: Date | string | null
  permissions: string | null
}

/**
 * The session's token from the request's cookie, hashed as stored, or null without one.
 * The key under which one request's lookups are shared (app/utils/auth.server.ts).
 */
export function sessionKeyOf(request: Request): string | null {
  const token = readToken(request)
  return token ? hashToken(token) : null
}

/**
 * The request's session if it is still alive: within 12 hours of sign-in and 30 minutes
 * of the last request. An expired one is deleted on sight.
 */
export async function getActiveSession(request: Request, now = new Date()): Promise<ActiveSession | null> {
  const found = await getSessionWithAccount(request, now)
  return found ? found.session : null
}

/**
 * The live session and its account, read in one statement (session, user and the role's
 * permissions), with the same expiry, deletion and touching as getActiveSession.
 */
export async function getSessionWithAccount(
  request: Request,
  now = new Date(),
): Promise<{ session: ActiveSession; account: SessionAccount } | null> {
  const id = sessionKeyOf(request)
  if (!id) return null
  // Every request asks this: read on the connection directly (readOnConnection).
  const rows = await readOnConnection<SessionRow>(
    `SELECT s.id AS id, s.userId AS userId, s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt,
            u.email AS email, u.name AS name, u.role AS role, u.departmentId AS departmentId,
            u.provinceWide AS provinceWide, u.disabledAt AS disabledAt,
            (SELECT json_group_array(rp.permissionId) FROM RolePermission rp WHERE rp.role = u.role) AS permissions
     FROM Session s JOIN User u ON u.id = s.userId
     WHERE s.id = ?`,
    id,
  )
  const row = rows[0]
  if (!row) return null
  const lastSeenAt = new Date(row.lastSeenAt)
  const expiresAt = new Date(row.expiresAt)
  const idleSince = now.getTime() - lastSeenAt.getTime()
  if (expiresAt <= now || idleSince > SESSION_IDLE_MS) {
    await prisma.session.deleteMany({ where: { id } })
    return null
  }
  if (idleSince > TOUCH_EVERY_MS) {
    await prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } })
  }
  return {
    session: { id: row.id, userId: row.userId },
    account: {
      id: row.userId,
      email: row.email,
      name: row.name,
      role: row.role,
      departmentId: row.departmentId,
      provinceWide: Boolean(Number(row.provinceWide)),
      disabledAt: row.disabledAt === null ? null : new Date(row.disabledAt),
      permissions: row.permissions ? (JSON.parse(row.permissions) as string[]) : [],
    },
  }
}

export async function deleteSession(sessionId: string) {
  await ensureDb()
  await prisma.session.deleteMany({ where: { id: sessionId } })
}

/** Ends every session of a user, except optionally the one making the request. */
export async function deleteUserSessions(userId: string, exceptSessionId?: string) {
  await ensureDb()
  const { count } = await prisma.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  })
  return count
}
