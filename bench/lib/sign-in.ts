/**
 * Signs in through the real form, as a browser would: a same-origin POST (server/csrf.ts
 * refuses cross-site writes), then checks that the session opens a signed-in page.
 */
import { BENCH_VIEWER } from './viewer'

/** The session cookie (`name=value`) for the Cookie header of later requests. */
export async function signInAsViewer(origin: string): Promise<string> {
  const response = await fetch(`${origin}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: origin,
      'Sec-Fetch-Site': 'same-origin',
    },
    body: new URLSearchParams({ email: BENCH_VIEWER.email, password: BENCH_VIEWER.password, redirectTo: '/projects' }),
  })
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .find((pair) => /^(__Host-)?tiendo_session=./.test(pair))
  if (response.status < 300 || response.status >= 400 || !session) {
    throw new Error(`Signing in as ${BENCH_VIEWER.email} failed: HTTP ${response.status}, no session cookie`)
  }
  const check = await fetch(`${origin}/projects`, { headers: { Cookie: session }, redirect: 'manual' })
  if (check.status !== 200) throw new Error(`The new session does not open /projects: HTTP ${check.status}`)
  return session
}
