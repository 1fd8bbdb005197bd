/**
 * The demo's obstacles, seeded as of several days: whatever day the demo starts on, the
 * register shows every status, obstacles past their deadline (which the progress
 * overview's "projects needing attention" lists), dated measures and a dialogue meeting
 * with the obstacles raised there — judged by the app's own rules and queries.
 */
import { describe, expect, it } from 'vitest'
import { parseObstacleListQuery } from '~/features/obstacles/obstacle-list-query'
import {
  OBSTACLE_STATUSES,
  buildObstacleSearchText,
  isOverdue,
  obstacleCode,
} from '~/features/obstacles/obstacle-rules'
import { createObstacle, listObstacles } from '~/features/obstacles/obstacle.server'
import { listProjectsAtRisk } from '~/features/progress/at-risk.server'
import { type Actor } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { clearDatabase } from './clear'
import { seedDemoGoals } from './demo-goals'
import { DEMO_MEETING, DEMO_OBSTACLES, assertConsistentObstacle, seedDemoObstacles } from './demo-obstacles'
import { seedDemoProjects } from './demo-projects'
import { hashDemoPasswords, seedDemoUsers } from './demo-users'
import { seedReferenceData } from './reference-data'
import { addDays, day } from './sqlite-values'

async function seedAsOf(today: Date) {
  const passwordHashes = await hashDemoPasswords()
  return prisma.$transaction(
    async (tx) => {
      await clearDatabase(tx)
      await seedReferenceData(tx)
      await seedDemoProjects(tx)
      await seedDemoUsers(tx, passwordHashes)
      await seedDemoGoals(tx, { today })
      return seedDemoObstacles(tx, { today })
    },
    { timeout: 60_000 },
  )
}

const actor: Actor = { userId: null, userName: 'Kiểm thử', ip: '127.0.0.1' }

