import { beforeEach, expect, test } from 'vitest'
import { action as loginAction, loader as loginLoader } from '~/features/users/routes/login'
import { action as logoutAction } from '~/features/users/routes/logout'
import { insertUser } from '~/features/users/user.server'
import { requireUser } from '~/utils/auth.server'
import { prisma } from '~/utils/db.server'
import { createI18n } from '~/utils/i18n'
import { FAILURES_PER_ACCOUNT_PER_HOUR, emailKey } from '~/utils/rate-limit.server'
import { CLIENT_IP_HEADER } from '~/utils/request-info.server'
import { createSession, getActiveSession } from '~/utils/session.server'
import { makeRequest, routeArgs, settle } from '../../../tests/integration-utils'

const PASSWORD = 'correct-horse-battery-staple'
let user: { id: string; email: string }
let ip: string
let addressCounter = 0

beforeEach(async () => {
  user = await insertUser(prisma, {
    email: 'nguyen.van.a@tiendo.test',
    name: 'Nguyễn Văn A',
    password: PASSWORD,
    role: 'editor',
    departmentId: null,
  })
  // The sign-in limiter lives in memory for the whole file: each test comes from its own address.
  addressCounter += 1
  ip = `198.51.100.${addressCounter}`
})

function signInRequest(form: Record<string, string>, { cookie = '', locale = 'vi' as 'vi' | 'en' } = {}) {
  return makeRequest('/login', { method: 'POST', form, cookie, locale, headers: { [CLIENT_IP_HEADER]: ip } })
}

type ActionResult = {
  type: string
  data: { result: { error?: Record<string, string[]> }; message?: string }
  init: ResponseInit
}

/** The status, form errors and headers of a refused sign-in (Remix's `data(...)`). */
function refusal(result: unknown) {
  expect(result).not.toBeInstanceOf(Response)
  const wrapped = result as ActionResult
  expect(wrapped.type).toBe('DataWithResponseInit')
  return {
    status: wrapped.init.status,
    formErrors: wrapped.data.result.error?.[''] ?? [],
    message: wrapped.data.message,
    headers: new Headers(wrapped.init.headers),
  }
}

const auditRows = (action: string) =>
  prisma.auditLog.findMany({ where: { action, ip }, select: { userId: true, detail: true }, orderBy: { at: 'asc' } })

const cookiePair = (setCookie: string) => setCookie.split(';')[0] ?? ''

test('a successful sign-in sets a new HttpOnly, SameSite=Lax session and goes to the page asked for', async () => {
  // A session cookie the browser already had (perhaps planted) is not carried over.
  const earlier = await createSession(user.id, new Request('http://localhost/'))
  const earlierSession = await getActiveSession(makeRequest('/', { cookie: cookiePair(earlier.setCookie) }))
  expect(earlierSession).not.toBeNull()

  const response = await loginAction(
    routeArgs(
      signInRequest(
        { email: ' Nguyen.Van.A@Tiendo.test ', password: PASSWORD, redirectTo: '/projects?q=cang' },
        { cookie: cookiePair(earlier.setCookie) },
      ),
    ),
  )
  expect(response).toBeInstanceOf(Response)
  const redirect = response as Response
  expect(redirect.status).toBe(302)
  expect(redirect.headers.get('Location')).toBe('/projects?q=cang')

  const setCookie = redirect.headers.get('Set-Cookie') ?? ''
  expect(setCookie).toMatch(/^tiendo_session=[\w-]{40,};/)
  expect(setCookie).toContain('; HttpOnly')
  expect(setCookie).toContain('; SameSite=Lax')
  expect(setCookie).toContain('; Path=/')
  expect(cookiePair(setCookie)).not.toBe(cookiePair(earlier.setCookie))

  const session = await getActiveSession(makeRequest('/', { cookie: cookiePair(setCookie) }))
  expect(session).toMatchObject({ userId: user.id })
  expect(session?.id).not.toBe(earlierSession?.id)
  const rows = await prisma.session.findMany({ where: { userId: user.id }, select: { id: true, ip: true } })
  expect(rows).toHaveLength(2)
  expect(rows.find((row) => row.id === session?.id)?.ip).toBe(ip)

  expect(await auditRows('sign_in')).toEqual([{ userId: user.id, detail: null }])
  // Signed in, the sign-in page sends the user on.
  const again = await settle(() => loginLoader(routeArgs(makeRequest('/login', { cookie: cookiePair(setCookie) }))))
  expect(again).toBeInstanceOf(Response)
  expect((again as Response).headers.get('Location')).toBe('/projects')
})

