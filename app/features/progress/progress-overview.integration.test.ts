/**
 * The progress overview's cache (docs/decisions/010) and the denormalised day staleness
 * counts from: a cached overview is reused only while the database is unchanged, and every
 * kind of write (committed here, rolled back here, committed by another connection) makes
 * the next call compute again; Project.lastStatusChangeAt follows the status history.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { getProgressOverview } from '~/features/progress/progress-overview.server'
import { createPrismaClient, prisma } from '~/utils/db.server'
import { parsePeriodKey } from '~/utils/period'
import { forgetCachedReads } from '~/utils/unchanged-cache.server'
import { withHistoryWipe } from '../../../prisma/seed/clear'
import { getReferenceIds } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const today = day('2025-08-15')
const period = parsePeriodKey('2025-Q3')!

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let projects = 0

/** An operating project (no milestone or staleness rule applies) with an obstacle past its deadline: at risk. */
async function lateProject(db: typeof prisma = prisma) {
  projects += 1
  const project = await db.project.create({
    data: {
      code: `OV-${projects}`,
      name: `Dự án ${projects}`,
      nameSort: `du an ${projects}`,
      searchText: `ov-${projects}`,
      kind: 'industrial_park',
      sector: 'construction',
      investmentType: 'domestic',
      status: 'operating',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
    },
  })
  await db.obstacle.create({
    data: {
      code: `VM-OV-${projects}`,
      projectId: project.id,
      category: 'land',
      title: `Vướng mắc ${projects}`,
      raisedOn: day('2025-06-01'),
      raisedByKind: 'department',
      raisedByName: 'Sở Công Thương',
      deadline: day('2025-08-01'),
      priority: 'high',
      status: 'open',
      searchText: `vm-ov-${projects}`,
    },
  })
  return project
}

beforeEach(async () => {
  ref = await getReferenceIds()
  forgetCachedReads('progress-overview')
})

describe('the progress overview cache', () => {
  test('reuses the result while nothing is written, and computes again after a write', async () => {
    await lateProject()
    const first = await getProgressOverview(period, today)
    expect(first.atRisk.total).toBe(1)
    expect(await getProgressOverview(period, today)).toBe(first)

    await lateProject()
    const second = await getProgressOverview(period, today)
    expect(second).not.toBe(first)
    expect(second.atRisk.total).toBe(2)
  })

  test('keys on the day', async () => {
    await lateProject()
    const first = await getProgressOverview(period, today)
    const dayBefore = await getProgressOverview(period, day('2025-08-01'))
    expect(dayBefore).not.toBe(first)
    expect(dayBefore.atRisk.total).toBe(0)
  })

  test('never serves what a rolled-back transaction wrote', async () => {
    await lateProject()
    expect((await getProgressOverview(period, today)).atRisk.total).toBe(1)
    let finish!: () => void
    const gate = new Promise<void>((resolve) => (finish = resolve))
    let wrote!: () => void
    const written = new Promise<void>((resolve) => (wrote = resolve))
    const transaction = prisma.$transaction(async (tx) => {
      await lateProject(tx as typeof prisma)
      wrote()
      await gate
      throw new Error('roll back')
    })
    await written
    // Read while it is open: the read waits for it (decision 015) and sees committed rows only.
    const during = getProgressOverview(period, today)
    await new Promise((resolve) => setTimeout(resolve, 20))
    finish()
    await expect(transaction).rejects.toThrow('roll back')
    expect((await during).atRisk.total).toBe(1)
    expect((await getProgressOverview(period, today)).atRisk.total).toBe(1)
  })

  test('sees what another connection commits', async () => {
    await lateProject()
    expect((await getProgressOverview(period, today)).atRisk.total).toBe(1)
    const other = createPrismaClient()
    try {
      await lateProject(other)
    } finally {
      await other.$disconnect()
    }
    expect((await getProgressOverview(period, today)).atRisk.total).toBe(2)
  })
})

