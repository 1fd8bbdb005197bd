/**
 * The two seeding modes as functions, so that the CLI (prisma/seed.ts) and the test share
 * them. Each returns what it wrote and how long it took.
 */
import Database from 'better-sqlite3'
import { createPrismaClient } from '../../app/utils/db.server'
import { LIST_TABLES_SQL, clearDatabase, deleteOrder } from './clear'
import { seedDemoGoals, type GoalCounts } from './demo-goals'
import { seedDemoObstacles, type ObstacleCounts } from './demo-obstacles'
import { seedDemoProjects, type DemoCounts } from './demo-projects'
import { hashDemoPasswords, seedDemoUsers } from './demo-users'
import { seedReferenceData, type ReferenceCounts } from './reference-data'
import { seedScaleProjects, type ScaleCounts, type ScaleOptions } from './scale-projects'
import { assertDatabaseExists, databasePathFromUrl } from './sqlite-values'

export interface SeedResult {
  mode: 'demo' | 'scale'
  clearedTables: string[]
  counts: (ReferenceCounts & DemoCounts & GoalCounts & ObstacleCounts & { users: number }) | ScaleCounts
  milliseconds: number
}

export function totalRows(counts: SeedResult['counts']): number {
  return Object.values(counts).reduce((sum, value) => sum + value, 0)
}

/** Demo mode: wipe, reference data, the article projects, goals and obstacles, in one Prisma transaction. */
export async function runDemoSeed(url: string): Promise<SeedResult> {
  assertDatabaseExists(url)
  const started = performance.now()
  const db = createPrismaClient(url)
  try {
    const passwordHashes = await hashDemoPasswords()
    const { clearedTables, counts } = await db.$transaction(
      async (tx) => {
        const clearedTables = await clearDatabase(tx)
        const reference = await seedReferenceData(tx)
        const demo = await seedDemoProjects(tx)
        const users = await seedDemoUsers(tx, passwordHashes)
        const goals = await seedDemoGoals(tx)
        const obstacles = await seedDemoObstacles(tx)
        return { clearedTables, counts: { ...reference, ...demo, ...users, ...goals, ...obstacles } }
      },
      // a cold start on a slow disk can exceed Prisma's 5 s default for interactive transactions
      { maxWait: 10_000, timeout: 120_000 },
    )
    return { mode: 'demo', clearedTables, counts, milliseconds: performance.now() - started }
  } finally {
    await db.$disconnect()
  }
}

/** Scale mode: wipe, reference data, n generated projects and their obstacles, in one raw transaction. */
export function runScaleSeed(url: string, n: number, options: ScaleOptions = {}): SeedResult {
  assertDatabaseExists(url)
  const started = performance.now()
  const sqlite = new Database(databasePathFromUrl(url), { fileMustExist: true, timeout: 5_000 })
  try {
    // the app relies on enforced foreign keys; the generated rows must satisfy them too
    sqlite.pragma('foreign_keys = ON')
    const tablesBefore = (sqlite.prepare(LIST_TABLES_SQL).all() as { name: string }[]).map((row) => row.name)
    const counts = seedScaleProjects(sqlite, n, options)
    return {
      mode: 'scale',
      clearedTables: deleteOrder(tablesBefore),
      counts,
      milliseconds: performance.now() - started,
    }
  } finally {
    sqlite.close()
  }
}
