/**
 * The history tables (StatusChange, StatisticEntry, ObstacleMeasure) are append-only in the
 * database; only a deliberate wipe, the seeder's, may delete their rows: it puts the one
 * row of "HistoryWipe" in place, deletes and removes it, inside its one transaction
 * (migration 20261207120000_append_only_history, prisma/seed/clear.ts, docs/decisions/014).
 * tests/append-only.test.ts attacks each table with every statement; here the app's own
 * client and the seeder's functions.
 */
import Database from 'better-sqlite3'
import { beforeEach, describe, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { clearDatabase, clearDatabaseRaw, withHistoryWipe, withHistoryWipeRaw } from '../prisma/seed/clear'
import { seedReferenceData } from '../prisma/seed/reference-data'
import { getReferenceIds } from './integration-utils'

const HISTORY_TABLES = ['StatusChange', 'StatisticEntry', 'ObstacleMeasure'] as const

const file = (process.env.DATABASE_URL ?? '').replace(/^file:/, '')
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

let counter = 0

async function projectNamed(code: string) {
  const ref = await getReferenceIds()
  return prisma.project.create({
    data: {
      code,
      name: 'Dự án lịch sử',
      nameSort: 'du an lich su',
      kind: 'factory',
      sector: 'manufacturing',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'domestic',
      searchText: 'du an lich su',
    },
  })
}

/** A project with a status change, an obstacle on it with a measure, an indicator with a figure. */
async function history() {
  counter += 1
  const ref = await getReferenceIds()
  const project = await projectNamed(`WIPE-${counter}`)
  const change = await prisma.statusChange.create({
    data: { projectId: project.id, toStatus: 'proposed', effectiveDate: day('2025-01-01') },
  })
  const obstacle = await prisma.obstacle.create({
    data: {
      code: `VM-WIPE-${counter}`,
      projectId: project.id,
      category: 'land',
      title: 'Chậm bàn giao đất',
      raisedOn: day('2025-06-01'),
      raisedByKind: 'department',
      raisedByName: 'Sở Công Thương',
      deadline: day('2025-09-01'),
      priority: 'high',
      status: 'open',
      searchText: 'cham ban giao dat',
    },
  })
  const measure = await prisma.obstacleMeasure.create({
    data: { obstacleId: obstacle.id, date: day('2025-06-10'), description: 'Họp', departmentId: ref.departmentId },
  })
  const indicator = await prisma.indicator.create({
    data: { code: `wipe-${counter}`, nameVi: 'Chỉ số', nameEn: 'Index', unit: 'percent' },
  })
  const entry = await prisma.statisticEntry.create({
    data: {
      indicatorId: indicator.id,
      periodKey: '2025-Q3',
      value: 7.5,
      referenceDate: day('2025-10-01'),
      sourceTitle: 'Cục Thống kê',
    },
  })
  return { project, change, obstacle, measure, indicator, entry }
}

/**
 * What refused the statement. Prisma reports a trigger's RAISE(ABORT) as P2003 "Foreign key
 * constraint violated" and keeps SQLite's own words in the error's meta; raw SQL keeps them
 * in the message.
 */
async function refusal(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (error) {
    const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } } }).meta
    return meta?.driverAdapterError?.cause?.originalMessage ?? String((error as Error).message)
  }
  return 'not refused'
}

async function counts() {
  const [statusChanges, statisticEntries, measures, markers] = await Promise.all([
    prisma.statusChange.count(),
    prisma.statisticEntry.count(),
    prisma.obstacleMeasure.count(),
    prisma.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT COUNT(*) AS n FROM "HistoryWipe"'),
  ])
  return { statusChanges, statisticEntries, measures, markers: Number(markers[0]?.n) }
}

