import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { insertUser } from '~/features/users/user.server'
import { prisma } from '~/utils/db.server'
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  createSession,
  getActiveSession,
  sessionCookieName,
} from '~/utils/session.server'
import { makeRequest } from '../../tests/integration-utils'

let userId: string

beforeEach(async () => {
  const user = await insertUser(prisma, {
    email: 'tran.thi.b@tiendo.test',
    name: 'Trần Thị B',
    password: 'correct-horse-battery-staple',
    role: 'viewer',
    departmentId: null,
  })
  userId = user.id
})

afterEach(() => {
  vi.unstubAllEnvs()
})

const minutes = (count: number) => count * 60 * 1000

async function newSession(createdAt = new Date()) {
  const { setCookie } = await createSession(userId, new Request('http://localhost/'), createdAt)
  const cookie = setCookie.split(';')[0] ?? ''
  const session = await getActiveSession(makeRequest('/', { cookie }), createdAt)
  if (!session) throw new Error('The new session is not active')
  return { cookie, setCookie, sessionId: session.id }
}

test('the timeouts are 30 minutes idle and 12 hours in all', () => {
  expect(SESSION_IDLE_MS).toBe(minutes(30))
  expect(SESSION_ABSOLUTE_MS).toBe(minutes(12 * 60))
})

test('a session used within 30 minutes stays alive and is touched', async () => {
  const { cookie, sessionId } = await newSession(new Date(Date.now() - minutes(29)))
  expect(await getActiveSession(makeRequest('/', { cookie }))).toEqual({ id: sessionId, userId })
  const row = await prisma.session.findUniqueOrThrow({ where: { id: sessionId }, select: { lastSeenAt: true } })
  expect(Date.now() - row.lastSeenAt.getTime()).toBeLessThan(minutes(1))
})

test('a session idle for 31 minutes is over, and its row is deleted', async () => {
  const { cookie, sessionId } = await newSession()
  await prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - minutes(31)) } })
  expect(await getActiveSession(makeRequest('/', { cookie }))).toBeNull()
  expect(await prisma.session.findUnique({ where: { id: sessionId } })).toBeNull()
})

test('a session past its absolute end is over even if it was just used, and its row is deleted', async () => {
  const { cookie, sessionId } = await newSession()
  await prisma.session.update({
    where: { id: sessionId },
    data: { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) },
  })
  expect(await getActiveSession(makeRequest('/', { cookie }))).toBeNull()
  expect(await prisma.session.findUnique({ where: { id: sessionId } })).toBeNull()
})

test('a session kept busy still ends 12 hours after sign-in', async () => {
  const signedInAt = new Date(Date.now() - minutes(12 * 60) + minutes(5))
  const { cookie, sessionId } = await newSession(signedInAt)
  // Used every few minutes, never idle.
  await prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(Date.now() - minutes(1)) } })
  expect(await getActiveSession(makeRequest('/', { cookie }))).not.toBeNull()
  expect(await getActiveSession(makeRequest('/', { cookie }), new Date(Date.now() + minutes(6)))).toBeNull()
  expect(await prisma.session.findUnique({ where: { id: sessionId } })).toBeNull()
})

test('an unknown or tampered cookie is no session', async () => {
  const { cookie } = await newSession()
  expect(await getActiveSession(makeRequest('/', { cookie: `${cookie}x` }))).toBeNull()
  expect(await getActiveSession(makeRequest('/', { cookie: 'tiendo_session=' }))).toBeNull()
  expect(await getActiveSession(makeRequest('/', { cookie: '' }))).toBeNull()
})

test('only a hash of the token is stored', async () => {
  const { cookie, sessionId } = await newSession()
  const token = decodeURIComponent(cookie.split('=')[1] ?? '')
  expect(token.length).toBeGreaterThanOrEqual(40)
  expect(sessionId).not.toContain(token)
  expect(sessionId).toMatch(/^[0-9a-f]{64}$/)
})

test('in production the cookie is __Host-tiendo_session and Secure', async () => {
  vi.stubEnv('NODE_ENV', 'production')
  try {
    expect(sessionCookieName()).toBe('__Host-tiendo_session')
    const { setCookie, cookie, sessionId } = await newSession()
    expect(setCookie).toMatch(/^__Host-tiendo_session=[\w-]{40,}; /)
    const attributes = setCookie.split('; ').slice(1)
    expect(attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Secure']))
    // __Host- cookies must not name a domain.
    expect(attributes.some((attribute) => attribute.toLowerCase().startsWith('domain='))).toBe(false)
    expect(await getActiveSession(makeRequest('/', { cookie }))).toEqual({ id: sessionId, userId })
    // The development name is not read in production.
    const plain = cookie.replace('__Host-tiendo_session=', 'tiendo_session=')
    expect(await getActiveSession(makeRequest('/', { cookie: plain }))).toBeNull()
  } finally {
    vi.unstubAllEnvs()
  }
  expect(process.env.NODE_ENV).toBe('test')
  expect(sessionCookieName()).toBe('tiendo_session')
})
