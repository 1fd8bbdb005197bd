/**
 * Backing up and restoring Tiendo's SQLite database (docs/decisions/014-append-only-and-backup.md),
 * for `npm run db:backup` and `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts).
 *
 * A copy of the file alone is not a backup: committed writes may still be in the -wal file
 * beside it, and a copy taken while the app writes can mix pages from before and after a
 * transaction. `VACUUM INTO` instead writes a new database from one read transaction: every
 * transaction committed before it began, none after, whatever the app does meanwhile (in
 * WAL mode a reader neither waits for the writer nor holds it up). It keeps rowids, so the
 * copy is the same data, not an equivalent one.
 */
import {
  type Stats,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'

export const DEFAULT_DATABASE_URL = 'file:./data/tiendo.db'
export const MIGRATIONS_DIR = fileURLToPath(new URL('../prisma/migrations', import.meta.url))

/** The tables whose row counts an operator recognises, in the order they are printed. */
const KEY_TABLES = [
  'Project',
  'StatusChange',
  'Milestone',
  'Obstacle',
  'ObstacleMeasure',
  'Goal',
  'StatisticEntry',
  'DialogueMeeting',
  'Investor',
  'User',
  'AuditLog',
] as const

/** Every table a Tiendo database has had since its first migrations. */
const REQUIRED_TABLES = ['_prisma_migrations', 'Project', 'AuditLog', 'User', 'Department'] as const

/** Refused for a reason the operator can act on: printed without a stack trace. */
export class BackupError extends Error {}

/** The database file of DATABASE_URL, the way the app's adapter reads it (relative to the working directory). */
export function databaseFileFromUrl(url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  if (!url.startsWith('file:')) throw new BackupError(`DATABASE_URL must be a SQLite file (file:…), not ${url}`)
  return path.resolve(url.slice('file:'.length).replace(/\?.*$/, ''))
}

/** 2026-12-07T223015Z: UTC, sortable, and without characters a file system or a shell minds. */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/:/g, '')
    .replace(/\.\d+Z$/, 'Z')
}

