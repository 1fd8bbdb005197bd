import { sqlDate } from '~/models/goal-metrics.server'
import { UNRESOLVED_STATUSES } from '~/models/obstacle-rules'
import { MILESTONE_KINDS, type MilestoneKind, isOneOf } from '~/models/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * Projects that need a manager's attention, worst first, computed in one SQL statement:
 *
 * - a milestone whose planned date has passed without being reached (policy approval is
 *   reached with the decision date, or with the IRC when the project skipped it; the IRC
 *   with its date; the others with their actual date), on projects neither cancelled nor
 *   operating (an operating project has no step left to take);
 * - no status change for STALE_DAYS days or more, on projects neither operating nor cancelled;
 * - an unresolved obstacle (open, in progress or escalated) past its deadline, on any
 *   project not deleted: the same set the obstacles list shows with `project=…&overdue=1`,
 *   so the count in the panel is the count behind its link (an operating industrial park
 *   can still be waiting for land for its next phase).
 *
 * Each reason has a "due" day (the planned date; the last change + STALE_DAYS; the
 * deadline) and the list is sorted by the earliest due day. Days are calendar days (UTC
 * midnight); `today` is the province's day (provinceToday), so an obstacle due today is
 * not overdue and one due yesterday is.
 */
export const STALE_DAYS = 90
export const AT_RISK_LIMIT = 15

const DAY_MS = 86_400_000

export type AtRiskProject = {
  id: string
  code: string
  name: string
  status: string
  department: { code: string; nameVi: string; nameEn: string }
  /** the most overdue milestone, and how many of the project's milestones are overdue */
  overdue: { kind: MilestoneKind; plannedDate: Date; days: number; count: number } | null
  /** the day of the last status change, when it is STALE_DAYS or more ago */
  stale: { since: Date; days: number } | null
  /** unresolved obstacles past their deadline: how many, and the one waiting longest */
  obstacles: { count: number; oldestDeadline: Date; days: number; oldest: { id: string; code: string } } | null
}

type Row = {
  id: string
  code: string
  name: string
  status: string
  departmentCode: string
  departmentNameVi: string
  departmentNameEn: string
  overdueKind: string | null
  overdueSince: string | Date | null
  overdueCount: bigint | number | null
  staleSince: string | Date | null
  obstacleId: string | null
  obstacleCode: string | null
  obstacleSince: string | Date | null
  obstacleCount: bigint | number | null
  total: bigint | number
}

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS)
}

const KINDS_SQL = MILESTONE_KINDS.map((kind) => `'${kind}'`).join(', ')
const UNRESOLVED_SQL = UNRESOLVED_STATUSES.map((status) => `'${status}'`).join(', ')

export async function listProjectsAtRisk(today: Date, limit = AT_RISK_LIMIT) {
  await ensureDb()
  const staleBefore = new Date(today.getTime() - (STALE_DAYS - 1) * DAY_MS)
  const rows = await prisma.$queryRawUnsafe<Row[]>(
    `WITH overdue AS (
       -- SQLite returns the kind of the row holding MIN(plannedDate) for the bare column.
       SELECT m."projectId" AS projectId, m."kind" AS kind, MIN(m."plannedDate") AS since, COUNT(*) AS n
         FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
        WHERE m."kind" IN (${KINDS_SQL}) AND m."plannedDate" < ?
          AND p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'operating')
          AND CASE m."kind"
                WHEN 'policy_approval' THEN p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL
                WHEN 'irc' THEN p."ircDate" IS NULL
                ELSE m."actualDate" IS NULL
              END
        GROUP BY m."projectId"
     ),
     stale AS (
       SELECT p."id" AS projectId, COALESCE(MAX(s."effectiveDate"), p."createdAt") AS since
         FROM "Project" p LEFT JOIN "StatusChange" s ON s."projectId" = p."id"
        WHERE p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'operating')
        GROUP BY p."id"
       HAVING since < ?
     ),
     -- Not named "obstacle": SQLite names are case-insensitive, so it would shadow the table.
     late_obstacle AS (
       -- As above, id and code are those of the row holding MIN(deadline).
       SELECT o."projectId" AS projectId, o."id" AS id, o."code" AS code, MIN(o."deadline") AS since, COUNT(*) AS n
         FROM "Obstacle" o JOIN "Project" p ON p."id" = o."projectId"
        WHERE o."status" IN (${UNRESOLVED_SQL}) AND o."deadline" < ? AND p."deletedAt" IS NULL
        GROUP BY o."projectId"
     ),
     flagged AS (
       SELECT projectId FROM overdue UNION SELECT projectId FROM stale UNION SELECT projectId FROM late_obstacle
     )
     SELECT p."id" AS id, p."code" AS code, p."name" AS name, p."status" AS status,
            d."code" AS departmentCode, d."nameVi" AS departmentNameVi, d."nameEn" AS departmentNameEn,
            o.kind AS overdueKind, o.since AS overdueSince, o.n AS overdueCount, s.since AS staleSince,
            b.id AS obstacleId, b.code AS obstacleCode, b.since AS obstacleSince, b.n AS obstacleCount,
            COUNT(*) OVER () AS total
       FROM flagged f
       JOIN "Project" p ON p."id" = f.projectId
       JOIN "Department" d ON d."id" = p."departmentId"
       LEFT JOIN overdue o ON o.projectId = f.projectId
       LEFT JOIN stale s ON s.projectId = f.projectId
       LEFT JOIN late_obstacle b ON b.projectId = f.projectId
      ORDER BY MIN(
                 COALESCE(julianday(o.since), 1e9),
                 COALESCE(julianday(s.since) + ${STALE_DAYS}, 1e9),
                 COALESCE(julianday(b.since), 1e9)
               ) ASC, p."code" ASC
      LIMIT ?`,
    sqlDate(today),
    sqlDate(staleBefore),
    sqlDate(today),
    limit,
  )
  const projects: AtRiskProject[] = rows.map((row) => {
    const overdueSince = row.overdueSince ? new Date(row.overdueSince) : null
    const staleSince = row.staleSince ? new Date(row.staleSince) : null
    const obstacleSince = row.obstacleSince ? new Date(row.obstacleSince) : null
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      status: row.status,
      department: { code: row.departmentCode, nameVi: row.departmentNameVi, nameEn: row.departmentNameEn },
      overdue:
        overdueSince && isOneOf(MILESTONE_KINDS, row.overdueKind)
          ? {
              kind: row.overdueKind,
              plannedDate: overdueSince,
              days: daysBetween(today, overdueSince),
              count: Number(row.overdueCount ?? 1),
            }
          : null,
      stale: staleSince ? { since: staleSince, days: daysBetween(today, staleSince) } : null,
      obstacles:
        obstacleSince && row.obstacleId && row.obstacleCode
          ? {
              count: Number(row.obstacleCount ?? 1),
              oldestDeadline: obstacleSince,
              days: daysBetween(today, obstacleSince),
              oldest: { id: row.obstacleId, code: row.obstacleCode },
            }
          : null,
    }
  })
  const total = Number(rows[0]?.total ?? 0)
  return { projects, total, more: Math.max(0, total - projects.length), staleDays: STALE_DAYS }
}
