/**
 * The app under test: the production build on a demo database of its own, served on a free
 * port of 127.0.0.1 behind TRUST_PROXY=1, so that each simulated person can come from an
 * address of their own (X-Forwarded-For) and the sign-in limiter counts them apart, as it
 * would behind the province's reverse proxy.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type AppBuild } from '../../bench/lib/build'
import { PRISMA } from '../../bench/lib/paths'
import { freePort } from '../../bench/lib/server'

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

export type AppServer = {
  origin: string
  /** SIGTERM and wait: requests in flight finish. */
  stop: () => Promise<void>
  /** SIGKILL: the process dies mid-write, as in a power cut. */
  kill: () => Promise<void>
  logTail: () => string
}

const HOST = '127.0.0.1'
const SECRET = randomBytes(32).toString('hex')

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

export async function startApp(app: AppBuild, databaseUrl: string): Promise<AppServer> {
  const port = await freePort()
  const origin = `http://${HOST}:${port}`
  const child = spawn(process.execPath, [app.serverEntry], {
    cwd: app.dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // The same secret across restarts: sessions survive a crash, as in production.
      SESSION_SECRET: SECRET,
      TRUST_PROXY: '1',
      TIENDO_DEMO: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 400) log.shift()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const logTail = () => log.join('').split('\n').slice(-40).join('\n')
  // Never leave a server behind, whatever ends this process.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const end = async (signal: 'SIGTERM' | 'SIGKILL') => {
    process.off('exit', killOnExit)
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(signal)
    await exited(child)
  }
  const stop = () => end('SIGTERM')
  const kill = () => end('SIGKILL')

  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${logTail()}`)
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return { origin, stop, kill, logTail }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await kill()
  throw new Error(`The server did not answer /healthz within 60 s:\n${logTail()}`)
}
