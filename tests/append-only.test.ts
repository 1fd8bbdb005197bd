/**
 * The append-only tables cannot be rewritten by any statement, from any connection
 * (docs/decisions/014-append-only-and-backup.md). A table counts as append-only when the
 * database refuses every UPDATE and DELETE on it (an unconditional BEFORE UPDATE and BEFORE
 * DELETE trigger that raises), so a table made append-only later is checked here without
 * editing this file. For each one, on a raw better-sqlite3 connection like the sqlite3
 * shell's: REPLACE on every unique key (REPLACE deletes the row it conflicts with, and
 * SQLite fires no delete trigger for that unless recursive_triggers is on), UPSERT, UPDATE
 * and DELETE are refused and leave the row as it was; a new row still goes in. The history
 * tables' DELETE trigger alone may carry one condition, "no wipe under way": while the
 * seeder's wipe marker is in place a row may be deleted, and still neither updated nor
 * replaced (tests/history-wipe.test.ts checks the wipe itself).
 */
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { writeAudit } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'
import { BEGIN_HISTORY_WIPE_SQL } from '../prisma/seed/clear'

/** Append-only today; the discovery below must find at least these. */
const KNOWN_APPEND_ONLY = ['AuditLog', 'ObstacleMeasure', 'StatisticEntry', 'StatusChange'] as const
/** Of those, the ones whose rows the seeder's wipe may delete; never the audit trail. */
const KNOWN_WIPEABLE = ['ObstacleMeasure', 'StatisticEntry', 'StatusChange'] as const

type Value = string | number | bigint | null
type Row = Record<string, Value>
type Column = { name: string; type: string }
type UniqueKey = { name: string; columns: string[] }

const file = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
if (!file) throw new Error('tests/setup-env.ts sets DATABASE_URL to this test file’s database')

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** The one condition a refusing DELETE trigger may carry: no wipe under way (prisma/seed/clear.ts). */
const UNLESS_WIPING = /\bWHEN\s+NOT\s+EXISTS\s*\(\s*SELECT\s+1\s+FROM\s+"HistoryWipe"\s*\)\s*BEGIN\b/i

/**
 * Does this `BEFORE <event> ON <table> … BEGIN SELECT RAISE(ABORT…` trigger refuse every row
 * ('always'), every row unless a wipe is under way (a DELETE trigger only), or not (null)?
 */
function refusal(sql: string, event: 'UPDATE' | 'DELETE'): 'always' | 'unless-wiping' | null {
  const pattern = new RegExp(`\\bBEFORE\\s+${event}\\s+ON\\s[^]*?\\bBEGIN\\s+SELECT\\s+RAISE\\s*\\(\\s*ABORT\\b`, 'i')
  if (!pattern.test(sql)) return null
  const conditions = sql.match(/\bWHEN\b/gi)?.length ?? 0
  if (conditions === 0) return 'always'
  return event === 'DELETE' && conditions === 1 && UNLESS_WIPING.test(sql) ? 'unless-wiping' : null
}

/** The append-only tables, and whether the seeder's wipe may delete their rows. */
function findAppendOnlyTables(db: Database.Database): { table: string; wipeable: boolean }[] {
  const triggers = db.prepare(`SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger'`).all() as {
    tableName: string
    sql: string
  }[]
  const tables = [...new Set(triggers.map((trigger) => trigger.tableName))].sort()
  return tables.flatMap((table) => {
    const own = triggers.filter((trigger) => trigger.tableName === table)
    const deletes = own.map((t) => refusal(t.sql, 'DELETE'))
    if (!own.some((t) => refusal(t.sql, 'UPDATE') === 'always') || !deletes.some(Boolean)) return []
    return [{ table, wipeable: !deletes.includes('always') }]
  })
}

function columnsOf(db: Database.Database, table: string): Column[] {
  return (db.prepare(`PRAGMA table_info(${quote(table)})`).all() as { name: string; type: string }[]).map(
    ({ name, type }) => ({ name, type: type.toUpperCase() }),
  )
}

/** Prisma makes rowid tables only; the cases below find rows by rowid. */
function assertHasRowid(db: Database.Database, table: string) {
  const [info] = db.prepare(`PRAGMA table_list(${quote(table)})`).all() as { wr: number }[]
  if (info?.wr !== 0) throw new Error(`${table} is WITHOUT ROWID; extend this test for it`)
}

