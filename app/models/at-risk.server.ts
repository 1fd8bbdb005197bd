import { sqlDate } from '~/models/goal-metrics.server'
import { MILESTONE_KINDS, type MilestoneKind, isOneOf } from '~/models/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * Projects that need a manager's attention, worst first, computed in one SQL statement:
 *
 * - a milestone whose planned date has passed without being reached (policy approval is
 *   reached with the decision date, or with the IRC when the project skipped it; the IRC
 *   with its date; the others with their actual date), on projects neither cancelled nor
 *   operating (an operating project has no step left to take);
 * - no status change for STALE_DAYS days or more, on projects neither operating nor cancelled.
 *
 * Each reason has a "due" day (the planned date; the last change + STALE_DAYS) and the
 * list is sorted by the earliest due day. Days are calendar days (UTC midnight).
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
  // Issue 5 (obstacles register): add `obstacles: { count: number; oldestDeadline: Date; days: number } | null`
  // here, fed by the `obstacle` CTE marked in the query below.
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
  total: bigint | number
}

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS)
}

const KINDS_SQL = MILESTONE_KINDS.map((kind) => `'${kind}'`).join(', ')

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
     -- Issue 5: an \`obstacle\` CTE (open obstacles past their deadline, per project) joins here.
     flagged AS (SELECT projectId FROM overdue UNION SELECT projectId FROM stale)
     SELECT p."id" AS id, p."code" AS code, p."name" AS name, p."status" AS status,
            d."code" AS departmentCode, d."nameVi" AS departmentNameVi, d."nameEn" AS departmentNameEn,
            o.kind AS overdueKind, o.since AS overdueSince, o.n AS overdueCount, s.since AS staleSince,
            COUNT(*) OVER () AS total
       FROM flagged f
       JOIN "Project" p ON p."id" = f.projectId
       JOIN "Department" d ON d."id" = p."departmentId"
       LEFT JOIN overdue o ON o.projectId = f.projectId
       LEFT JOIN stale s ON s.projectId = f.projectId
      ORDER BY MIN(COALESCE(julianday(o.since), 1e9), COALESCE(julianday(s.since) + ${STALE_DAYS}, 1e9)) ASC, p."code" ASC
      LIMIT ?`,
    sqlDate(today),
    sqlDate(staleBefore),
    limit,
  )
  const projects: AtRiskProject[] = rows.map((row) => {
    const overdueSince = row.overdueSince ? new Date(row.overdueSince) : null
    const staleSince = row.staleSince ? new Date(row.staleSince) : null
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
    }
  })
  const total = Number(rows[0]?.total ?? 0)
  return { projects, total, more: Math.max(0, total - projects.length), staleDays: STALE_DAYS }
}