test('a redirectTo off this site is ignored', async () => {
  for (const redirectTo of ['//evil.example/projects', 'https://evil.example/', '/\\evil.example']) {
    const response = await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD, redirectTo })))
    expect((response as Response).headers.get('Location')).toBe('/projects')
  }
})

test('redirectTo as the sign-in address carries it: the page asked for, or the register for anything off this site', async () => {
  // Where requireUser sends an anonymous reader, and what the sign-in page's hidden field then holds.
  const sentAway = await settle(() => requireUser(makeRequest('/projects?q=c%E1%BA%A3ng', { cookie: '' })))
  const ownAddress = new URL((sentAway as Response).headers.get('Location') ?? '', 'http://localhost').search
  const addresses: [query: string, location: string][] = [
    [ownAddress, '/projects?q=c%E1%BA%A3ng'],
    // "/\t/evil.example" once decoded: browsers drop the tab and go to evil.example.
    ['?redirectTo=%2F%09%2Fevil.example', '/projects'],
    ['?redirectTo=/%09/evil.example', '/projects'],
    ['?redirectTo=/%0A/evil.example', '/projects'],
    // CR/LF cannot go in a Location header: it was a 500.
    ['?redirectTo=%2Fprojects%0D%0ASet-Cookie%3A%20a%3Db', '/projects'],
    ['?redirectTo=%2F%5Cevil.example', '/projects'],
    ['?redirectTo=%2F%2Fevil.example', '/projects'],
    ['?redirectTo=https%3A%2F%2Fevil.example%2F', '/projects'],
    ['?redirectTo=javascript%3Aalert(1)', '/projects'],
  ]
  for (const [index, [query, location]] of addresses.entries()) {
    const redirectTo = new URLSearchParams(query).get('redirectTo') ?? ''
    // Each sign-in from its own address: ten a minute from one would be refused.
    ip = `203.0.113.${index + 1}`
    const response = await settle(() =>
      loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD, redirectTo }))),
    )
    expect(response, query).toBeInstanceOf(Response)
    expect((response as Response).status, query).toBe(302)
    expect((response as Response).headers.get('Location'), query).toBe(location)
  }
})

test('a wrong password and an unknown email get the same answer, and both are recorded', async () => {
  const wrongPassword = refusal(
    await loginAction(routeArgs(signInRequest({ email: user.email, password: 'wrong-password-123' }))),
  )
  const unknownEmail = refusal(
    await loginAction(routeArgs(signInRequest({ email: 'nobody@tiendo.test', password: PASSWORD }))),
  )
  for (const answer of [wrongPassword, unknownEmail]) {
    expect(answer.status).toBe(400)
    expect(answer.formErrors).toEqual(['auth.errors.invalid'])
    expect(answer.message).toBeUndefined()
  }
  expect(wrongPassword.headers.get('Set-Cookie')).toBeNull()

  const failures = await auditRows('sign_in_failed')
  expect(failures.map((row) => [row.userId, JSON.parse(row.detail ?? '{}')])).toEqual([
    [user.id, { email: user.email, reason: 'password' }],
    [null, { email: 'nobody@tiendo.test', reason: 'unknown' }],
  ])
  expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
  expect(await prisma.signInFailure.count({ where: { emailKey: emailKey(user.email) } })).toBe(1)
})