describe('demo obstacles', () => {
  it('are consistent as written', () => {
    for (const obstacle of DEMO_OBSTACLES) expect(() => assertConsistentObstacle(obstacle)).not.toThrow()
  })

  it.each([
    ['today', provinceToday()],
    ['the first day of a year', day('2027-01-01')],
    ['the middle of a quarter', day('2028-08-15')],
  ])('show every status, overdue ones and the meeting as of %s', async (_label, today) => {
    const counts = await seedAsOf(today)
    expect(counts).toEqual({
      obstacles: DEMO_OBSTACLES.length,
      obstacleMeasures: DEMO_OBSTACLES.reduce((sum, obstacle) => sum + obstacle.measures.length, 0),
      dialogueMeetings: 1,
    })
    const obstacles = await prisma.obstacle.findMany({
      orderBy: { code: 'asc' },
      include: {
        project: { select: { code: true } },
        departments: { select: { departmentId: true } },
        measures: { select: { date: true, departmentId: true, enteredByName: true } },
      },
    })

    // Every state on first start, and codes in the order the obstacles were raised.
    expect(new Set(obstacles.map((obstacle) => obstacle.status))).toEqual(new Set(OBSTACLE_STATUSES))
    expect(obstacles.map((obstacle) => obstacle.code)).toEqual(obstacles.map((_, i) => obstacleCode(i + 1)))
    const raised = obstacles.map((obstacle) => obstacle.raisedOn.getTime())
    expect(raised).toEqual([...raised].sort((a, b) => a - b))

    const overdue = obstacles.filter((obstacle) => isOverdue(obstacle, today))
    expect(overdue.map((obstacle) => obstacle.project.code).sort()).toEqual([
      'QN-2025-004',
      'QN-2025-008',
      'QN-2025-012',
    ])
    expect(overdue.some((obstacle) => obstacle.status === 'open')).toBe(true)

    for (const obstacle of obstacles) {
      expect(obstacle.description).toContain('Số liệu minh hoạ')
      expect(obstacle.searchText).toBe(buildObstacleSearchText(obstacle, obstacle.code))
      expect(obstacle.raisedOn.getTime()).toBeLessThanOrEqual(today.getTime())
      expect(obstacle.deadline.getTime()).toBeGreaterThanOrEqual(obstacle.raisedOn.getTime())
      expect(obstacle.departments.length).toBeGreaterThan(0)
      const responsible = obstacle.departments.map((department) => department.departmentId)
      const end = obstacle.finishedOn ?? today
      for (const measure of obstacle.measures) {
        expect(measure.date.getTime()).toBeGreaterThanOrEqual(obstacle.raisedOn.getTime())
        expect(measure.date.getTime()).toBeLessThanOrEqual(end.getTime())
        expect(responsible).toContain(measure.departmentId)
      }
      if (obstacle.status === 'in_progress' || obstacle.status === 'escalated') {
        expect(obstacle.measures.length, obstacle.code).toBeGreaterThan(0)
      }
      // What changeObstacleStatus leaves behind.
      expect(obstacle.resolutionNote !== null).toBe(obstacle.status === 'resolved')
      expect(obstacle.closedReason !== null).toBe(obstacle.status === 'closed')
      expect(obstacle.finishedOn !== null).toBe(obstacle.status === 'resolved' || obstacle.status === 'closed')
    }
    // The editors of SCT and BQLKKT entered their departments' measures.
    expect(obstacles.flatMap((obstacle) => obstacle.measures).some((measure) => measure.enteredByName)).toBe(true)

    const meeting = await prisma.dialogueMeeting.findFirstOrThrow({
      include: { projects: { select: { project: { select: { code: true } } } }, obstacles: true },
    })
    expect(meeting.date).toEqual(addDays(today, -DEMO_MEETING.daysAgo))
    expect(meeting.chair).toContain('Sở Công Thương')
    expect(meeting.obstacles.length).toBeGreaterThanOrEqual(2)
    const present = meeting.projects.map((row) => row.project.code)
    for (const obstacle of meeting.obstacles) {
      expect(obstacle).toMatchObject({ raisedOn: meeting.date, raisedByKind: 'meeting', raisedByName: meeting.chair })
      expect(present).toContain(obstacles.find((o) => o.id === obstacle.id)?.project.code)
    }

    // The progress overview lists the projects held back, with the count behind the link.
    const atRisk = await listProjectsAtRisk(today, 100)
    const flagged = atRisk.projects.filter((project) => project.obstacles)
    expect(flagged.map((project) => [project.code, project.obstacles?.count]).sort()).toEqual([
      ['QN-2025-004', 1],
      ['QN-2025-008', 1],
      ['QN-2025-012', 1],
    ])
    const list = await listObstacles(parseObstacleListQuery(new URLSearchParams('overdue=1')), today)
    expect(list.total).toBe(3)
  })

  it('are found without diacritics and continue their numbering in the app', async () => {
    const today = provinceToday()
    await seedAsOf(today)
    const search = (q: string) => listObstacles(parseObstacleListQuery(new URLSearchParams({ q })), today)
    expect((await search('song khoai')).rows.map((row) => row.project.code)).toContain('QN-2025-008')
    expect((await search('nam mau')).rows.map((row) => row.project.code)).toEqual(['QN-2025-004'])
    expect((await search('hai ha')).rows.map((row) => row.project.code)).toEqual(['QN-2025-009'])

    const project = await prisma.project.findUniqueOrThrow({ where: { code: 'LC-2025-003' } })
    const department = await prisma.department.findUniqueOrThrow({ where: { code: 'SCT' } })
    const created = await createObstacle(
      {
        projectId: project.id,
        category: 'human_resources',
        title: 'Thiếu công nhân vận hành máy xeo giấy',
        departmentIds: [department.id],
        deadline: addDays(today, 30),
        priority: 'medium',
        raisedOn: today,
        raisedByKind: 'enterprise',
        raisedByName: 'Công ty CP Giấy và Bao bì Thác Bà',
      },
      actor,
    )
    expect(created.code).toBe(obstacleCode(DEMO_OBSTACLES.length + 1))
  })
})
