/**
 * The production server: Express with security headers (a Content-Security-Policy with a
 * nonce per request), the client's address, a limit on request bodies, a refusal of
 * cross-site writes, compression, long-lived caching of fingerprinted assets, the Remix
 * request handler, and a graceful shutdown that lets requests in flight finish. The health
 * check is a Remix route (/healthz) so it uses the app's database client. See
 * docs/decisions/006-security.md.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'
import { createRequestHandler } from '@remix-run/express'
import { type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import { bodyLimit, dropAnswersAfterBodyLimit } from './body-limit.js'
import { crossOriginGuard, refusalRecorderOf } from './cross-origin-guard.js'
import { cspNonceOf, noStoreByDefault, securityHeaders } from './security-headers.js'

try {
  process.loadEnvFile()
} catch {
  // No .env file: the environment alone configures the server.
}

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const buildDir = path.resolve('build')

const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild

const isProduction = process.env.NODE_ENV === 'production'
const isLocalDemo = process.env.TIENDO_DEMO === '1'
// Behind a reverse proxy (TRUST_PROXY=1) the address and scheme come from the one proxy in
// front; otherwise X-Forwarded-* are a client's word and are ignored.
const trustProxy = process.env.TRUST_PROXY === '1'
// The same name as CLIENT_IP_HEADER in app/utils/request-info.server.ts (this build cannot import app/).
const CLIENT_IP_HEADER = 'x-tiendo-client-ip'

const app = express()
app.disable('x-powered-by')
if (trustProxy) app.set('trust proxy', 1)

app.use(securityHeaders({ isProduction, isLocalDemo }))

// The app reads the client's address from this header (getClientIp); nobody else may set it.
app.use((req, _res, next) => {
  delete req.headers[CLIENT_IP_HEADER]
  const address = (trustProxy ? req.ip : req.socket.remoteAddress) ?? 'unknown'
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  req.headers[CLIENT_IP_HEADER] = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  next()
})

// Every body over its limit (512 KB for forms; BODY_LIMITS in server/body-limit.ts gives a
// route more) is answered 413 before the app reads it.
app.use(bodyLimit())

// Pages are made afresh for each request, so compress them fast (docs/performance.md). Every
// browser offers Brotli: at quality 1 a 70 KB page takes about 0.1 ms and comes out 10 %
// smaller than with gzip's fastest level, which takes twice as long; the middleware's default
// quality 4 took 0.55 ms for 15 % fewer bytes still. gzip, at its fastest, is for the rest.
// Assets go through the same middleware, but they are immutable and cached for a year.
app.use(
  compression({
    level: zlib.constants.Z_BEST_SPEED,
    brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } },
  }),
)
app.use('/assets', express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }))
app.use(noStoreByDefault)

// Each refusal is written to the audit trail by the app's own writer, found on the build.
const recordRefusal = refusalRecorderOf(build)
if (!recordRefusal) console.warn('This build does not export recordCrossOriginRefusal: refusals are not audited.')
app.use(crossOriginGuard({ record: recordRefusal, clientIpHeader: CLIENT_IP_HEADER }))

app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: cspNonceOf(res) }),
  }),
)
app.use(dropAnswersAfterBodyLimit)

const server = app.listen(port, host, () => {
  const shownHost = host === '0.0.0.0' ? 'localhost' : host
  console.log(`Tiendo is running at http://${shownHost}:${port}`)
  if (process.env.TIENDO_DEMO === '1') printDemoAccounts()
})

/** The demo database's accounts, one per role (their passwords exist only there). */
function printDemoAccounts() {
  console.log('Demo data: Quảng Ninh and Lào Cai projects from the July 2025 articles (illustrative figures).')
  const file = path.resolve('prisma/seed/demo-users.json')
  if (!existsSync(file)) return
  const users = JSON.parse(readFileSync(file, 'utf8')) as {
    email: string
    password: string
    role: string
    department: string | null
  }[]
  console.log('Sign in with one of the demo accounts:')
  for (const user of users) {
    const scope = user.department ? ` (${user.department})` : ''
    console.log(`  ${(user.role + scope).padEnd(18)} ${user.email.padEnd(26)} password: ${user.password}`)
  }
}

function shutdown(signal: string) {
  console.log(`${signal} received: finishing requests in flight, then stopping.`)
  server.close((error) => {
    if (error) console.error(error)
    process.exit(error ? 1 : 0)
  })
  // Keep-alive connections would hold close() open; stop waiting after 10 seconds.
  setTimeout(() => process.exit(1), 10_000).unref()
  server.closeIdleConnections()
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
