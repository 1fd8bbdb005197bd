/**
 * The production server: Express with compression, long-lived caching of fingerprinted
 * assets, the Remix request handler, and a graceful shutdown that lets requests in flight
 * finish. The health check is a Remix route (/healthz) so it uses the app's database client.
 */
import { createRequestHandler } from '@remix-run/express'
import { type ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

try {
  process.loadEnvFile()
} catch {
  // No .env file: the environment alone configures the server.
}

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const buildDir = path.resolve('build')

const build = (await import(pathToFileURL(path.join(buildDir, 'server/index.js')).href)) as ServerBuild

const app = express()
app.disable('x-powered-by')
app.use(compression())
app.use('/assets', express.static(path.join(buildDir, 'client/assets'), { immutable: true, maxAge: '1y' }))
app.use(express.static(path.join(buildDir, 'client'), { maxAge: '1h' }))
app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV }))

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
