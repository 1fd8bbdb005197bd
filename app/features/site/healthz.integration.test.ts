import { afterEach, expect, test, vi } from 'vitest'
import { loader } from '~/features/site/routes/healthz'
import { prisma } from '~/utils/db.server'

afterEach(() => {
  vi.restoreAllMocks()
})

test('answers 200, never cached, while the database answers', async () => {
  const response = await loader()
  expect(response.status).toBe(200)
  expect(await response.text()).toBe('OK')
  expect(response.headers.get('Cache-Control')).toBe('no-store')
})

test('answers 503 when the database does not, so a load balancer stops sending traffic', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.spyOn(prisma, '$queryRawUnsafe').mockRejectedValueOnce(new Error('SQLITE_CANTOPEN: unable to open database file'))
  const response = await loader()
  expect(response.status).toBe(503)
  expect(response.headers.get('Cache-Control')).toBe('no-store')
  // and recovers as soon as the database does
  expect((await loader()).status).toBe(200)
})
