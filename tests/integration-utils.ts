import { insertUser } from '~/models/user.server'
import { type Role } from '~/models/user-vocabulary'
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
