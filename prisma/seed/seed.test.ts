/**
 * The seeder against a real, freshly migrated SQLite file: the demo projects of the
 * articles are there and consistent, and rows the scale mode writes with raw SQL read back
 * through Prisma exactly like rows Prisma wrote itself.
 */
import { execSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UNRESOLVED_STATUSES, obstacleCode } from '../../app/features/obstacles/obstacle-rules'
import { MILESTONE_KINDS, PROJECT_STATUSES } from '../../app/features/projects/project-vocabulary'
import { createPrismaClient, type Db } from '../../app/utils/db.server'
import { toSearchKey } from '../../app/utils/search-key'
import { KEPT_TABLES, LIST_TABLES_SQL, deleteOrder } from './clear'
import { DEMO_OBSTACLES } from './demo-obstacles'
import { DEMO_PROJECTS } from './demo-projects'
import { runDemoSeed, runScaleSeed } from './run'
import { SCALE_AS_OF } from './scale-projects'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

let dir: string
let template: string
const clients: Db[] = []

/** A copy of the migrated template: migrating once is the slow part. */
function freshDatabaseUrl(name: string): string {
  const path = join(dir, `${name}.db`)
  copyFileSync(template, path)
  return `file:${path}`
}

function client(url: string): Db {
  const db = createPrismaClient(url)
  clients.push(db)
  return db
}

type History = { fromStatus: string | null; toStatus: string; effectiveDate: Date }[]

function expectValidHistory(status: string, history: History): void {
  expect(history.length).toBeGreaterThan(0)
  expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'proposed' })
  for (let i = 1; i < history.length; i++) {
    expect(history[i]!.fromStatus).toBe(history[i - 1]!.toStatus)
    expect(history[i]!.effectiveDate.getTime()).toBeGreaterThan(history[i - 1]!.effectiveDate.getTime())
  }
  expect(history.at(-1)!.toStatus).toBe(status)
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiendo-seed-'))
  template = join(dir, 'template.db')
  execSync('npx prisma migrate deploy', {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: 'pipe',
  })
}, 60_000)

afterAll(async () => {
  await Promise.all(clients.map((db) => db.$disconnect()))
  rmSync(dir, { recursive: true, force: true })
})

describe('the wipe', () => {
  it('empties every table children first, so no delete trips a foreign key checked at once', () => {
    const raw = new Database(template, { readonly: true })
    const tables = (raw.prepare(LIST_TABLES_SQL).all() as { name: string }[]).map((row) => row.name)
    const keys = tables.flatMap((table) =>
      (
        raw.prepare('SELECT "table" AS parent, on_delete FROM pragma_foreign_key_list(?)').all(table) as {
          parent: string
          on_delete: string
        }[]
      ).map((key) => ({ child: table, ...key })),
    )
    raw.close()
    const order = deleteOrder(tables)
    expect([...order].sort()).toEqual([...tables].sort())
    const kept = new Set<string>(KEPT_TABLES)
    const checked = keys.filter(
      (key) =>
        ['RESTRICT', 'NO ACTION'].includes(key.on_delete) &&
        key.child !== key.parent &&
        !kept.has(key.child) &&
        !kept.has(key.parent),
    )
    expect(checked.map((key) => `${key.child} -> ${key.parent}`)).toEqual(
      expect.arrayContaining(['Obstacle -> Project', 'ObstacleDepartment -> Department', 'Project -> Department']),
    )
    for (const key of checked) {
      expect(order.indexOf(key.child), `${key.child} before ${key.parent}`).toBeLessThan(order.indexOf(key.parent))
    }
  })
})