test('the 11th attempt within a minute from one address is refused with 429, in Vietnamese', async () => {
  // Successful sign-ins count too: the limit is on attempts, not on failures.
  for (let attempt = 1; attempt <= 10; attempt++) {
    const password = attempt === 5 ? PASSWORD : `wrong-password-${attempt}`
    const answer = await loginAction(routeArgs(signInRequest({ email: user.email, password })))
    if (attempt === 5) expect((answer as Response).status).toBe(302)
    else expect(refusal(answer).status).toBe(400)
  }
  // Even the right password: the address has used its ten.
  const limited = refusal(await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD }))))
  expect(limited.status).toBe(429)
  expect(limited.formErrors).toEqual(['auth.errors.tooManyAttempts'])
  const shown = 'Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau một phút.'
  expect(limited.message).toBe(shown)
  // The page shows t(formError) in the reader's language.
  expect(createI18n('vi').t(limited.formErrors[0] ?? '')).toBe(shown)
  expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
  expect(Number(limited.headers.get('Retry-After'))).toBeLessThanOrEqual(60)

  // Another address is not held back.
  ip = `${ip}0`
  const elsewhere = await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD })))
  expect((elsewhere as Response).status).toBe(302)
})

test('the 429 answer reads in English for an English reader', async () => {
  for (let attempt = 1; attempt <= 10; attempt++) {
    await loginAction(routeArgs(signInRequest({ email: user.email, password: `wrong-password-${attempt}` })))
  }
  const limited = refusal(
    await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD }, { locale: 'en' }))),
  )
  expect(limited.status).toBe(429)
  const shown = 'Too many sign-in attempts from this address. Please try again in a minute.'
  expect(limited.message).toBe(shown)
  expect(createI18n('en').t(limited.formErrors[0] ?? '')).toBe(shown)
})

test('after 100 failures in the last hour an account refuses even the right password, the same way', async () => {
  const now = Date.now()
  const minutesAgo = (minutes: number) => new Date(now - minutes * 60 * 1000)
  // Older failures do not count.
  await prisma.signInFailure.createMany({
    data: Array.from({ length: 50 }, () => ({ emailKey: emailKey(user.email), at: minutesAgo(61) })),
  })
  await prisma.signInFailure.createMany({
    data: Array.from({ length: FAILURES_PER_ACCOUNT_PER_HOUR - 1 }, (_, index) => ({
      emailKey: emailKey(user.email),
      at: minutesAgo(59 - (index % 50)),
    })),
  })
  const justUnder = await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD })))
  expect((justUnder as Response).status).toBe(302)

  await prisma.signInFailure.create({ data: { emailKey: emailKey(user.email), at: minutesAgo(1) } })
  const locked = refusal(await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD }))))
  expect(locked.status).toBe(400)
  expect(locked.formErrors).toEqual(['auth.errors.invalid'])
  const failures = await auditRows('sign_in_failed')
  expect(JSON.parse(failures.at(-1)?.detail ?? '{}')).toEqual({ email: user.email, reason: 'locked' })
  expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1)
})

test('a disabled account cannot sign in', async () => {
  await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
  const answer = refusal(await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD }))))
  expect(answer.status).toBe(400)
  expect(answer.formErrors).toEqual(['auth.errors.invalid'])
  const failures = await auditRows('sign_in_failed')
  expect(JSON.parse(failures[0]?.detail ?? '{}')).toEqual({ email: user.email, reason: 'disabled' })
  expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
})

test('signing out deletes the session, clears the cookie and is recorded', async () => {
  const signedIn = await loginAction(routeArgs(signInRequest({ email: user.email, password: PASSWORD })))
  const cookie = cookiePair((signedIn as Response).headers.get('Set-Cookie') ?? '')
  expect(await prisma.session.count({ where: { userId: user.id } })).toBe(1)

  const response = await logoutAction(
    routeArgs(makeRequest('/logout', { method: 'POST', cookie, headers: { [CLIENT_IP_HEADER]: ip } })),
  )
  expect(response.status).toBe(302)
  expect(response.headers.get('Location')).toBe('/login')
  expect(response.headers.get('Set-Cookie')).toMatch(/^tiendo_session=; .*Max-Age=0/)
  expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
  expect(await getActiveSession(makeRequest('/', { cookie }))).toBeNull()
  expect(await auditRows('sign_out')).toEqual([{ userId: user.id, detail: null }])
})
