/**
 * The production server (build-server/index.js, NODE_ENV=production, from the build's
 * copy) on a free port of 127.0.0.1, on one bench database, with the benchmark's baseline
 * page turned on (TIENDO_BENCH=1).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { type AppBuild } from './build'

export type RunningServer = {
  origin: string
  /** SIGTERM, and wait: requests in flight finish. */
  stop: () => Promise<void>
  /** SIGKILL: the process dies mid-write (the reliability run's power cut). */
  kill: () => Promise<void>
  logTail: () => string
}

const HOST = '127.0.0.1'
const STARTUP_TIMEOUT_MS = 60_000

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, HOST, () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => (port ? resolve(port) : reject(new Error('No free port'))))
    })
  })
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
}

/**
 * `nodeArgs` go before the script, e.g. ['--cpu-prof'] to profile the server under load;
 * `env` adds to or overrides the server's environment.
 */
export async function startServer(
  app: AppBuild,
  databaseUrl: string,
  nodeArgs: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort()
  const origin = `http://${HOST}:${port}`
  const child = spawn(process.execPath, [...nodeArgs, app.serverEntry], {
    cwd: app.dir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      TIENDO_BENCH: '1',
      TIENDO_DEMO: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString())
    if (log.length > 200) log.shift()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const logTail = () => log.join('').split('\n').slice(-30).join('\n')
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

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${logTail()}`)
    try {
      const response = await fetch(`${origin}/healthz`)
      if (response.ok) return { origin, stop, kill, logTail }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  await stop()
  throw new Error(`The server did not answer /healthz within ${STARTUP_TIMEOUT_MS / 1000} s:\n${logTail()}`)
}
