import { redirect } from '@remix-run/node'
import { type Actor, writeAudit } from '~/models/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type PermissionString, hasPermission } from '~/utils/permissions'
import { getClientIp } from '~/utils/request-info.server'
import { getActiveSession } from '~/utils/session.server'

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

/** The signed-in user of a request, or null (no session, expired, or account disabled). */
export async function getOptionalUser(request: Request): Promise<CurrentUser | null> {
  const session = await getActiveSession(request)
  if (!session) return null
  await ensureDb()
  const user = await prisma.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, departmentId: true, provinceWide: true, disabledAt: true },
  })
  if (!user || user.disabledAt) return null
  const grants = await prisma.rolePermission.findMany({ where: { role: user.role }, select: { permissionId: true } })
  const { disabledAt: _disabledAt, ...rest } = user
  return { ...rest, permissions: grants.map((grant) => grant.permissionId), sessionId: session.id }
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

/** Refuses with 403, and writes the refusal to the audit trail. */
export async function forbid(
  user: CurrentUser,
  request: Request,
  permission: string,
  entityId?: string,
): Promise<never> {
  await writeAudit(prisma, actorFor(user, request), {
    action: 'access_denied',
    entityId,
    detail: { permission, method: request.method, path: new URL(request.url).pathname },
  })
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
