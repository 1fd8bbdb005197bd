import { redirect } from '@remix-run/node'
import { type Actor, writeAudit } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'
import { type PermissionString, hasPermission } from '~/utils/permissions'
import { getClientIp } from '~/utils/request-info.server'
import { getSessionWithAccount, sessionKeyOf } from '~/utils/session.server'

export type CurrentUser = {
  id: string
  email: string
  name: string
  role: string
  departmentId: string | null
  provinceWide: boolean
  permissions: string[]
  sessionId: string
}

// The root loader and the route's loader run at the same time for one request, each with
// its own copy of the Request; both ask for the user. A lookup still in flight for the same
// session token is shared rather than repeated; it is forgotten as soon as it settles, so
// every later request (and an action's loaders, which run after it) reads the database
// afresh: a disabled account or a deleted session is refused exactly as before.
const lookupsInFlight = new Map<string, Promise<CurrentUser | null>>()

/** The signed-in user of a request, or null (no session, expired, or account disabled). */
export function getOptionalUser(request: Request): Promise<CurrentUser | null> {
  const key = sessionKeyOf(request)
  if (!key) return Promise.resolve(null)
  const inFlight = lookupsInFlight.get(key)
  if (inFlight) return inFlight
  const lookup = lookUpUser(request).finally(() => lookupsInFlight.delete(key))
  lookupsInFlight.set(key, lookup)
  return lookup
}

async function lookUpUser(request: Request): Promise<CurrentUser | null> {
  const found = await getSessionWithAccount(request)
  if (!found || found.account.disabledAt) return null
  const { disabledAt: _disabledAt, ...rest } = found.account
  return { ...rest, sessionId: found.session.id }
}

export function actorFor(user: CurrentUser | null, request: Request): Actor {
  return { userId: user?.id ?? null, userName: user?.name ?? null, ip: getClientIp(request) }
}

/** Anyone signed in; otherwise to the sign-in page, coming back here afterwards. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await getOptionalUser(request)
  if (user) return user
  const url = new URL(request.url)
  const back = request.method === 'GET' ? url.pathname + url.search : url.pathname
  throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`)
}

/**
 * Writes a refusal to the audit trail. forbid() does this and answers 403; a form that
 * answers 403 with its own message (a department the editor may not write) calls it directly.
 */
export async function recordAccessDenied(user: CurrentUser, request: Request, permission: string, entityId?: string) {
  await writeAudit(prisma, actorFor(user, request), {
    action: 'access_denied',
    entityId,
    detail: { permission, method: request.method, path: new URL(request.url).pathname },
  })
}

/** Refuses with 403, and writes the refusal to the audit trail. */
export async function forbid(
  user: CurrentUser,
  request: Request,
  permission: string,
  entityId?: string,
): Promise<never> {
  await recordAccessDenied(user, request, permission, entityId)
  throw new Response('Forbidden', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * The user, if they hold the permission (for the record's department when one is given).
 * Every loader and action goes through this or requireUser: the UI only hides buttons.
 */
export async function requirePermission(
  request: Request,
  permission: PermissionString,
  record?: { id?: string; departmentId: string | null },
): Promise<CurrentUser> {
  const user = await requireUser(request)
  if (!hasPermission(user, permission, record)) await forbid(user, request, permission, record?.id)
  return user
}

/** The same check for a record loaded after the user (the usual order in a route). */
export async function ensurePermission(
  user: CurrentUser,
  request: Request,
  permission: PermissionString,
  record?: { id?: string; departmentId: string | null },
) {
  if (!hasPermission(user, permission, record)) await forbid(user, request, permission, record?.id)
}
