/**
 * The headers the production server sends, asked of a real Express app on the loopback
 * address with the same middlewares as server/index.ts.
 */
import { type AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, test } from 'vitest'
import { type SecurityHeaderSettings, cspNonceOf, noStoreByDefault, securityHeaders } from './security-headers.js'

const servers: { close(): void }[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
})

/** A server with the security headers in front of a page that shows its nonce. */
async function serve(settings: SecurityHeaderSettings, { trustProxy = false } = {}) {
  const app = express()
  if (trustProxy) app.set('trust proxy', 1)
  app.use(securityHeaders(settings))
  app.all('*', (_req, res) => {
    res.type('text/plain').send(cspNonceOf(res))
  })
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  return (init?: RequestInit) => fetch(`http://127.0.0.1:${port}/projects`, init)
}

const production: SecurityHeaderSettings = { isProduction: true, isLocalDemo: false }
const demo: SecurityHeaderSettings = { isProduction: true, isLocalDemo: true }
const development: SecurityHeaderSettings = { isProduction: false, isLocalDemo: false }

describe('Strict-Transport-Security', () => {
  test('a production deployment tells browsers to use HTTPS only, for a year', async () => {
    const response = await (await serve(production))()
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  })

  test('the local demo and development, on http://localhost, send none', async () => {
    for (const settings of [demo, development]) {
      const response = await (await serve(settings))()
      expect(response.headers.get('strict-transport-security'), JSON.stringify(settings)).toBeNull()
    }
  })
})

describe('Content-Security-Policy', () => {
  test('is enforced (not report-only) in every mode, with a new nonce per request that the page gets', async () => {
    for (const settings of [production, demo, development]) {
      const get = await serve(settings)
      const nonces: string[] = []
      for (let request = 0; request < 2; request++) {
        const response = await get()
        const nonce = await response.text()
        const policy = response.headers.get('content-security-policy') ?? ''
        expect(response.headers.get('content-security-policy-report-only')).toBeNull()
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
        expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`)
        expect(policy).toContain("default-src 'self'")
        expect(policy).toContain("style-src 'self'")
        expect(policy).toContain("object-src 'none'")
        expect(policy).toContain("frame-ancestors 'none'")
        expect(policy).not.toContain('unsafe-inline')
        nonces.push(nonce)
      }
      expect(nonces[0]).not.toBe(nonces[1])
    }
  })

  test('asks for HTTPS subresources only on a production page served over HTTPS', async () => {
    const behindProxy = await serve(production, { trustProxy: true })
    const overHttps = await behindProxy({ headers: { 'X-Forwarded-Proto': 'https' } })
    expect(overHttps.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
    const overHttp = await behindProxy()
    expect(overHttp.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests')
  })
})

test('the other headers: no framing, a strict referrer policy, no MIME sniffing', async () => {
  const response = await (await serve(production))()
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
})

describe('Cache-Control', () => {
  test('what the app answers is private, no-store (redirects too); assets served before keep their caching', async () => {
    const app = express()
    app.use('/assets', (_req, res) => {
      res.set('Cache-Control', 'public, max-age=31536000, immutable').send('asset')
    })
    app.use(noStoreByDefault)
    app.get('/logout', (_req, res) => res.redirect('/login'))
    app.get('/healthz', (_req, res) => res.type('text/plain').send('ok'))
    app.get('/report.csv', (_req, res) => res.set('Cache-Control', 'private, max-age=0').send('a,b'))
    const server = app.listen(0, '127.0.0.1')
    servers.push(server)
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as AddressInfo
    const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' })
    expect((await get('/logout')).headers.get('cache-control')).toBe('private, no-store')
    expect((await get('/healthz')).headers.get('cache-control')).toBe('private, no-store')
    expect((await get('/assets/app.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    // A route that names its own caching keeps it.
    expect((await get('/report.csv')).headers.get('cache-control')).toBe('private, max-age=0')
  })
})
