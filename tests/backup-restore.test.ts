/**
 * `npm run db:backup` and `npm run db:restore`, run as an operator would, on copies of the
 * migrated test database (docs/decisions/014-append-only-and-backup.md). A second process
 * writes numbered audit rows, two per transaction, in WAL mode the way the app does, and says
 * which it has committed; a backup taken meanwhile, restored into a new place, must pass
 * integrity_check and hold every row committed before the backup began, with no transaction
 * cut in half. The restore must refuse while the database is open, and refuse a damaged file
 * or one that is not Tiendo's, leaving the database as it was.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, inject, test } from 'vitest'
import { BackupError, backupDatabase, inspectDatabase, restoreDatabase } from '../scripts/database-backup'

const baseDb = path.join(inject('testRunDir'), 'base.db')
let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tiendo-backup-'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A new migrated database at `file` (a copy of the test run's base database). */
function newDatabase(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true })
  copyFileSync(baseDb, file)
  return file
}

type Run = { status: number; output: string }

/** Runs one of the npm scripts' commands on the database `file`; resolves with its exit status and output. */
function runScript(script: 'db-backup' | 'db-restore', args: string[], file: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', `scripts/${script}.ts`, ...args],
      { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ status, output: `${stdout}${stderr}` })
      },
    )
  })
}

function query<T>(file: string, sql: string, ...params: (string | number)[]): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return db.prepare(sql).all(...params) as T[]
  } finally {
    db.close()
  }
}

function integrity(file: string): string {
  return query<{ integrity_check: string }>(file, 'PRAGMA integrity_check')
    .map((row) => row.integrity_check)
    .join('\n')
}

const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3')

/**
 * The write load, in a process of its own like the app: pairs of audit rows, each pair one
 * transaction, committed with the app's pragmas; after each batch it reports the last number
 * committed. It stops when told, or after 60 seconds whatever happens.
 */
const WRITER = `
const Database = require(process.env.BETTER_SQLITE3)
const db = new Database(process.env.FILE)
db.pragma('journal_mode = WAL')
db.pragma('busy_timeout = 5000')
db.pragma('synchronous = NORMAL')
const insert = db.prepare('INSERT INTO "AuditLog" ("id", "action", "entityType", "entityId", "detail") VALUES (?, ?, ?, ?, ?)')
const pad = 'x'.repeat(400)
const pair = db.transaction((n) => {
  insert.run('load-' + n + '-a', 'backup_load', 'load', String(n), pad)
  insert.run('load-' + n + '-b', 'backup_load', 'load', String(n), pad)
})
let n = 0
let stop = false
process.on('message', () => { stop = true })
setTimeout(() => { stop = true }, 60000).unref()
function batch() {
  if (stop) { db.close(); process.disconnect(); return }
  for (let i = 0; i < 10; i += 1) { n += 1; pair(n) }
  process.send(n)
  // A short pause between batches leaves the (often busy) machine to the backup too.
  setTimeout(batch, 2)
}
batch()
`

