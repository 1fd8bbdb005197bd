import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { writeAudit } from '~/utils/audit.server'
import { actorFor, getOptionalUser } from '~/utils/auth.server'
import { prisma } from '~/utils/db.server'
import { clearSessionCookie, deleteSession } from '~/utils/session.server'

/** Signing out is a POST (a link or an image could otherwise sign people out). */
export async function action({ request }: ActionFunctionArgs) {
  const user = await getOptionalUser(request)
  if (user) {
    await deleteSession(user.sessionId)
    await writeAudit(prisma, actorFor(user, request), { action: 'sign_out', entityType: 'user', entityId: user.id })
  }
  return redirect('/login', { headers: { 'Set-Cookie': clearSessionCookie() } })
}

export function loader() {
  return redirect('/projects')
}
