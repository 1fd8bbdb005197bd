/**
 * The bench databases: bench/dbs/scale-<N>.db, seeded by the scale seeder (prisma/seed) and
 * reused while the migrations and the seeder are unchanged. A sidecar file next to each
 * database keeps the hash they were made from and how long the seeding took.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DBS_DIR, PRISMA, ROOT, type Size } from './paths'

/** What the data depends on: a change in any of these files makes a new database. */
const HASHED_DIRS = ['prisma/migrations', 'prisma/seed']

export type BenchDatabase = {
  size: Size
  file: string
  url: string
  /** the seeding time of this database, measured when it was made */
  seedMs: number
  seededAt: string
  /** false when the database was reused from an earlier run */
  seededNow: boolean
  rows: number
}

type Sidecar = { hash: string; seedMs: number; seededAt: string; rows: number }

function filesUnder(dir: string): string[] {
  const absolute = path.join(ROOT, dir)
  if (!existsSync(absolute)) return []
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(path.join(ROOT, file)).isFile())
    .sort()
}

export function schemaHash(): string {
  const hash = createHash('sha256')
  for (const file of HASHED_DIRS.flatMap(filesUnder)) {
    hash.update(file.split(path.sep).join('/'))
    hash.update('\0')
    hash.update(readFileSync(path.join(ROOT, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

function readSidecar(file: string): Sidecar | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Sidecar>
    if (typeof parsed.hash !== 'string' || typeof parsed.seedMs !== 'number') return null
    return { hash: parsed.hash, seedMs: parsed.seedMs, seededAt: String(parsed.seededAt), rows: Number(parsed.rows) }
  } catch {
    return null
  }
}

/** The database of `size` projects, made anew when missing or when the schema or seeder changed. */
export async function ensureBenchDatabase(size: Size, hash: string): Promise<BenchDatabase> {
  mkdirSync(DBS_DIR, { recursive: true })
  const file = path.join(DBS_DIR, `scale-${size}.db`)
  const sidecarFile = path.join(DBS_DIR, `scale-${size}.json`)
  const url = `file:${file}`
  const sidecar = readSidecar(sidecarFile)
  if (existsSync(file) && sidecar?.hash === hash) {
    return { size, file, url, ...sidecar, seededNow: false }
  }

  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
  rmSync(sidecarFile, { force: true })
  execFileSync(PRISMA, ['migrate', 'deploy'], { env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' })
  // Loaded only when needed: a run that reuses every database never imports the seeder.
  const { runScaleSeed, totalRows } = await import('../../prisma/seed/run')
  const result = runScaleSeed(url, size)
  const made: Sidecar = {
    hash,
    seedMs: Math.round(result.milliseconds),
    seededAt: new Date().toISOString(),
    rows: totalRows(result.counts),
  }
  writeFileSync(sidecarFile, `${JSON.stringify(made, null, 2)}\n`)
  return { size, file, url, ...made, seededNow: true }
}