function startWriter(file: string) {
  const child: ChildProcess = spawn(process.execPath, ['-e', WRITER], {
    env: { ...process.env, FILE: file, BETTER_SQLITE3: betterSqlite3 },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const state = { acknowledged: 0 }
  child.on('message', (n) => {
    if (typeof n === 'number') state.acknowledged = n
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const waitFor = async (count: number) => {
    const deadline = Date.now() + 20_000
    while (state.acknowledged < count) {
      if (Date.now() > deadline) throw new Error(`The writer acknowledged ${state.acknowledged} of ${count} writes`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  const stop = async () => {
    if (child.connected) child.send('stop')
    return exited
  }
  return { state, waitFor, stop }
}

/** Rows a lot of pages long, so that the backup takes a while under the load. */
function fillWithHistory(file: string, rows: number) {
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    const insert = db.prepare(
      `INSERT INTO "AuditLog" ("id", "action", "entityType", "entityId", "detail") VALUES (?, 'history', 'project', ?, ?)`,
    )
    const detail = 'lịch sử '.repeat(120)
    db.transaction(() => {
      for (let i = 0; i < rows; i += 1) insert.run(`history-${i}`, `p-${i % 500}`, detail)
    })()
  } finally {
    db.close()
  }
}

test('a backup taken under a write load restores every write acknowledged before it began, whole', async () => {
  const live = newDatabase(path.join(dir, 'live', 'tiendo.db'))
  fillWithHistory(live, 10_000)
  const writer = startWriter(live)
  let acknowledgedBefore = 0
  try {
    await writer.waitFor(200)
    acknowledgedBefore = writer.state.acknowledged
    const backup = await runScript('db-backup', ['--dir', path.join(dir, 'backups')], live)
    const acknowledgedAfter = writer.state.acknowledged
    expect(backup.output).toMatch(/integrity_check: ok/)
    expect(backup.output).toMatch(/AuditLog\s+\d+/)
    expect(backup.status).toBe(0)
    // The writer went on writing while the backup was taken.
    expect(acknowledgedAfter).toBeGreaterThan(acknowledgedBefore)
    await writer.waitFor(acknowledgedAfter + 50)
  } finally {
    expect(await writer.stop()).toBe(0)
  }

  const [backupFile, ...others] = readdirSync(path.join(dir, 'backups'))
  expect(others).toEqual([])
  expect(backupFile).toMatch(/^tiendo-\d{4}-\d{2}-\d{2}T\d{6}Z\.db$/)
  const backup = path.join(dir, 'backups', backupFile ?? '')

  const restored = path.join(dir, 'restored', 'data', 'tiendo.db')
  const restore = await runScript('db-restore', [backup], restored)
  expect(restore.output).toMatch(/integrity_check ok, a Tiendo database/)
  expect(restore.status).toBe(0)
  expect(existsSync(`${restored}-wal`)).toBe(false)
  expect(integrity(restored)).toBe('ok')

  // Sequential transactions: the copy holds the first N of them, whole, and N is at least
  // every one acknowledged before the backup began.
  const loads = query<{ n: number; rows: number }>(
    restored,
    `SELECT CAST("entityId" AS INTEGER) AS n, COUNT(*) AS rows FROM "AuditLog" WHERE "action" = 'backup_load' GROUP BY n ORDER BY n`,
  )
  const last = loads.at(-1)?.n ?? 0
  expect(loads.every((load, index) => load.n === index + 1 && load.rows === 2)).toBe(true)
  expect(last).toBeGreaterThanOrEqual(acknowledgedBefore)
  // …and the writes committed after its snapshot are not in it: it was taken under the load.
  expect(last).toBeLessThan(writer.state.acknowledged)
  expect(query<{ n: number }>(restored, `SELECT COUNT(*) AS n FROM "AuditLog" WHERE "action" = 'history'`)).toEqual([
    { n: 10_000 },
  ])
  // The same rows, numbered as in the source (the copy is the data, not an equivalent of it).
  const sql = `SELECT rowid, "id" FROM "AuditLog" WHERE "action" = 'backup_load' AND CAST("entityId" AS INTEGER) <= ? ORDER BY rowid`
  expect(query(restored, sql, last)).toEqual(query(live, sql, last))
}, 90_000)

/** A backup of a new database holding one marked audit row, for the restore tests. */
function makeBackup(name: string): string {
  const source = newDatabase(path.join(dir, name, 'source.db'))
  const db = new Database(source)
  db.prepare(`INSERT INTO "AuditLog" ("id", "action", "detail") VALUES (?, 'in_backup', ?)`).run(`${name}-mark`, name)
  db.close()
  return backupDatabase({ source, dir: path.join(dir, name, 'backups') }).file
}

function marks(file: string): string[] {
  return query<{ id: string }>(
    file,
    `SELECT "id" FROM "AuditLog" WHERE "action" IN ('in_backup', 'current') ORDER BY "id"`,
  ).map((row) => row.id)
}

test('the restore refuses while the database is open, and changes nothing', async () => {
  const backup = makeBackup('in-use')
  const target = newDatabase(path.join(dir, 'in-use', 'data', 'tiendo.db'))
  // As the app holds it between requests: open in WAL mode, idle after a read.
  const app = new Database(target)
  app.pragma('journal_mode = WAL')
  app.prepare(`INSERT INTO "AuditLog" ("id", "action") VALUES ('in-use-current', 'current')`).run()
  try {
    const run = await runScript('db-restore', [backup], target)
    expect(run.output).toMatch(/Nothing was restored\. The database .* is in use/)
    expect(run.status).toBe(1)
    expect(readdirSync(path.dirname(target)).filter((name) => name.includes('before-restore'))).toEqual([])
    expect(app.prepare(`SELECT "id" FROM "AuditLog" WHERE "action" = 'current'`).all()).toEqual([
      { id: 'in-use-current' },
    ])
  } finally {
    app.close()
  }
  // Once it is closed, the same restore goes through.
  restoreDatabase({ backup, target })
  expect(marks(target)).toEqual(['in-use-mark'])
}, 60_000)

test('the restore refuses a damaged file, a file that is not SQLite, and a database that is not Tiendo’s', async () => {
  const backup = makeBackup('refusals')
  const target = newDatabase(path.join(dir, 'refusals', 'data', 'tiendo.db'))
  const db = new Database(target)
  db.prepare(`INSERT INTO "AuditLog" ("id", "action") VALUES ('refusals-current', 'current')`).run()
  db.close()

  const bytes = readFileSync(backup)
  const damaged = path.join(dir, 'refusals', 'damaged.db')
  const middle = Math.floor(bytes.length / 4096 / 2) * 4096
  writeFileSync(
    damaged,
    Buffer.concat([bytes.subarray(0, middle), randomBytes(8 * 4096), bytes.subarray(middle + 8 * 4096)]),
  )
  const truncated = path.join(dir, 'refusals', 'truncated.db')
  writeFileSync(truncated, bytes.subarray(0, middle))
  const notSqlite = path.join(dir, 'refusals', 'notes.db')
  writeFileSync(notSqlite, 'Biên bản họp đối thoại doanh nghiệp, quý III\n'.repeat(200))
  const otherApp = path.join(dir, 'refusals', 'other-app.db')
  const other = new Database(otherApp)
  other.exec('CREATE TABLE "Project" ("id" TEXT PRIMARY KEY); CREATE TABLE "AuditLog" ("id" TEXT PRIMARY KEY)')
  other.close()

  for (const [file, reason] of [
    [damaged, /integrity|malformed|not a readable/i],
    [truncated, /integrity|malformed|not a readable|disk image/i],
    [notSqlite, /not a readable SQLite database/],
    [otherApp, /not a Tiendo database/],
    [path.join(dir, 'refusals', 'missing.db'), /does not exist/],
  ] as const) {
    expect(() => restoreDatabase({ backup: file, target }), file).toThrow(BackupError)
    expect(() => restoreDatabase({ backup: file, target }), file).toThrow(reason)
  }
  const run = await runScript('db-restore', [damaged], target)
  expect(run.output).toMatch(/Nothing was restored\./)
  expect(run.status).toBe(1)

  expect(marks(target)).toEqual(['refusals-current'])
  expect(readdirSync(path.dirname(target)).sort()).toEqual(['tiendo.db'])
  expect(inspectDatabase(backup).problems).toEqual([])
}, 60_000)

test('restoring over a database keeps it aside with what was still in its WAL, and leaves no stale WAL', async () => {
  const backup = makeBackup('aside')
  const target = newDatabase(path.join(dir, 'aside', 'data', 'tiendo.db'))
  // The app stopped hard (killed) with committed writes only in its -wal file.
  const crash = spawn(
    process.execPath,
    [
      '-e',
      `const db = new (require(process.env.BETTER_SQLITE3))(process.env.FILE)
       db.pragma('journal_mode = WAL'); db.pragma('wal_autocheckpoint = 0')
       db.prepare("INSERT INTO \\"AuditLog\\" (\\"id\\", \\"action\\") VALUES ('aside-current', 'current')").run()
       process.kill(process.pid, 'SIGKILL')`,
    ],
    { env: { ...process.env, FILE: target, BETTER_SQLITE3: betterSqlite3 }, stdio: 'inherit' },
  )
  await new Promise((resolve) => crash.on('exit', resolve))
  expect(existsSync(`${target}-wal`)).toBe(true)

  const run = await runScript('db-restore', [backup], target)
  expect(run.output).toMatch(/Kept the database it replaces as .*tiendo-before-restore-\d{4}-\d{2}-\d{2}T\d{6}Z\.db/)
  expect(run.status).toBe(0)
  const files = readdirSync(path.dirname(target)).sort()
  const aside = files.find((name) => name.startsWith('tiendo-before-restore-'))
  expect(files).toEqual([aside, 'tiendo.db'])
  expect(marks(target)).toEqual(['aside-mark'])
  expect(marks(path.join(path.dirname(target), aside ?? ''))).toEqual(['aside-current'])
  expect(integrity(target)).toBe('ok')
}, 60_000)

test('the app starts on a restored database: health check, reads and the audit trail’s writes', async () => {
  const backup = makeBackup('app')
  const target = path.join(dir, 'app', 'data', 'tiendo.db')
  restoreDatabase({ backup, target })
  const script = `
    const { loader } = await import('~/features/site/routes/healthz')
    const { writeAudit } = await import('~/utils/audit.server')
    const { prisma } = await import('~/utils/db.server')
    const health = await loader()
    await writeAudit(prisma, { userId: null, userName: 'restore test', ip: 'cli' }, { action: 'after_restore' })
    const audit = await prisma.auditLog.findMany({ where: { action: { in: ['in_backup', 'after_restore'] } }, orderBy: { at: 'asc' } })
    console.log(JSON.stringify({ health: health.status, projects: await prisma.project.count(), audit: audit.map((row) => row.action) }))
    await prisma.$disconnect()
  `
  const output = await new Promise<string>((resolve, reject) =>
    execFile(
      'npx',
      ['tsx', '--input-type=module', '-e', script],
      { env: { ...process.env, DATABASE_URL: `file:${target}` }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    ),
  )
  expect(JSON.parse(output.trim().split('\n').at(-1) ?? '')).toEqual({
    health: 200,
    projects: 0,
    audit: ['in_backup', 'after_restore'],
  })
}, 60_000)
