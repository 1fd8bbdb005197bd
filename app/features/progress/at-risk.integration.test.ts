/**
 * Obstacles past their deadline in the "projects needing attention" list: the boundary is
 * the province's calendar day, only unresolved obstacles count, and the count matches the
 * obstacles list behind the panel's link. (Milestones and stale projects: see
 * app/features/progress/progress.integration.test.ts.)
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { overdueObstaclesPath, parseObstacleListQuery } from '~/features/obstacles/obstacle-list-query'
import { type ObstacleStatus, obstacleCode } from '~/features/obstacles/obstacle-rules'
import { listObstacles } from '~/features/obstacles/obstacle.server'
import { listProjectsAtRisk } from '~/features/progress/at-risk.server'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { getReferenceIds } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let projects = 0
let obstacles = 0

/** A project that is otherwise fine: operating (no milestone or staleness rule applies). */
async function project(fields: { status?: string; deleted?: boolean } = {}) {
  projects += 1
  return prisma.project.create({
    data: {
      code: `R-${projects}`,
      name: `Dự án ${projects}`,
      nameSort: `du an ${projects}`,
      searchText: `r-${projects}`,
      kind: 'industrial_park',
      sector: 'construction',
      investmentType: 'domestic',
      status: fields.status ?? 'operating',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      deletedAt: fields.deleted ? new Date() : null,
    },
  })
}

async function obstacle(projectId: string, deadline: string, status: ObstacleStatus = 'open') {
  obstacles += 1
  const code = obstacleCode(obstacles)
  return prisma.obstacle.create({
    data: {
      code,
      projectId,
      category: 'land',
      title: `Vướng mắc ${obstacles}`,
      raisedOn: day('2025-06-01'),
      raisedByKind: 'department',
      raisedByName: 'Sở Công Thương',
      deadline: day(deadline),
      priority: 'high',
      status,
      resolutionNote: status === 'resolved' ? 'Đã bàn giao mặt bằng.' : null,
      finishedOn: status === 'resolved' ? day('2025-08-01') : null,
      searchText: code.toLowerCase(),
      departments: { create: { departmentId: ref.departmentId } },
    },
  })
}

beforeEach(async () => {
  ref = await getReferenceIds()
})

describe('obstacles past their deadline', () => {
  // 00:00 on 15 August in Hà Nội, still 14 August in UTC.
  const today = provinceToday(new Date('2025-08-14T17:00:00.000Z'))

  test('flag a project from the day after the deadline in the province, not on the deadline day', async () => {
    expect(today).toEqual(day('2025-08-15'))
    const late = await project()
    const lateObstacle = await obstacle(late.id, '2025-08-14')
    const dueToday = await project()
    await obstacle(dueToday.id, '2025-08-15')

    const { projects: flagged, total } = await listProjectsAtRisk(today)
    expect(total).toBe(1)
    expect(flagged.map((item) => [item.code, item.overdue, item.stale])).toEqual([[late.code, null, null]])
    expect(flagged[0]?.obstacles).toEqual({
      count: 1,
      oldestDeadline: day('2025-08-14'),
      days: 1,
      oldest: { id: lateObstacle.id, code: lateObstacle.code },
    })

    // A minute earlier it is still the 14th in the province: nothing is overdue yet.
    const before = await listProjectsAtRisk(provinceToday(new Date('2025-08-14T16:59:00.000Z')))
    expect(before.total).toBe(0)
  })

  test('count only unresolved obstacles, on projects not deleted, whatever the project’s status', async () => {
    const mixed = await project({ status: 'under_construction' })
    await obstacle(mixed.id, '2025-08-10', 'in_progress')
    const oldest = await obstacle(mixed.id, '2025-07-20', 'escalated')
    await obstacle(mixed.id, '2025-07-01', 'resolved')
    await obstacle(mixed.id, '2025-07-02', 'closed')
    await obstacle(mixed.id, '2025-09-01', 'open')
    const resolvedOnly = await project()
    await obstacle(resolvedOnly.id, '2025-07-01', 'resolved')
    const deleted = await project({ deleted: true })
    await obstacle(deleted.id, '2025-07-01')
    // Cancelled projects are not watched for milestones, but an open obstacle still needs closing.
    const cancelled = await project({ status: 'cancelled' })
    await obstacle(cancelled.id, '2025-08-12')

    const { projects: flagged } = await listProjectsAtRisk(today)
    expect(flagged.map((item) => [item.code, item.obstacles?.count, item.obstacles?.days])).toEqual([
      [mixed.code, 2, 26],
      [cancelled.code, 1, 3],
    ])
    expect(flagged[0]?.obstacles?.oldest.code).toBe(oldest.code)

    // The panel's link opens exactly these obstacles.
    const path = overdueObstaclesPath(mixed.id)
    const list = await listObstacles(parseObstacleListQuery(new URL(path, 'http://localhost').searchParams), today)
    expect(list.total).toBe(2)
    expect(list.rows.map((row) => row.status).sort()).toEqual(['escalated', 'in_progress'])
  })

  test('sort with the milestones and stale projects by the earliest due day', async () => {
    // A milestone due 1 August, an obstacle due 20 July, one 100 days without a status change (due 7 August).
    const milestone = await project({ status: 'irc_issued' })
    await prisma.milestone.create({
      data: { projectId: milestone.id, kind: 'construction_start', plannedDate: day('2025-08-01') },
    })
    await prisma.statusChange.create({
      data: { projectId: milestone.id, toStatus: 'irc_issued', effectiveDate: day('2025-08-01') },
    })
    const blocked = await project()
    await obstacle(blocked.id, '2025-07-20')
    const stale = await project({ status: 'site_clearance' })
    await prisma.statusChange.create({
      data: { projectId: stale.id, toStatus: 'site_clearance', effectiveDate: day('2025-05-09') },
    })
    // Both reasons on one project: it sorts by the earlier one (the obstacle, 10 July).
    const both = await project({ status: 'irc_issued' })
    await prisma.milestone.create({
      data: { projectId: both.id, kind: 'construction_start', plannedDate: day('2025-08-05') },
    })
    await prisma.statusChange.create({
      data: { projectId: both.id, toStatus: 'irc_issued', effectiveDate: day('2025-08-01') },
    })
    await obstacle(both.id, '2025-07-10')

    const { projects: flagged } = await listProjectsAtRisk(today)
    expect(flagged.map((item) => item.code)).toEqual([both.code, blocked.code, milestone.code, stale.code])
    expect(flagged[0]?.overdue?.kind).toBe('construction_start')
    expect(flagged[0]?.obstacles?.days).toBe(36)

    const limited = await listProjectsAtRisk(today, 2)
    expect(limited.projects.map((item) => item.code)).toEqual([both.code, blocked.code])
    expect(limited.more).toBe(2)
  })
})
