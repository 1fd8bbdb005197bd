/**
 * The production server: Express with security headers (a Content-Security-Policy with a
 * nonce per request), the client's address, a refusal of cross-site writes, compression,
 * long-lived caching of fingerprinted assets, the Remix request handler, and a graceful
 * shutdown that lets requests in flight finish. The health check is a Remix route (/healthz)
 * so it uses the app's database client. See docs/decisions/006-security.md.
 */
import { createRequestHandler } from '@remix-run/express'
import { type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import helmet, { type HelmetOptions } from 'helmet'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { type ServerResponse } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { CROSS_ORIGIN_REFUSED_MESSAGE, checkCrossOrigin } from './csrf.js'

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

type Locals = { cspNonce: string }
const nonceOf = (res: ServerResponse) => (res as express.Response<unknown, Locals>).locals.cspNonce

function contentSecurityPolicy({ upgradeInsecureRequests }: { upgradeInsecureRequests: boolean }) {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      // Remix's inline scripts carry the request's nonce (app/entry.server.tsx, app/root.tsx).
      scriptSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res)}'`],
      // No inline styles: the app uses Tailwind classes only, never a style attribute.
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      // Only on a page served over HTTPS: on http://localhost it would send every asset
      // request to https://localhost, where nothing answers.
      upgradeInsecureRequests: upgradeInsecureRequests ? [] : null,
    },
  })
}
const cspOverHttp = contentSecurityPolicy({ upgradeInsecureRequests: false })
const cspOverHttps = contentSecurityPolicy({ upgradeInsecureRequests: true })

const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: false, // set per request (HTTP or HTTPS) by the first middleware below
  // A deployment behind HTTPS only; the local demo runs on http://localhost.
  strictTransportSecurity: isProduction && !isLocalDemo ? { maxAge: 365 * 24 * 60 * 60 } : false,
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  xFrameOptions: { action: 'deny' },
}

const app = express()
app.disable('x-powered-by')
if (trustProxy) app.set('trust proxy', 1)

app.use((req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString('base64')
  const csp = isProduction && req.secure ? cspOverHttps : cspOverHttp
  csp(req, res, next)
})
app.use(helmet(helmetOptions))

// The app reads the client's address from this header (getClientIp); nobody else may set it.
app.use((req, _res, next) => {
  delete req.headers[CLIENT_IP_HEADER]
  const address = (trustProxy ? req.ip : req.socket.remoteAddress) ?? 'unknown'
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  req.headers[CLIENT_IP_HEADER] = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')
  next()
})

app.use(compression())
app.use('/assets', express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }))

app.use((req, res, next) => {
  const decision = checkCrossOrigin({
    method: req.method,
    protocol: req.protocol,
    host: req.headers.host,
    origin: req.headers.origin,
    secFetchSite: req.get('sec-fetch-site'),
  })
  if (decision.allowed) return next()
  console.warn(`Refused ${req.method} ${req.path} from ${req.headers[CLIENT_IP_HEADER]}: ${decision.reason}`)
  res.status(403).type('text/plain; charset=utf-8').send(CROSS_ORIGIN_REFUSED_MESSAGE)
})

app.all(
  '*',
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: nonceOf(res) }),
  }),
)

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