describe('Project.lastStatusChangeAt', () => {
  test('is the latest effective date of the status history, else the creation day', async () => {
    const project = await lateProject()
    const lastChange = async () =>
      (await prisma.project.findUniqueOrThrow({ where: { id: project.id }, select: { lastStatusChangeAt: true } }))
        .lastStatusChangeAt
    expect(await lastChange()).toEqual(project.createdAt)

    const change = (effectiveDate: Date) =>
      prisma.statusChange.create({ data: { projectId: project.id, toStatus: 'operating', effectiveDate } })
    const later = await change(day('2025-03-01'))
    expect(await lastChange()).toEqual(day('2025-03-01'))
    // Backdated: the latest effective date still counts.
    const earlier = await change(day('2024-01-01'))
    expect(await lastChange()).toEqual(day('2025-03-01'))

    // The history is append-only (docs/decisions/014): a change is never rewritten, and rows
    // go only in a wipe (the seeder's, the tests' set-up), which the date follows too.
    await expect(
      prisma.statusChange.update({ where: { id: earlier.id }, data: { effectiveDate: day('2025-05-01') } }),
    ).rejects.toMatchObject({
      meta: { driverAdapterError: { cause: { originalMessage: 'StatusChange is append-only' } } },
    })
    expect(await lastChange()).toEqual(day('2025-03-01'))
    const wipe = (id: string) =>
      prisma.$transaction((tx) => withHistoryWipe(tx, () => tx.statusChange.delete({ where: { id } })))
    await wipe(later.id)
    expect(await lastChange()).toEqual(day('2024-01-01'))
    await wipe(earlier.id)
    expect(await lastChange()).toEqual(project.createdAt)

    // Written by hand, it is put right at once.
    await prisma.project.update({ where: { id: project.id }, data: { lastStatusChangeAt: day('2000-01-01') } })
    expect(await lastChange()).toEqual(project.createdAt)
  })
})

describe('Project.nextMilestoneDue and nextObstacleDeadline', () => {
  test('follow the milestones not reached and the unresolved obstacles', async () => {
    const project = await lateProject()
    const due = async () =>
      prisma.project.findUniqueOrThrow({
        where: { id: project.id },
        select: { nextMilestoneDue: true, nextObstacleDeadline: true },
      })
    expect(await due()).toEqual({ nextMilestoneDue: null, nextObstacleDeadline: day('2025-08-01') })

    const milestone = (kind: string, plannedDate: Date) =>
      prisma.milestone.create({ data: { projectId: project.id, kind, plannedDate } })
    await milestone('irc', day('2025-02-01'))
    const start = await milestone('construction_start', day('2025-04-01'))
    expect((await due()).nextMilestoneDue).toEqual(day('2025-02-01'))
    // The IRC is reached with the project's IRC date, the others with their actual date.
    await prisma.project.update({ where: { id: project.id }, data: { ircDate: day('2025-02-10') } })
    expect((await due()).nextMilestoneDue).toEqual(day('2025-04-01'))
    await prisma.milestone.update({ where: { id: start.id }, data: { actualDate: day('2025-04-05') } })
    expect((await due()).nextMilestoneDue).toBeNull()
    await prisma.milestone.delete({ where: { id: start.id } })
    await prisma.project.update({ where: { id: project.id }, data: { ircDate: null } })
    expect((await due()).nextMilestoneDue).toEqual(day('2025-02-01'))

    const [obstacle] = await prisma.obstacle.findMany({ where: { projectId: project.id } })
    await prisma.obstacle.update({ where: { id: obstacle!.id }, data: { status: 'resolved' } })
    expect((await due()).nextObstacleDeadline).toBeNull()
    await prisma.obstacle.update({
      where: { id: obstacle!.id },
      data: { status: 'escalated', deadline: day('2025-09-01') },
    })
    expect((await due()).nextObstacleDeadline).toEqual(day('2025-09-01'))
  })
})