/** Another connection, as another process would read the file. */
function otherConnection() {
  const other = new Database(file, { readonly: true, fileMustExist: true })
  const count = (table: string) => (other.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n
  return { other, count }
}

beforeEach(async () => {
  // A test that empties the database takes the reference data along; put it back.
  if ((await prisma.department.count()) === 0) await seedReferenceData(prisma)
})

describe('outside a wipe', () => {
  test('deleting a history row through the app is refused, directly or by a cascade, and nothing goes', async () => {
    const rows = await history()
    const lone = await projectNamed(`WIPE-LONE-${counter}`)
    await prisma.statusChange.create({
      data: { projectId: lone.id, toStatus: 'proposed', effectiveDate: day('2025-02-01') },
    })
    const before = await counts()
    expect(before).toEqual({ statusChanges: 2, statisticEntries: 1, measures: 1, markers: 0 })

    const refusals: [string, () => Promise<unknown>][] = [
      ['StatusChange', () => prisma.statusChange.delete({ where: { id: rows.change.id } })],
      ['StatusChange', () => prisma.statusChange.deleteMany()],
      ['StatusChange', () => prisma.$executeRawUnsafe('DELETE FROM "StatusChange"')],
      ['StatusChange', () => prisma.project.delete({ where: { id: lone.id } })],
      ['StatisticEntry', () => prisma.statisticEntry.delete({ where: { id: rows.entry.id } })],
      ['StatisticEntry', () => prisma.statisticEntry.deleteMany()],
      ['ObstacleMeasure', () => prisma.obstacleMeasure.delete({ where: { id: rows.measure.id } })],
      ['ObstacleMeasure', () => prisma.obstacleMeasure.deleteMany()],
      ['ObstacleMeasure', () => prisma.obstacle.delete({ where: { id: rows.obstacle.id } })],
    ]
    for (const [table, attempt] of refusals) {
      expect(await refusal(attempt()), table).toMatch(new RegExp(`${table} is append-only`))
    }
    // Nor in a transaction of the app's own, nor rewritten in place.
    expect(
      await refusal(
        prisma.$transaction(async (tx) => {
          await tx.statusChange.deleteMany()
        }),
      ),
    ).toMatch(/StatusChange is append-only/)
    expect(
      await refusal(prisma.statusChange.update({ where: { id: rows.change.id }, data: { toStatus: 'cancelled' } })),
    ).toMatch(/StatusChange is append-only/)
    expect(
      await refusal(
        prisma.statusChange.upsert({
          where: { id: rows.change.id },
          create: { projectId: lone.id, toStatus: 'cancelled', effectiveDate: day('2025-03-01') },
          update: { toStatus: 'cancelled' },
        }),
      ),
    ).toMatch(/StatusChange is append-only/)
    expect(await refusal(prisma.statisticEntry.updateMany({ data: { value: 99 } }))).toMatch(
      /StatisticEntry is append-only/,
    )
    expect(
      await refusal(
        prisma.obstacleMeasure.update({ where: { id: rows.measure.id }, data: { description: 'Sửa lại' } }),
      ),
    ).toMatch(/ObstacleMeasure is append-only/)

    expect(await counts()).toEqual(before)
    expect(await prisma.project.count({ where: { id: lone.id } })).toBe(1)
    expect(await prisma.obstacle.count({ where: { id: rows.obstacle.id } })).toBe(1)
  })
})

describe('the seeder’s wipe', () => {
  test('empties the history tables inside its transaction; the marker is never seen outside it, and is gone after', async () => {
    await history()
    await history()
    const { other, count } = otherConnection()
    try {
      const cleared = await prisma.$transaction(async (tx) => {
        await withHistoryWipe(tx, async () => {
          const inside = await tx.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT COUNT(*) AS n FROM "HistoryWipe"')
          expect(Number(inside[0]?.n)).toBe(1)
          expect(count('HistoryWipe')).toBe(0)
        })
        const cleared = await clearDatabase(tx)
        expect(await tx.statusChange.count()).toBe(0)
        const after = await tx.$queryRawUnsafe<{ n: number | bigint }[]>('SELECT COUNT(*) AS n FROM "HistoryWipe"')
        expect(Number(after[0]?.n)).toBe(0)
        // Not committed yet: another connection still sees every row, and never the marker.
        for (const table of HISTORY_TABLES) expect(count(table), table).toBe(2)
        expect(count('HistoryWipe')).toBe(0)
        return cleared
      })
      expect(cleared).toEqual(expect.arrayContaining([...HISTORY_TABLES]))
      expect(cleared).not.toContain('HistoryWipe')
      for (const table of HISTORY_TABLES) expect(count(table), table).toBe(0)
      expect(count('HistoryWipe')).toBe(0)
    } finally {
      other.close()
    }
    expect(await counts()).toEqual({ statusChanges: 0, statisticEntries: 0, measures: 0, markers: 0 })

    // After the wipe, the history is append-only again.
    await seedReferenceData(prisma)
    const rows = await history()
    expect(await refusal(prisma.statusChange.delete({ where: { id: rows.change.id } }))).toMatch(
      /StatusChange is append-only/,
    )
  })

  test('a wipe that fails half-way is rolled back whole: every row stays, and no marker', async () => {
    await history()
    const before = await counts()
    await expect(
      prisma.$transaction(async (tx) => {
        await clearDatabase(tx)
        throw new Error('stopped half-way')
      }),
    ).rejects.toThrow('stopped half-way')
    expect(await counts()).toEqual(before)
    expect(await prisma.department.count()).toBeGreaterThan(0)
  })

  test('the marker is removed when the wipe’s work fails and its transaction carries on', async () => {
    const rows = await history()
    await prisma.$transaction(async (tx) => {
      await expect(
        withHistoryWipe(tx, async () => {
          throw new Error('work failed')
        }),
      ).rejects.toThrow('work failed')
      expect(await refusal(tx.statusChange.delete({ where: { id: rows.change.id } }))).toMatch(
        /StatusChange is append-only/,
      )
    })
    expect(await counts()).toMatchObject({ statusChanges: 1, markers: 0 })
  })

  test('runs only inside a transaction: the shared client and a raw connection outside one are refused', async () => {
    await history()
    await expect(withHistoryWipe(prisma, () => prisma.statusChange.deleteMany())).rejects.toThrow(/transaction/)
    const raw = new Database(file, { fileMustExist: true })
    try {
      raw.pragma('busy_timeout = 5000')
      expect(() => withHistoryWipeRaw(raw, () => raw.prepare('DELETE FROM "StatusChange"').run())).toThrow(
        /transaction/,
      )
    } finally {
      raw.close()
    }
    expect(await counts()).toMatchObject({ statusChanges: 1, markers: 0 })
  })

  test('the raw wipe (the scale seeder’s) empties them in its transaction and leaves no marker', async () => {
    await history()
    const raw = new Database(file, { fileMustExist: true })
    try {
      raw.pragma('busy_timeout = 5000')
      raw.pragma('foreign_keys = ON')
      const cleared = raw.transaction(() => clearDatabaseRaw(raw))()
      expect(cleared).toEqual(expect.arrayContaining([...HISTORY_TABLES]))
    } finally {
      raw.close()
    }
    expect(await counts()).toEqual({ statusChanges: 0, statisticEntries: 0, measures: 0, markers: 0 })
  })

  test('the marker table holds one row at most', () => {
    const raw = new Database(file, { fileMustExist: true })
    try {
      raw.pragma('busy_timeout = 5000')
      raw.exec('BEGIN')
      try {
        expect(() => raw.prepare('INSERT INTO "HistoryWipe" ("id") VALUES (2)').run()).toThrow(/CHECK constraint/)
        raw.prepare('INSERT INTO "HistoryWipe" ("id") VALUES (1)').run()
        expect(() => raw.prepare('INSERT INTO "HistoryWipe" ("id") VALUES (1)').run()).toThrow(/UNIQUE constraint/)
      } finally {
        raw.exec('ROLLBACK')
      }
    } finally {
      raw.close()
    }
  })
})
