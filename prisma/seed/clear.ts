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
 * (its triggers refuse DELETE), and the write generation the progress overview's cache
 * checks (its one row is made by the migration; docs/decisions/010).
 */
export const KEPT_TABLES = ['_prisma_migrations', 'Permission', 'RolePermission', 'AuditLog', 'DataGeneration'] as const

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

/** Empties every table through Prisma; call inside the seeding transaction. */
export async function clearDatabase(db: Prisma.TransactionClient): Promise<string[]> {
  // Foreign keys are checked at COMMIT instead of per statement, so the unknown tables'
  // order among themselves cannot fail the wipe.
  await db.$executeRawUnsafe('PRAGMA defer_foreign_keys = ON')
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(LIST_TABLES_SQL)
  const order = deleteOrder(rows.map((row) => row.name))
  for (const table of order) {
    await db.$executeRawUnsafe(`DELETE FROM ${quoteIdentifier(table)}`)
  }
  return order
}

/** Same as clearDatabase for a raw better-sqlite3 connection (inside its transaction). */
export function clearDatabaseRaw(sqlite: Database.Database): string[] {
  sqlite.pragma('defer_foreign_keys = ON')
  const rows = sqlite.prepare(LIST_TABLES_SQL).all() as { name: string }[]
  const order = deleteOrder(rows.map((row) => row.name))
  for (const table of order) sqlite.prepare(`DELETE FROM ${quoteIdentifier(table)}`).run()
  return order
}
