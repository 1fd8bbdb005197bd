/**
 * Run by bench/run.ts as a child process with DATABASE_URL set to one bench database
 * (the app's database client reads it when its module loads). Idempotent, so it runs on
 * every benchmark, reused databases included. It adds what the scale seeder does not make:
 *
 * - the viewer account the benchmark signs in with (bench/lib/viewer.ts);
 * - a province's usual set of goals for the current quarter and year, so that the progress
 *   overview computes goal progress as well as its charts and the at-risk panel;
 *
 * and prints, as one JSON line, the project with the longest history (status changes and
 * audit entries), which the load test opens as "a project page with a long history", and
 * how many projects the load test's project-list search finds (it must reach page 3).
 */
import { createGoal } from '../app/features/goals/goal-editor-data.server'
import { type GoalInput } from '../app/features/goals/goal-schema'
import { parseProjectListQuery } from '../app/features/projects/project-list-query'
import { listProjects } from '../app/features/projects/project-list.server'
import { createUser, getDepartmentIdByCode } from '../app/features/users/user.server'
import { ensureDb, prisma } from '../app/utils/db.server'
import { provinceToday } from '../app/utils/format'
import { periodKey, quarterOf } from '../app/utils/period'
import { PROJECT_LIST_SEARCH } from './lib/pages'
import { BENCH_VIEWER } from './lib/viewer'

const ACTOR = { userId: null, userName: 'npm run bench', ip: 'bench' }
const SOURCE = 'Tiendo benchmark (bench/prepare-db.ts)'

type BenchGoal = Pick<GoalInput, 'title' | 'metric' | 'target' | 'scopeType' | 'scopeValue'> & { year?: true }

const GOALS: readonly BenchGoal[] = [
  {
    title: 'Thu hút FDI trong quý',
    metric: 'fdi_attracted_usd',
    target: 300e6,
    scopeType: 'province',
    scopeValue: null,
  },
  {
    title: 'Vốn đăng ký mới trong quý',
    metric: 'registered_capital_vnd',
    target: 20_000e9,
    scopeType: 'province',
    scopeValue: null,
  },
  {
    title: 'Chấp thuận chủ trương đầu tư',
    metric: 'policy_approvals',
    target: 20,
    scopeType: 'province',
    scopeValue: null,
  },
  { title: 'Cấp giấy chứng nhận đầu tư', metric: 'ircs_issued', target: 15, scopeType: 'province', scopeValue: null },
  {
    title: 'Nhà máy được cấp giấy chứng nhận',
    metric: 'ircs_issued',
    target: 8,
    scopeType: 'kind',
    scopeValue: 'factory',
  },
  {
    title: 'Khởi công dự án chế biến, chế tạo',
    metric: 'construction_starts',
    target: 10,
    scopeType: 'sector',
    scopeValue: 'manufacturing',
  },
  {
    title: 'Giải ngân vốn đầu tư',
    metric: 'capital_disbursed_vnd',
    target: 8_000e9,
    scopeType: 'province',
    scopeValue: null,
  },
  {
    title: 'Bàn giao mặt bằng khu công nghiệp',
    metric: 'clearance_handed_over_ha',
    target: 200,
    scopeType: 'kind',
    scopeValue: 'industrial_park',
  },
  {
    title: 'Thu hút FDI cả năm',
    metric: 'fdi_attracted_usd',
    target: 1_200e6,
    scopeType: 'province',
    scopeValue: null,
    year: true,
  },
  {
    title: 'Khởi công dự án cả năm',
    metric: 'construction_starts',
    target: 60,
    scopeType: 'province',
    scopeValue: null,
    year: true,
  },
]

async function ensureViewer(): Promise<boolean> {
  const existing = await prisma.user.findUnique({ where: { email: BENCH_VIEWER.email }, select: { id: true } })
  if (existing) return false
  const created = await createUser({ ...BENCH_VIEWER, role: 'viewer', departmentId: null }, ACTOR)
  if (!created.ok) throw new Error(`Could not create the bench viewer: ${created.field}: ${created.error}`)
  return true
}

async function ensureGoals(quarterKey: string, yearKey: string): Promise<number> {
  const departmentId = await getDepartmentIdByCode('SCT')
  if (!departmentId) throw new Error('The bench database has no SCT department: was it seeded?')
  let created = 0
  for (const goal of GOALS) {
    const key = goal.year ? yearKey : quarterKey
    const existing = await prisma.goal.findFirst({
      where: { title: goal.title, periodKey: key, deletedAt: null },
      select: { id: true },
    })
    if (existing) continue
    await createGoal(
      {
        title: goal.title,
        titleEn: null,
        periodKey: key,
        metric: goal.metric,
        indicatorId: null,
        target: goal.target,
        direction: 'at_least',
        scopeType: goal.scopeType,
        scopeValue: goal.scopeValue,
        departmentId,
        sourceTitle: SOURCE,
        sourceUrl: null,
        monthlyPhasing: null,
      },
      ACTOR,
    )
    created += 1
  }
  return created
}

async function longHistoryProject(): Promise<{ id: string; entries: number }> {
  const rows = await prisma.$queryRawUnsafe<{ id: string; entries: bigint | number }[]>(
    `SELECT p."id" AS id,
            (SELECT COUNT(*) FROM "StatusChange" s WHERE s."projectId" = p."id")
          + (SELECT COUNT(*) FROM "AuditLog" a WHERE a."entityType" = 'project' AND a."entityId" = p."id") AS entries
       FROM "Project" p
      WHERE p."deletedAt" IS NULL
      ORDER BY entries DESC, p."id"
      LIMIT 1`,
  )
  const row = rows[0]
  if (!row) throw new Error('The bench database has no projects')
  return { id: row.id, entries: Number(row.entries) }
}

await ensureDb()
try {
  const quarter = quarterOf(provinceToday())
  const viewerCreated = await ensureViewer()
  const goalsCreated = await ensureGoals(periodKey(quarter), String(quarter.year))
  const longHistory = await longHistoryProject()
  const list = await listProjects(parseProjectListQuery(new URLSearchParams(PROJECT_LIST_SEARCH)))
  const projectList = { total: list.total, rowsOnPage: list.rows.length }
  console.log(JSON.stringify({ viewerCreated, goalsCreated, period: periodKey(quarter), longHistory, projectList }))
} finally {
  await prisma.$disconnect()
}
