/**
 * Who may reach what: every route the app serves (as app/routes.ts finds them), asked by
 * six people, must answer as the matrix in tests/route-matrix.ts says. A route added without
 * a row there fails the test, so no page or action can ship without a decision about who
 * may use it.
 *
 * Each person is signed in for real (a database session). A POST sends an empty form: a
 * person who may act gets the form's validation answer (400), one who may not gets 403,
 * and nobody's data changes.
 */
import { describe, expect, test } from 'vitest'
import { makeRequest, routeArgs, signIn } from './integration-utils'
import {
  type Expect,
  type Persona,
  PERSONAS,
  ROUTES,
  ROUTE_MATRIX,
  makeFixtures,
  moduleOf,
  statusOf,
} from './route-matrix'

const cookies: Record<Persona, string> = {
  anonymous: '',
  viewer: '',
  editorOther: '',
  editorOwn: '',
  editorProvince: '',
  admin: '',
}

/** The people, signed in (setup-env empties the users table before each test). */
async function signInEveryone(): Promise<string> {
  const [viewer, editorOther, editorOwn, editorProvince, admin] = await Promise.all([
    signIn('viewer', 'SCT'),
    signIn('editor', 'BQLKKT'),
    signIn('editor', 'SCT'),
    signIn('editor', 'BQLKKT', { provinceWide: true }),
    signIn('admin'),
  ])
  cookies.viewer = viewer.cookie
  cookies.editorOther = editorOther.cookie
  cookies.editorOwn = editorOwn.cookie
  cookies.editorProvince = editorProvince.cookie
  cookies.admin = admin.cookie
  return viewer.user.id
}

test('every route the app serves has a row in the access matrix, and every row a route', () => {
  const routeIds = ROUTES.map((route) => route.routeId).sort()
  expect(routeIds).toEqual(Object.keys(ROUTE_MATRIX).sort())
})

test('every route’s module can be loaded here', () => {
  expect(ROUTES.filter((route) => !moduleOf(route.file)).map((route) => route.file)).toEqual([])
})

describe.each(ROUTES.map((route) => [route.routeId, route.file] as const))('%s', (routeId, file) => {
  test('answers each person as the matrix says', async () => {
    const userId = await signInEveryone()
    const load = moduleOf(file)
    expect(load, `${file} is not under the glob`).toBeDefined()
    if (!load) return
    const module = await load()
    const row = ROUTE_MATRIX[routeId]
    expect(row, `no row for ${routeId}`).toBeDefined()
    if (!row) return
    expect(Boolean(module.loader), `${routeId}: loader and "get" row`).toBe(Boolean(row.get))
    expect(Boolean(module.action), `${routeId}: action and "post" row`).toBe(Boolean(row.post))

    const observed: Partial<Record<'get' | 'post', Expect>> = {}
    for (const method of ['get', 'post'] as const) {
      const expected = row[method]
      const handler = method === 'get' ? module.loader : module.action
      if (!expected || !handler) continue
      const answers = {} as Expect
      for (const persona of PERSONAS) {
        const fixtures = await makeFixtures(userId)
        const request = makeRequest(row.path(fixtures), {
          method: method.toUpperCase(),
          form: method === 'post' ? {} : undefined,
          cookie: cookies[persona],
        })
        answers[persona] = await statusOf(() => handler(routeArgs(request, row.params?.(fixtures) ?? {})))
      }
      observed[method] = answers
    }
    expect(observed).toEqual({ ...(row.get ? { get: row.get } : {}), ...(row.post ? { post: row.post } : {}) })
  })
})
