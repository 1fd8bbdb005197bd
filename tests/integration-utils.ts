import { prisma } from '~/utils/db.server'

/** Ids of reference rows seeded into the base test database. */
export async function getReferenceIds() {
  const [unit, otherUnit, department] = await Promise.all([
    prisma.administrativeUnit.findFirstOrThrow({ where: { province: 'Quảng Ninh' }, orderBy: { name: 'asc' } }),
    prisma.administrativeUnit.findFirstOrThrow({ where: { province: 'Lào Cai' }, orderBy: { name: 'asc' } }),
    prisma.department.findFirstOrThrow({ where: { code: 'SCT' } }),
  ])
  return { unitId: unit.id, unitName: unit.name, otherUnitId: otherUnit.id, departmentId: department.id }
}

/** A request as the browser would send it, in the reader's language. */
export function makeRequest(
  path: string,
  {
    method = 'GET',
    form,
    locale = 'vi',
  }: { method?: string; form?: Record<string, string>; locale?: 'vi' | 'en' } = {},
) {
  const headers = new Headers({ Cookie: `tiendo_lang=${locale}` })
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