describe('demo seed', () => {
  let db: Db

  beforeAll(async () => {
    const url = freshDatabaseUrl('demo')
    const result = await runDemoSeed(url)
    expect(result.counts.projects).toBe(DEMO_PROJECTS.length)
    db = client(url)
  })

  it('writes the projects the articles name, findable without diacritics', async () => {
    const haRang = await db.project.findFirst({ where: { searchText: { contains: 'ha rang' } } })
    expect(haRang?.name).toContain('Hà Ráng')
    expect(haRang?.registeredCapitalVnd).toBeTypeOf('bigint')

    for (const words of [
      'coc sau',
      'tan yen',
      'nam mau',
      'b.grimm',
      'greenlink',
      'ync',
      'khu cong nghiep song khoai',
      'khu cong nghiep hai ha',
      'nam tien phong',
      'bac tien phong',
    ]) {
      expect(await db.project.count({ where: { searchText: { contains: words } } }), words).toBeGreaterThan(0)
    }
    const bGrimm = await db.project.findFirst({
      where: { searchText: { contains: 'b.grimm' } },
      include: { investors: { include: { investor: true } } },
    })
    expect(bGrimm?.investmentType).toBe('fdi')
    expect(bGrimm?.investors[0]?.investor.country).toBe('TH')
    expect(await db.project.count({ where: { code: { startsWith: 'LC-' } } })).toBeGreaterThanOrEqual(6)
  })

  it('keeps pre-2025 place names searchable', async () => {
    expect(await db.project.count({ where: { searchText: { contains: 'thi xa quang yen' } } })).toBeGreaterThanOrEqual(
      3,
    )
    expect(await db.project.count({ where: { searchText: { contains: 'huyen hai ha' } } })).toBeGreaterThanOrEqual(1)
    expect(await db.project.count({ where: { searchText: { contains: 'thanh pho yen bai' } } })).toBeGreaterThanOrEqual(
      1,
    )
  })

  it('gives every project a history that walks the lifecycle and ends on its status', async () => {
    const projects = await db.project.findMany({
      include: {
        statusChanges: { orderBy: { effectiveDate: 'asc' } },
        milestones: true,
        investors: true,
      },
    })
    for (const project of projects) {
      expectValidHistory(project.status, project.statusChanges)
      expect(project.nameSort).toBe(toSearchKey(project.name))
      expect(project.milestones.map((m) => m.kind).sort()).toEqual([...MILESTONE_KINDS].sort())
      for (const milestone of project.milestones) {
        if (milestone.kind === 'policy_approval' || milestone.kind === 'irc') expect(milestone.actualDate).toBeNull()
      }
      const shares = project.investors.reduce((sum, i) => sum + (i.capitalShareBasisPoints ?? 0), 0)
      expect(shares).toBeLessThanOrEqual(10_000)
      expect(project.description).toContain('Số liệu minh hoạ')
    }
    const statuses = new Set(projects.map((p) => p.status))
    for (const status of PROJECT_STATUSES.filter((s) => s !== 'cancelled')) expect(statuses).toContain(status)
  })

  it('includes late milestones', async () => {
    const today = new Date()
    const overdue = await db.milestone.count({
      where: {
        plannedDate: { lt: today },
        actualDate: null,
        kind: { in: ['land_handover', 'construction_start', 'commissioning'] },
      },
    })
    const milestones = await db.milestone.findMany({ where: { actualDate: { not: null } } })
    const finishedLate = milestones.filter((m) => m.plannedDate && m.actualDate! > m.plannedDate)
    expect(overdue).toBeGreaterThan(0)
    expect(finishedLate.length).toBeGreaterThan(0)
  })

  it('writes the obstacles of the articles and the dialogue meeting they were raised at', async () => {
    expect(await db.obstacle.count()).toBe(DEMO_OBSTACLES.length)
    expect(await db.dialogueMeeting.count()).toBe(1)
    const songKhoai = await db.obstacle.findFirst({ where: { project: { code: 'QN-2025-008' } } })
    expect(songKhoai?.category).toBe('land')
    expect(songKhoai?.searchText).toContain('kcn song khoai')
  })

  it('can be run again on a seeded database', async () => {
    const url = freshDatabaseUrl('demo-twice')
    await runDemoSeed(url)
    const again = await runDemoSeed(url)
    expect(again.counts.projects).toBe(DEMO_PROJECTS.length)
    expect(await client(url).project.count()).toBe(DEMO_PROJECTS.length)
  })
})

