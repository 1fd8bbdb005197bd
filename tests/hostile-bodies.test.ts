/**
 * Every action the app serves, sent something that is not a browser's form (issue 13): a
 * short refusal (415 not a form, 400 unreadable or hostile names, 413 too many fields) and
 * nothing written, never a 500. Actions that do not read a body answer as they do to an
 * empty form. The routes come from app/routes.ts, so a new action is covered as it lands.
 */
import { describe, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { FORM_LIMITS } from '~/utils/read-form.server'
import { signIn } from './integration-utils'
import { ROUTES, ROUTE_MATRIX, makeFixtures, moduleOf, statusOf } from './route-matrix'

/** Actions that change something without reading a form (the cross-origin guard protects them). */
const READS_NO_BODY = new Set([
  'logout',
  'projects.$projectId.delete',
  'projects.$projectId.restore',
  'goals.$goalId.delete',
])

type HostileBody = { contentType: string | null; body: string; status: number }

const manyFields = Array.from({ length: FORM_LIMITS.fields + 1 }, (_, index) => `f${index}=x`).join('&')
const BOUNDARY = '----tiendo-test'

const HOSTILE_BODIES: Record<string, HostileBody> = {
  json: { contentType: 'application/json', body: '{"email":"a@b.c","password":"x"}', status: 415 },
  'plain text': { contentType: 'text/plain;charset=UTF-8', body: 'email=a@b.c', status: 415 },
  'no content type': { contentType: null, body: 'email=a@b.c', status: 415 },
  'multipart without its boundary': { contentType: 'multipart/form-data', body: 'email=a@b.c', status: 400 },
  'multipart cut short': {
    contentType: `multipart/form-data; boundary=${BOUNDARY}`,
    body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.c`,
    status: 400,
  },
  // Conform's parse recursed once per level: thousands overflowed the stack.
  'a field name nested thousands deep': {
    contentType: 'application/x-www-form-urlencoded',
    body: `${encodeURIComponent(`a${'[0]'.repeat(5000)}`)}=x`,
    status: 400,
  },
  'a field name nested a little too deep': {
    contentType: 'application/x-www-form-urlencoded',
    body: `${encodeURIComponent(`a${'.b'.repeat(FORM_LIMITS.nameDepth)}`)}=x`,
    status: 400,
  },
  'a field name too long': {
    contentType: 'application/x-www-form-urlencoded',
    body: `${'n'.repeat(FORM_LIMITS.nameLength + 1)}=x`,
    status: 400,
  },
  'too many fields': { contentType: 'application/x-www-form-urlencoded', body: manyFields, status: 413 },
  // Conform JSON.parses its own list-button field before any schema runs.
  "Conform's intent field not its JSON": {
    contentType: 'application/x-www-form-urlencoded',
    body: `__intent__=${encodeURIComponent('<script>alert(1)</script>')}`,
    status: 400,
  },
}

const actionRoutes = ROUTES.filter((route) => ROUTE_MATRIX[route.routeId]?.post)

test('the routes that read no body are routes with an action', () => {
  expect([...READS_NO_BODY].filter((id) => !actionRoutes.some((route) => route.routeId === id))).toEqual([])
})

describe.each(actionRoutes.map((route) => [route.routeId, route.file] as const))('%s', (routeId, file) => {
  test.each(Object.entries(HOSTILE_BODIES))('refuses %s, writing nothing', async (_name, hostile) => {
    const row = ROUTE_MATRIX[routeId]!
    const load = moduleOf(file)
    expect(load, `${file} is not under the glob`).toBeDefined()
    const { action } = await load!()
    expect(action, `${routeId} has no action`).toBeDefined()
    const admin = await signIn('admin')
    const fixtures = await makeFixtures(admin.user.id)
    const auditRows = await prisma.auditLog.count()

    const headers = new Headers({ Cookie: `tiendo_lang=vi; ${admin.cookie}` })
    if (hostile.contentType) headers.set('Content-Type', hostile.contentType)
    const request = new Request(`http://localhost${row.path(fixtures)}`, {
      method: 'POST',
      headers,
      body: hostile.body,
    })
    const status = await statusOf(() => action!({ request, params: row.params?.(fixtures) ?? {}, context: {} }))

    if (READS_NO_BODY.has(routeId)) {
      // The body is never read: the same answer as to an empty form.
      expect(status).toBe(row.post!.admin)
      return
    }
    expect(status).toBe(hostile.status)
    expect(await prisma.auditLog.count()).toBe(auditRows)
  })
})