/** `base-stamp.db` in `dir`, or `base-stamp-2.db`… when that exists already (two in one second). */
function datedFile(dir: string, base: string, now: Date): string {
  const stamp = fileStamp(now)
  for (let n = 1; ; n += 1) {
    const candidate = path.join(dir, `${base}-${stamp}${n === 1 ? '' : `-${n}`}.db`)
    if (!existsSync(candidate)) return candidate
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

function tableNames(db: Database.Database): Set<string> {
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]
  return new Set(rows.map((row) => row.name))
}

/** `PRAGMA integrity_check`: nothing when the file is sound, else what SQLite found (the first 20 problems). */
function integrityProblems(db: Database.Database): string[] {
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[]
  const messages = rows.map((row) => row.integrity_check)
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages
}

export type RowCounts = { table: string; rows: number }[]

function rowCounts(db: Database.Database): RowCounts {
  const present = tableNames(db)
  return KEY_TABLES.filter((table) => present.has(table)).map((table) => ({
    table,
    rows: (db.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdentifier(table)}`).get() as { n: number }).n,
  }))
}

/** A path for the operator: relative inside the working directory, in full elsewhere. */
export function shownPath(file: string): string {
  const relative = path.relative('.', file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

export function formatRowCounts(counts: RowCounts): string {
  return counts.map(({ table, rows }) => `  ${table.padEnd(16)} ${rows}`).join('\n')
}

export type BackupResult = {
  file: string
  bytes: number
  counts: RowCounts
  lastMigration: string | null
  warnings: string[]
}

/**
 * Writes a consistent copy of the database at `source` to `dir` as tiendo-<UTC time>.db, while
 * the app keeps running, and checks the copy. The copy is made under a temporary name and
 * only given its final one once `integrity_check` passed, so a backup file that exists is a
 * whole one. Only its owner may read it (it holds password hashes and sessions).
 */
export function backupDatabase({
  source,
  dir,
  now = new Date(),
}: {
  source: string
  dir: string
  now?: Date
}): BackupResult {
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} (DATABASE_URL).`)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = datedFile(dir, 'tiendo', now)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })

  // Read-write, though only read: a read-only connection that happens to be the last one
  // open cannot remove the -wal and -shm files when it closes.
  const db = new Database(source, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 5000')
    db.prepare('VACUUM INTO ?').run(partial)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  } finally {
    db.close()
  }

  try {
    const check = inspectDatabase(partial)
    if (!check.sound) {
      throw new BackupError(`The copy failed its integrity check:\n  ${check.problems.join('\n  ')}`)
    }
    chmodSync(partial, 0o600)
    renameSync(partial, file)
    // A sound copy is kept even when it would not restore as it is (say, made by a newer
    // version than this checkout): the command says so.
    return {
      file,
      bytes: statSync(file).size,
      counts: check.counts,
      lastMigration: check.lastMigration,
      warnings: check.problems,
    }
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
}

export type DatabaseCheck = {
  /** integrity_check passed */
  sound: boolean
  /** integrity_check's findings, or why it is not a Tiendo database this code can run on; empty when it may be restored */
  problems: string[]
  counts: RowCounts
  applied: string[]
  lastMigration: string | null
  /** migrations this code has and the database has not: `npm run db:migrate` applies them */
  pending: string[]
}

/** Opens the file read-only (it is never changed) and says whether it is a sound, migrated Tiendo database. */
export function inspectDatabase(file: string): DatabaseCheck {
  const unsound = (...problems: string[]) => ({
    sound: false,
    problems,
    counts: [],
    applied: [],
    lastMigration: null,
    pending: [],
  })
  if (!existsSync(file)) return unsound(`${file} does not exist`)
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    return unsound(`cannot open it: ${messageOf(error)}`)
  }
  try {
    let integrity: string[]
    try {
      integrity = integrityProblems(db)
    } catch (error) {
      // A file that is not SQLite at all (SQLITE_NOTADB) or is damaged in its first page.
      return unsound(`not a readable SQLite database: ${messageOf(error)}`)
    }
    if (integrity.length > 0) return unsound(...integrity)

    const check: DatabaseCheck = {
      sound: true,
      problems: [],
      counts: rowCounts(db),
      applied: [],
      lastMigration: null,
      pending: [],
    }
    const present = tableNames(db)
    const missing = REQUIRED_TABLES.filter((table) => !present.has(table))
    if (missing.length > 0) {
      return { ...check, problems: [`not a Tiendo database: it has no ${missing.join(', ')} table`] }
    }
    const migrations = db
      .prepare(
        `SELECT migration_name AS name, finished_at AS finishedAt, rolled_back_at AS rolledBackAt
         FROM _prisma_migrations ORDER BY migration_name`,
      )
      .all() as { name: string; finishedAt: unknown; rolledBackAt: unknown }[]
    const applied = [...new Set(migrations.filter((row) => row.rolledBackAt === null).map((row) => row.name))]
    const known = localMigrations()
    Object.assign(check, {
      applied,
      lastMigration: applied.at(-1) ?? null,
      pending: known.filter((name) => !applied.includes(name)),
    })
    const unfinished = migrations.filter((row) => row.finishedAt === null && row.rolledBackAt === null)
    if (unfinished.length > 0) {
      check.problems.push(`a migration failed or is unfinished in it: ${unfinished.map((row) => row.name).join(', ')}`)
    }
    if (!applied.includes(known[0] ?? '')) {
      check.problems.push(`not a Tiendo database: its migrations do not start with ${known[0]}`)
    }
    const unknown = applied.filter((name) => !known.includes(name))
    if (unknown.length > 0) {
      check.problems.push(
        `it was made by a newer version of Tiendo (migrations this code does not have: ${unknown.join(', ')}); ` +
          'update the code first',
      )
    }
    return check
  } finally {
    db.close()
  }
}

/** The migrations of this checkout, in the order Prisma applies them. */
export function localMigrations(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}

/**
 * Takes the database for this process alone, or throws when anyone else has it open. The app
 * keeps its connection open in WAL mode from its first request on, and such a connection,
 * even idle, holds a shared lock on the file; an exclusive locking mode cannot be had
 * beside it. So this refuses while the app (or the sqlite3 shell, a benchmark…) runs, on any
 * platform, without knowing its port or process. Returns the connection, holding the lock
 * until it is closed; the caller merges the WAL into the file with it.
 */
function takeExclusively(file: string): Database.Database {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('busy_timeout = 0')
    db.pragma('locking_mode = EXCLUSIVE')
    db.exec('BEGIN EXCLUSIVE')
    db.exec('COMMIT')
    return db
  } catch (error) {
    db.close()
    if (isBusy(error)) {
      throw new BackupError(
        `The database ${file} is in use: the app (or another program) has it open. ` +
          'Stop the app (Ctrl-C, or stop its service), then run the restore again.',
      )
    }
    throw error
  }
}

