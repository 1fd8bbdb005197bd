import { expect } from 'vitest'
import { type Role } from '~/features/users/user-vocabulary'
import { insertUser } from '~/features/users/user.server'
import { prisma } from '~/utils/db.server'
import { createSession } from '~/utils/session.server'

/** Ids of reference rows seeded into the base test database. */
export async function getReferenceIds() {
  const [unit, otherUnit, department] = await Promise.all([
    prisma.administrativeUnit.findFirstOrThrow({ where: { province: 'Quảng Ninh' }, orderBy: { name: 'asc' } }),
    prisma.administrativeUnit.findFirstOrThrow({ where: { province: 'Lào Cai' }, orderBy: { name: 'asc' } }),
    prisma.department.findFirstOrThrow({ where: { code: 'SCT' } }),
  ])
  return { unitId: unit.id, unitName: unit.name, otherUnitId: otherUnit.id, departmentId: department.id }
}

let defaultSessionCookie = ''

/**
 * Creates a user with a session and returns its cookie; with `asDefault`, requests made by
 * makeRequest carry it unless told otherwise.
 */
export async function signIn(
  role: Role,
  departmentCode: string | null = null,
  { asDefault = false, provinceWide = false } = {},
) {
  const department = departmentCode
    ? await prisma.department.findUniqueOrThrow({ where: { code: departmentCode }, select: { id: true } })
    : null
  const user = await insertUser(prisma, {
    email: `${role}-${departmentCode ?? 'all'}-${Math.random().toString(36).slice(2)}@test.local`,
    name: `Test ${role} ${departmentCode ?? ''}`.trim(),
    password: 'correct-horse-battery-staple',
    role,
    departmentId: department?.id ?? null,
    provinceWide,
  })
  const { setCookie } = await createSession(user.id, new Request('http://localhost/'))
  const cookie = setCookie.split(';')[0] ?? ''
  if (asDefault) defaultSessionCookie = cookie
  return { user, cookie }
}

/** A request as the browser would send it, in the reader's language, signed in by default. */
export function makeRequest(
  path: string,
  {
    method = 'GET',
    form,
    locale = 'vi',
    cookie = defaultSessionCookie,
    headers: extraHeaders = {},
  }: {
    method?: string
    form?: Record<string, string>
    locale?: 'vi' | 'en'
    cookie?: string
    headers?: Record<string, string>
  } = {},
) {
  const headers = new Headers({ Cookie: [`tiendo_lang=${locale}`, cookie].filter(Boolean).join('; '), ...extraHeaders })
  let body: URLSearchParams | undefined
  if (form) {
    body = new URLSearchParams(form)
    headers.set('Content-Type', 'application/x-www-form-urlencoded')
  }
  return new Request(`http://localhost${path}`, { method, headers, body })
}

/** Runs a loader or action and returns what it returned or threw (Remix throws Responses). */
export async function settle<T>(work: () => Promise<T>): Promise<T | Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof Response) return error
    throw error
  }
}

type DataWithInit = { type: 'DataWithResponseInit'; data: unknown; init: ResponseInit | null }

/** The status and body of an action's `data(...)` result. */
export function unwrapData<T>(result: unknown): { status: number; data: T } {
  if (result && typeof result === 'object' && 'type' in result && result.type === 'DataWithResponseInit') {
    const wrapped = result as DataWithInit
    return { status: wrapped.init?.status ?? 200, data: wrapped.data as T }
  }
  throw new Error(
    `Expected data(...) but got ${result instanceof Response ? `Response ${result.status}` : typeof result}`,
  )
}

export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} })

/**
 * Sends one form twice at the same moment (a double click, Back and send racing the first):
 * by one person, or with `cookies`, by two accounts holding the same form. Each answer is
 * what the action returned or threw as a Response; any other error, which a browser would
 * see as a 500, rejects and fails the test.
 */
export function sendTwiceAtOnce<T>(send: (cookie?: string) => Promise<T>, cookies: [string?, string?] = []) {
  return Promise.all([settle(() => send(cookies[0])), settle(() => send(cookies[1]))])
}

/**
 * What two sendings of one form at the same moment must get: one record (counted by the
 * caller), and from one person the same redirect twice (the second with the "already
 * sent" toast); from two accounts, one redirect and one refusal of the form as someone
 * else's. Returns where the redirect leads.
 */
export function expectSavedOnce(answers: unknown[], { twoAccounts = false } = {}) {
  const redirects = answers.filter((answer): answer is Response => answer instanceof Response)
  for (const redirect of redirects) expect([302, 303]).toContain(redirect.status)
  // The same page: a fragment only scrolls to the saved row (a statistic's indicator).
  const page = (redirect: Response | undefined) => redirect?.headers.get('Location')?.split('#')[0]
  const location = page(redirects[0])
  if (!twoAccounts) {
    expect(redirects).toHaveLength(2)
    expect(page(redirects[1])).toBe(location)
    return location
  }
  expect(redirects).toHaveLength(1)
  const refusal = unwrapData<{ result: { error?: Record<string, string[] | null> } }>(
    answers.find((answer) => !(answer instanceof Response)),
  )
  expect(refusal.status).toBe(400)
  expect(refusal.data.result.error?.['']).toEqual(['conflict.formNotYours'])
  return location
}
