/**
 * Helpers shared by the Prisma seeders and the raw better-sqlite3 scale seeder.
 *
 * The raw writer must store values exactly as Prisma 6.19's better-sqlite3 adapter does,
 * otherwise Prisma cannot filter or sort rows written behind its back. Checked by writing a
 * row with Prisma and reading it back with `SELECT typeof(col), col`:
 *   - DateTime -> TEXT `2025-07-01T00:00:00.000+00:00` (toISOString() with "Z" replaced by
 *     "+00:00", adapter option timestampFormat "iso8601", the default). Prisma's `lt`/`gte`
 *     filters compare these strings, so a raw "…Z" value would sort and compare wrongly
 *     ("+" < "Z") even though Prisma can still parse it when reading.
 *   - BigInt   -> INTEGER (the adapter binds a JS bigint).
 *   - Float    -> REAL, Int -> INTEGER, String -> TEXT.
 * The migration's `DEFAULT CURRENT_TIMESTAMP` would write `2025-07-01 00:00:00`, a third
 * format, so raw inserts always supply createdAt/updatedAt themselves.
 */
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'

/** A calendar date as UTC midnight, from "YYYY-MM-DD". */
export function day(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new Error(`Not a YYYY-MM-DD date: ${isoDate}`)
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  // Date.UTC silently rolls 2025-02-30 over to March; a typo in seed data should fail.
  if (date.toISOString().slice(0, 10) !== isoDate) throw new Error(`Invalid date: ${isoDate}`)
  return date
}

export const MS_PER_DAY = 86_400_000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY)
}

/** The TEXT form Prisma's better-sqlite3 adapter writes for a DateTime column. */
export function toSqliteDateTime(date: Date): string {
  return date.toISOString().replace('Z', '+00:00')
}

export function toSqliteDateTimeOrNull(date: Date | null | undefined): string | null {
  return date ? toSqliteDateTime(date) : null
}

/** 1 tỷ đồng = 10^9 VND. Seed figures are written in tỷ; storage is whole đồng. */
export function ty(billions: number): bigint {
  // Figures carry at most one decimal (e.g. 2 140,5 tỷ); scale to 10^8 to stay exact.
  return BigInt(Math.round(billions * 10)) * 100_000_000n
}

export function newId(): string {
  return randomUUID()
}

/**
 * The file better-sqlite3 opens for a Prisma `file:` URL, resolved the same way the
 * adapter does (prefix stripped, relative to the working directory).
 */
export function databasePathFromUrl(url: string): string {
  return url.replace(/^file:/, '')
}

/** Refuses to seed a missing file: better-sqlite3 would create an empty, unmigrated one. */
export function assertDatabaseExists(url: string): void {
  const path = databasePathFromUrl(url)
  if (path === ':memory:') return
  if (!existsSync(path)) {
    throw new Error(
      `Database file ${path} does not exist. Run \`DATABASE_URL=${url} npx prisma migrate deploy\` first.`,
    )
  }
}