/** Throws a BackupError when another connection has the database open. */
export function assertNotInUse(file: string) {
  if (existsSync(file)) takeExclusively(file).close()
}

/**
 * The restored file gets the replaced one's permissions and, when run as root, its owner:
 * the app may run as another user than the operator who restores.
 */
function keepOwnership(file: string, previous: Stats) {
  chmodSync(file, previous.mode & 0o777)
  if (process.getuid?.() === 0) chownSync(file, previous.uid, previous.gid)
}

export type RestoreResult = {
  target: string
  /** where the database it replaced now is, with its -wal when one was left */
  keptAside: string | null
  removed: string[]
  check: DatabaseCheck
}

/**
 * Replaces the database at `target` by the backup, when nobody has the database open. The
 * backup must pass integrity_check and be a Tiendo database whose migrations this code
 * knows. The database it replaces is kept beside it as tiendo-before-restore-<UTC time>.db
 * (all its committed writes merged into it first), and no -wal or -shm file is left next to
 * the restored one: SQLite would read a stale WAL as part of the new file.
 */
export function restoreDatabase({ backup, target, now = new Date() }: { backup: string; target: string; now?: Date }) {
  if (path.resolve(backup) === path.resolve(target)) {
    throw new BackupError('The backup is the database itself: name a backup file.')
  }
  // Refuse early, before any work; checked again, holding the lock, just before the swap.
  assertNotInUse(target)
  const check = inspectDatabase(backup)
  if (check.problems.length > 0) {
    throw new BackupError(`${backup} cannot be restored:\n  ${check.problems.join('\n  ')}`)
  }

  const dir = path.dirname(target)
  mkdirSync(dir, { recursive: true })
  // The new file is made next to the target (one file system, so the final rename is
  // atomic) by VACUUM INTO from a read-only connection: the backup itself is never changed,
  // and any -wal beside it is read too.
  const incoming = `${target}.restoring-${process.pid}`
  rmSync(incoming, { force: true })
  try {
    const source = new Database(backup, { readonly: true, fileMustExist: true })
    try {
      source.prepare('VACUUM INTO ?').run(incoming)
    } finally {
      source.close()
    }
    const copied = inspectDatabase(incoming)
    if (copied.problems.length > 0) {
      throw new BackupError(`The restored copy failed its check:\n  ${copied.problems.join('\n  ')}`)
    }

    let keptAside: string | null = null
    const removed: string[] = []
    const previous = existsSync(target) ? statSync(target) : null
    if (previous) {
      const current = takeExclusively(target)
      try {
        // Everything the app committed goes into the file kept aside, not a WAL beside it.
        current.pragma('wal_checkpoint(TRUNCATE)')
      } finally {
        current.close()
      }
      keptAside = datedFile(dir, `${path.basename(target, '.db')}-before-restore`, now)
      renameSync(target, keptAside)
      // Should a WAL be left all the same, it goes with the file it belongs to.
      if (existsSync(`${target}-wal`)) renameSync(`${target}-wal`, `${keptAside}-wal`)
    }
    try {
      for (const stale of [`${target}-wal`, `${target}-shm`, `${target}-journal`]) {
        if (existsSync(stale)) {
          rmSync(stale)
          removed.push(stale)
        }
      }
      if (previous) keepOwnership(incoming, previous)
      else chmodSync(incoming, 0o600)
      renameSync(incoming, target)
    } catch (error) {
      // Never leave the app without a database: the one kept aside goes back.
      if (keptAside && !existsSync(target)) {
        renameSync(keptAside, target)
        if (existsSync(`${keptAside}-wal`)) renameSync(`${keptAside}-wal`, `${target}-wal`)
      }
      throw error
    }
    return { target, keptAside, removed, check }
  } finally {
    rmSync(incoming, { force: true })
  }
}