describe('scale seed', () => {
  const n = 500
  let url: string
  let db: Db

  beforeAll(() => {
    url = freshDatabaseUrl('scale')
    const result = runScaleSeed(url, n, { seed: 42 })
    expect(result.counts.projects).toBe(n)
    db = client(url)
  })

  it('writes exactly n projects that Prisma reads back with BigInt and Date intact', async () => {
    expect(await db.project.count()).toBe(n)
    const raw = new Database(url.replace(/^file:/, ''), { readonly: true })
    raw.defaultSafeIntegers(true)
    const rawRows = raw.prepare('SELECT code, registeredCapitalVnd, createdAt, ircDate FROM Project').all() as {
      code: string
      registeredCapitalVnd: bigint | null
      createdAt: string
      ircDate: string | null
    }[]
    raw.close()
    const rawByCode = new Map(rawRows.map((row) => [row.code, row]))

    const projects = await db.project.findMany({
      include: { statusChanges: { orderBy: { effectiveDate: 'asc' } }, milestones: true, investors: true, unit: true },
    })
    expect(projects).toHaveLength(n)
    for (const project of projects) {
      const row = rawByCode.get(project.code)!
      expect(project.registeredCapitalVnd).toBeTypeOf('bigint')
      expect(project.registeredCapitalVnd).toBe(row.registeredCapitalVnd)
      expect(project.createdAt).toBeInstanceOf(Date)
      expect(project.createdAt.getTime()).toBe(Date.parse(row.createdAt))
      expect(project.ircDate?.getTime() ?? null).toBe(row.ircDate === null ? null : Date.parse(row.ircDate))
      expect(project.milestones).toHaveLength(5)
      expect(project.statusChanges.length).toBeGreaterThanOrEqual(1)
      expect(project.statusChanges.length).toBeLessThanOrEqual(6)
      expect(project.investors.length).toBeGreaterThanOrEqual(1)
      expect(project.investors.length).toBeLessThanOrEqual(3)
      expectValidHistory(project.status, project.statusChanges)
    }
  })

  it('stores values so that Prisma filters and sorts raw rows correctly', async () => {
    // A date stored in another text format ("…Z" instead of "…+00:00") still parses on
    // read, and even compares right when the days differ, but fails equality and the
    // boundary of lte/gte: so compare against dates that are actually stored.
    const all = await db.milestone.findMany({ select: { plannedDate: true } })
    const stored = all.map((m) => m.plannedDate).filter((d): d is Date => d !== null)
    for (const boundary of [stored[0]!, stored[Math.floor(stored.length / 2)]!]) {
      const same = stored.filter((d) => d.getTime() === boundary.getTime()).length
      expect(same).toBeGreaterThan(0)
      expect(await db.milestone.count({ where: { plannedDate: boundary } })).toBe(same)
      expect(await db.milestone.count({ where: { plannedDate: { lte: boundary } } })).toBe(
        stored.filter((d) => d <= boundary).length,
      )
      expect(await db.milestone.count({ where: { plannedDate: { gt: boundary } } })).toBe(
        stored.filter((d) => d > boundary).length,
      )
    }

    const byCapital = await db.project.findMany({
      where: { registeredCapitalVnd: { not: null } },
      orderBy: { registeredCapitalVnd: 'desc' },
      select: { registeredCapitalVnd: true },
    })
    const sorted = [...byCapital].sort((a, b) => (a.registeredCapitalVnd! < b.registeredCapitalVnd! ? 1 : -1))
    expect(byCapital).toEqual(sorted)
    expect(await db.project.count({ where: { registeredCapitalVnd: { gte: 1_000_000_000_000n } } })).toBe(
      byCapital.filter((p) => p.registeredCapitalVnd! >= 1_000_000_000_000n).length,
    )
  })

  it('adds obstacles in realistic proportions, readable and filterable through Prisma', async () => {
    const obstacles = await db.obstacle.findMany({
      include: { departments: true, measures: true, meeting: { include: { projects: true } } },
      orderBy: { code: 'asc' },
    })
    expect(obstacles.length / n).toBeGreaterThan(0.2)
    expect(obstacles.length / n).toBeLessThan(0.45)
    expect(obstacles.map((obstacle) => obstacle.code)).toEqual(obstacles.map((_, i) => obstacleCode(i + 1)))
    for (const obstacle of obstacles) {
      expect(obstacle.departments.length).toBeGreaterThanOrEqual(1)
      expect(obstacle.measures.length).toBeLessThanOrEqual(3)
      if (obstacle.status !== 'open') expect(obstacle.measures.length).toBeGreaterThanOrEqual(1)
      expect(obstacle.deadline.getTime()).toBeGreaterThan(obstacle.raisedOn.getTime())
      expect(obstacle.raisedOn.getTime()).toBeLessThanOrEqual(SCALE_AS_OF.getTime())
      const end = obstacle.finishedOn ?? SCALE_AS_OF
      for (const measure of obstacle.measures) {
        expect(measure.date.getTime()).toBeGreaterThanOrEqual(obstacle.raisedOn.getTime())
        expect(measure.date.getTime()).toBeLessThanOrEqual(end.getTime())
      }
      expect(obstacle.resolutionNote !== null).toBe(obstacle.status === 'resolved')
      expect(obstacle.finishedOn !== null).toBe(obstacle.status === 'resolved' || obstacle.status === 'closed')
      if (obstacle.meeting) {
        expect(obstacle.raisedOn).toEqual(obstacle.meeting.date)
        expect(obstacle.meeting.projects.map((row) => row.projectId)).toContain(obstacle.projectId)
      }
    }
    expect(await db.dialogueMeeting.count()).toBeGreaterThanOrEqual(1)
    expect(obstacles.some((obstacle) => obstacle.meetingId)).toBe(true)
    expect(new Set(obstacles.map((obstacle) => obstacle.status)).size).toBe(5)

    // Raw dates compare in SQL as Prisma's own do: the overdue filter agrees with the rows.
    const unresolved = new Set<string>(UNRESOLVED_STATUSES)
    const overdue = obstacles.filter((obstacle) => unresolved.has(obstacle.status) && obstacle.deadline < SCALE_AS_OF)
    expect(overdue.length).toBeGreaterThan(0)
    expect(
      await db.obstacle.count({ where: { status: { in: [...UNRESOLVED_STATUSES] }, deadline: { lt: SCALE_AS_OF } } }),
    ).toBe(overdue.length)
  })

  it('is deterministic for a given seed', async () => {
    const before = await db.project.findMany({
      select: { code: true, name: true, status: true },
      orderBy: { code: 'asc' },
    })
    await db.$disconnect()
    runScaleSeed(url, n, { seed: 42 })
    const after = await client(url).project.findMany({
      select: { code: true, name: true, status: true },
      orderBy: { code: 'asc' },
    })
    expect(after).toEqual(before)
  })
})
