import { createCookieSessionStorage, redirect } from '@remix-run/node'
import { getSessionSecret } from '~/utils/env.server'

export type Toast = { kind: 'success' | 'error'; messageKey: string; values?: Record<string, string> }

const toastStorage = createCookieSessionStorage({
  cookie: {
    name: 'tiendo_toast',
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NODE_ENV === 'production' && process.env.TIENDO_DEMO !== '1',
    secrets: [getSessionSecret()],
  },
})

/** Post/redirect/get with a one-time message for the next page. */
export async function redirectWithToast(url: string, toast: Toast, init?: ResponseInit) {
  const session = await toastStorage.getSession()
  session.flash('toast', toast)
  const headers = new Headers(init?.headers)
  headers.append('Set-Cookie', await toastStorage.commitSession(session))
  return redirect(url, { ...init, headers })
}

export async function getToast(request: Request): Promise<{ toast: Toast | null; headers: Headers }> {
  const session = await toastStorage.getSession(request.headers.get('Cookie'))
  const toast = (session.get('toast') as Toast | undefined) ?? null
  const headers = new Headers()
  if (toast) headers.append('Set-Cookie', await toastStorage.destroySession(session))
  return { toast, headers }
}