/** Every unique index (the primary key's included), with its columns. */
function uniqueKeysOf(db: Database.Database, table: string): UniqueKey[] {
  const indexes = db.prepare(`PRAGMA index_list(${quote(table)})`).all() as {
    name: string
    unique: number
    partial: number
  }[]
  return indexes
    .filter((index) => index.unique === 1)
    .map((index) => {
      const columns = db.prepare(`PRAGMA index_info(${quote(index.name)})`).all() as { cid: number; name: string }[]
      // A partial or expression index needs rows made for it: fail loudly rather than pass.
      if (index.partial === 1 || columns.some((column) => column.cid < 0)) {
        throw new Error(`${table}: ${index.name} is partial or on an expression; extend this test for it`)
      }
      return { name: index.name, columns: columns.map((column) => column.name) }
    })
}

let counter = 0

/** A value of the column's declared type, different on every call. */
function freshValue(column: Column): Value {
  counter += 1
  if (/INT/.test(column.type)) return 1_000_000 + counter
  if (/REAL|FLOA|DOUB|DEC|NUM/.test(column.type)) return counter + 0.5
  if (/BOOL/.test(column.type)) return counter % 2
  if (/DATE|TIME/.test(column.type)) return new Date(Date.UTC(2020, 0, 1) + counter * 60_000).toISOString()
  return `append-only-test-${column.name}-${counter}`
}

function freshRow(columns: Column[]): Row {
  return Object.fromEntries(columns.map((column) => [column.name, freshValue(column)]))
}

function insertSql(verb: string, table: string, names: string[], tail = ''): string {
  return `${verb} INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ${tail}`
}

let db: Database.Database
const found = (() => {
  const reader = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return findAppendOnlyTables(reader)
  } finally {
    reader.close()
  }
})()
const tables = found.map(({ table }) => table)
const wipeable = new Set(found.filter((entry) => entry.wipeable).map(({ table }) => table))

beforeAll(() => {
  db = new Database(file, { fileMustExist: true })
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  // Rows of a table with foreign keys need no parents: the triggers are what is tested.
  db.pragma('foreign_keys = OFF')
})

afterAll(() => db.close())

test('the append-only tables are found by their triggers', () => {
  expect(tables).toEqual(expect.arrayContaining([...KNOWN_APPEND_ONLY]))
  expect([...wipeable]).toEqual(expect.arrayContaining([...KNOWN_WIPEABLE]))
  expect(wipeable.has('AuditLog')).toBe(false)
  // Every attack below runs with no wipe under way.
  expect(db.prepare('SELECT COUNT(*) AS n FROM "HistoryWipe"').get()).toEqual({ n: 0 })
})

