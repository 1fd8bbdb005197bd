/**
 * The app under test: the production build on a demo database of its own, served on a free
 * port of 127.0.0.1 behind TRUST_PROXY=1, so that each simulated person can come from an
 * address of their own (X-Forwarded-For) and the sign-in limiter counts them apart, as it
 * would behind the province's reverse proxy.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type AppBuild } from '../../bench/lib/build'
import { PRISMA } from '../../bench/lib/paths'
import { type RunningServer, startServer } from '../../bench/lib/server'

export type DemoDatabase = { file: string; url: string; remove: () => void }

/** A new database file, migrated and filled with the demo data (demo accounts included). */
export async function makeDemoDatabase(): Promise<DemoDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tiendo-reliability-db-'))
  const file = path.join(dir, 'tiendo.db')
  const url = `file:${file}`
  execFileSync(PRISMA, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' })
  const { runDemoSeed } = await import('../../prisma/seed/run')
  await runDemoSeed(url)
  return { file, url, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export type AppServer = RunningServer

// The same secret across restarts: sessions survive a crash, as in production.
const SECRET = randomBytes(32).toString('hex')

/** The production server on a free port of 127.0.0.1, behind TRUST_PROXY=1 (see above). */
export function startApp(app: AppBuild, databaseUrl: string): Promise<AppServer> {
  return startServer(app, databaseUrl, [], { SESSION_SECRET: SECRET, TRUST_PROXY: '1', TIENDO_BENCH: '' })
}
