import type { Prisma } from '@prisma/client'
import type Database from 'better-sqlite3'

/**
 * The seeded tables, children before parents, so that no delete trips a foreign key even
 * when checked statement by statement (ON DELETE RESTRICT: Project -> AdministrativeUnit
 * and Department; Obstacle and DialogueMeetingProject -> Project; ObstacleDepartment,
 * ObstacleMeasure and Goal -> Department; StatisticEntry -> Indicator). The seed tests
 * check this order against the migrated schema's foreign keys.
 */
export const SEEDED_TABLES_CHILDREN_FIRST = [
  'ObstacleMeasure',
  'ObstacleDepartment',
  'Obstacle',
  'DialogueMeetingProject',
  'DialogueMeeting',
  'StatisticEntry',
  'Goal',
  'Indicator',
  'CapitalChange',
  'Disbursement',
  'ClearanceHandover',
  'StatusChange',
  'Milestone',
  'ProjectInvestor',
  'Project',
  'Investor',
  'ExchangeRate',
  'AdministrativeUnit',
  'Department',
] as const

/**
 * Never emptied: the migrations' own record, the permissions the migration seeds (the app
 * needs them in production too), the audit trail, which the database keeps append-only
 * (its triggers refuse DELETE), the write generation the progress overview's cache
 * checks (its one row is made by the migration; docs/decisions/010), and the history
 * wipe's marker (below), which is empty outside a wipe and must outlive the deletes.
 */
export const KEPT_TABLES = [
  '_prisma_migrations',
  'Permission',
  'RolePermission',
  'AuditLog',
  'DataGeneration',
  'HistoryWipe',
] as const

/**
 * The history tables (StatusChange, StatisticEntry, ObstacleMeasure) are append-only in the
 * database, but their DELETE triggers let rows go while "HistoryWipe" holds its one row
 * (migration 20261207120000_append_only_history, docs/decisions/014). A wipe inserts it,
 * deletes and removes it inside one transaction, so no other connection ever sees it.
 */
export const BEGIN_HISTORY_WIPE_SQL = 'INSERT INTO "HistoryWipe" ("id") VALUES (1)'
export const END_HISTORY_WIPE_SQL = 'DELETE FROM "HistoryWipe"'

/**
 * Runs `work` (deletes on `tx`) with the history tables' rows deletable, inside the caller's
 * interactive transaction; refuses the shared client, whose statements would each commit
 * and show the marker to everybody. The marker is removed even if `work` fails and the
 * caller goes on with the transaction.
 */
export async function withHistoryWipe<T>(tx: Prisma.TransactionClient, work: () => Promise<T>): Promise<T> {
  // Prisma's transaction client has no $transaction; the shared client has.
  if (typeof (tx as { $transaction?: unknown }).$transaction === 'function') {
    throw new Error('withHistoryWipe runs inside a transaction: pass the transaction client (tx)')
  }
  await tx.$executeRawUnsafe(BEGIN_HISTORY_WIPE_SQL)
  let result: T
  try {
    result = await work()
  } catch (error) {
    // When this fails too, the transaction is gone, and the marker with it: keep the first error.
    await tx.$executeRawUnsafe(END_HISTORY_WIPE_SQL).catch(() => undefined)
    throw error
  }
  await tx.$executeRawUnsafe(END_HISTORY_WIPE_SQL)
  return result
}

/** Same as withHistoryWipe on a raw better-sqlite3 connection, which must be in a transaction. */
export function withHistoryWipeRaw<T>(sqlite: Database.Database, work: () => T): T {
  if (!sqlite.inTransaction) throw new Error('withHistoryWipeRaw runs inside a transaction')
  sqlite.prepare(BEGIN_HISTORY_WIPE_SQL).run()
  let result: T
  try {
    result = work()
  } catch (error) {
    if (sqlite.inTransaction) sqlite.prepare(END_HISTORY_WIPE_SQL).run()
    throw error
  }
  sqlite.prepare(END_HISTORY_WIPE_SQL).run()
  return result
}

export const LIST_TABLES_SQL = `SELECT name FROM sqlite_master
  WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN (${KEPT_TABLES.map((name) => `'${name}'`).join(', ')})`

/**
 * Every table to empty, in delete order. Tables other engineers add later (targets,
 * reports…) are not known here; they are emptied first because a new table is far more
 * likely to point at Project than to be pointed at by it.
 */
export function deleteOrder(existingTables: readonly string[]): string[] {
  const known = new Set<string>(SEEDED_TABLES_CHILDREN_FIRST)
  const unknown = existingTables.filter((name) => !known.has(name)).sort()
  const present = new Set(existingTables)
  return [...unknown, ...SEEDED_TABLES_CHILDREN_FIRST.filter((name) => present.has(name))]
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** Empties every table through Prisma (the history tables too); call inside the seeding transaction. */
export async function clearDatabase(db: Prisma.TransactionClient): Promise<string[]> {
  // Foreign keys are checked at COMMIT instead of per statement, so the unknown tables'
  // order among themselves cannot fail the wipe.
  await db.$executeRawUnsafe('PRAGMA defer_foreign_keys = ON')
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(LIST_TABLES_SQL)
  const order = deleteOrder(rows.map((row) => row.name))
  await withHistoryWipe(db, async () => {
    for (const table of order) {
      await db.$executeRawUnsafe(`DELETE FROM ${quoteIdentifier(table)}`)
    }
  })
  return order
}

/** Same as clearDatabase for a raw better-sqlite3 connection (inside its transaction). */
export function clearDatabaseRaw(sqlite: Database.Database): string[] {
  sqlite.pragma('defer_foreign_keys = ON')
  const rows = sqlite.prepare(LIST_TABLES_SQL).all() as { name: string }[]
  const order = deleteOrder(rows.map((row) => row.name))
  withHistoryWipeRaw(sqlite, () => {
    for (const table of order) sqlite.prepare(`DELETE FROM ${quoteIdentifier(table)}`).run()
  })
  return order
}