describe.each(tables)('%s', (table) => {
  const columns = (() => {
    const reader = new Database(file, { readonly: true, fileMustExist: true })
    try {
      assertHasRowid(reader, table)
      return { all: columnsOf(reader, table), keys: uniqueKeysOf(reader, table) }
    } finally {
      reader.close()
    }
  })()
  const names = columns.all.map((column) => column.name)

  /** A new row, and how to find it again whatever is tried on it. */
  function insertRow(): { row: Row; rowid: number | bigint } {
    const row = freshRow(columns.all)
    const result = db.prepare(insertSql('INSERT', table, names)).run(...names.map((name) => row[name] ?? null))
    return { row, rowid: result.lastInsertRowid }
  }

  function snapshot() {
    return {
      count: (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(table)}`).get() as { n: number }).n,
      rows: db.prepare(`SELECT rowid AS "(rowid)", * FROM ${quote(table)} ORDER BY rowid`).all(),
    }
  }

  /** The statement is refused by the append-only triggers and nothing in the table changes. */
  function expectRefused(sql: string, values: Value[]) {
    const before = snapshot()
    expect(() => db.prepare(sql).run(...values)).toThrow(new RegExp(`${table} is append-only`))
    expect(snapshot()).toEqual(before)
  }

  /** A row that conflicts with `existing` on exactly these columns and differs in every other. */
  function conflictingRow(existing: Row, key: string[]): Row {
    const row = freshRow(columns.all)
    for (const column of key) row[column] = existing[column] ?? null
    return row
  }

  // The rowid is a unique key too: REPLACE with an explicit rowid rewrites that row.
  const keys = [
    ...columns.keys.map((key) => ({ label: `${key.name} (${key.columns.join(', ')})`, columns: key.columns })),
    { label: 'rowid', columns: [] as string[] },
  ]

  describe.each([false, true])('recursive_triggers %s', (recursive) => {
    beforeAll(() => {
      db.pragma(`recursive_triggers = ${recursive ? 'ON' : 'OFF'}`)
    })

    test.each(keys)('INSERT OR REPLACE and REPLACE INTO on $label are refused', ({ label, columns: key }) => {
      const { row, rowid } = insertRow()
      for (const verb of ['INSERT OR REPLACE', 'REPLACE']) {
        const replacement = conflictingRow(row, key)
        const values = names.map((name) => replacement[name] ?? null)
        if (label === 'rowid') {
          expectRefused(insertSql(verb, table, ['rowid', ...names]), [rowid, ...values])
        } else {
          expectRefused(insertSql(verb, table, names), values)
        }
      }
    })

    test.each(keys)('INSERT … ON CONFLICT DO UPDATE on $label is refused', ({ label, columns: key }) => {
      const { row, rowid } = insertRow()
      const replacement = conflictingRow(row, key)
      const values = names.map((name) => replacement[name] ?? null)
      const set = `ON CONFLICT DO UPDATE SET ${names.map((name) => `${quote(name)} = excluded.${quote(name)}`).join(', ')}`
      if (label === 'rowid') {
        expectRefused(insertSql('INSERT', table, ['rowid', ...names], set), [rowid, ...values])
      } else {
        expectRefused(insertSql('INSERT', table, names, set), values)
      }
    })

    test('UPDATE (plain and OR REPLACE) and DELETE are refused', () => {
      const { rowid } = insertRow()
      const replacement = freshRow(columns.all)
      const set = names.map((name) => `${quote(name)} = ?`).join(', ')
      const values = names.map((name) => replacement[name] ?? null)
      expectRefused(`UPDATE ${quote(table)} SET ${set} WHERE rowid = ?`, [...values, rowid])
      expectRefused(`UPDATE OR REPLACE ${quote(table)} SET ${set} WHERE rowid = ?`, [...values, rowid])
      expectRefused(`DELETE FROM ${quote(table)} WHERE rowid = ?`, [rowid])
    })

    test(`while the wipe marker is in place, ${wipeable.has(table) ? 'a row may be deleted' : 'DELETE is still refused'}, UPDATE and REPLACE are refused`, () => {
      const { row, rowid } = insertRow()
      db.exec('BEGIN')
      try {
        db.prepare(BEGIN_HISTORY_WIPE_SQL).run()
        const replacement = freshRow(columns.all)
        const set = names.map((name) => `${quote(name)} = ?`).join(', ')
        const values = names.map((name) => replacement[name] ?? null)
        expectRefused(`UPDATE ${quote(table)} SET ${set} WHERE rowid = ?`, [...values, rowid])
        expectRefused(`UPDATE OR REPLACE ${quote(table)} SET ${set} WHERE rowid = ?`, [...values, rowid])
        for (const { label, columns: key } of keys) {
          const conflicting = conflictingRow(row, key)
          const conflictingValues = names.map((name) => conflicting[name] ?? null)
          for (const verb of ['INSERT OR REPLACE', 'REPLACE']) {
            if (label === 'rowid')
              expectRefused(insertSql(verb, table, ['rowid', ...names]), [rowid, ...conflictingValues])
            else expectRefused(insertSql(verb, table, names), conflictingValues)
          }
        }
        if (wipeable.has(table)) {
          expect(db.prepare(`DELETE FROM ${quote(table)} WHERE rowid = ?`).run(rowid).changes).toBe(1)
        } else {
          expectRefused(`DELETE FROM ${quote(table)} WHERE rowid = ?`, [rowid])
        }
      } finally {
        db.exec('ROLLBACK')
      }
      expect(db.prepare(`SELECT * FROM ${quote(table)} WHERE rowid = ?`).get(rowid)).toEqual(row)
      expect(db.prepare('SELECT COUNT(*) AS n FROM "HistoryWipe"').get()).toEqual({ n: 0 })
    })

    test('a new row still goes in', () => {
      const before = snapshot().count
      const { row, rowid } = insertRow()
      expect(snapshot().count).toBe(before + 1)
      expect(db.prepare(`SELECT * FROM ${quote(table)} WHERE rowid = ?`).get(rowid)).toEqual(row)
    })
  })

  test('a row numbered zero or below is refused, so no automatically numbered row can ever collide', () => {
    // A new row's NEW.rowid is -1 in a BEFORE INSERT trigger: were a row -1 allowed in,
    // every later insert would be taken for a REPLACE of it and refused.
    const row = freshRow(columns.all)
    const values = names.map((name) => row[name] ?? null)
    expectRefused(insertSql('INSERT', table, ['rowid', ...names]), [-1, ...values])
    expectRefused(insertSql('INSERT', table, ['rowid', ...names]), [0, ...values])
    expect(() => insertRow()).not.toThrow()
  })
})

test('the app still appends to the audit trail through Prisma, in and out of a transaction', async () => {
  const entityId = `append-only-app-${Math.random().toString(36).slice(2)}`
  const actor = { userId: null, userName: 'append-only test', ip: '203.0.113.9' }
  await writeAudit(prisma, actor, { action: 'update', entityType: 'project', entityId, changes: { a: [1, 2] } })
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, actor, { action: 'update', entityType: 'project', entityId, changes: { a: [2, 3] } })
  })
  expect(await prisma.auditLog.count({ where: { entityId } })).toBe(2)
})
