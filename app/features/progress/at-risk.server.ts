import { sqlDate } from '~/features/goals/goal-metrics.server'
import { UNRESOLVED_STATUSES } from '~/features/obstacles/obstacle-rules'
import { MILESTONE_KINDS, type MilestoneKind, isOneOf } from '~/features/projects/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * Projects that need a manager's attention, worst first, read from indexes in due order (docs/decisions/010):
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
/**
 * How many the overview and the printed report show, worst first: the report must fit on two
 * or three A4 pages, and the screen shows what is printed. /progress/at-risk lists them all.
 */
export const AT_RISK_LIMIT = 10

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
}

type Count = { stale: bigint | number; overdueOnly: bigint | number; obstacleOnly: bigint | number }

function daysBetween(later: Date, earlier: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS)
}

const KINDS_SQL = MILESTONE_KINDS.map((kind) => `'${kind}'`).join(', ')
const UNRESOLVED_SQL = UNRESOLVED_STATUSES.map((status) => `'${status}'`).join(', ')

/** Projects whose milestones and staleness count: not deleted, neither cancelled nor operating. */
const ACTIVE_SQL = `p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'operating')`

/** A milestone not reached (see above), for the milestone `m` of project `p`. */
function notReachedSql(kind: MilestoneKind): string {
  switch (kind) {
    case 'policy_approval':
      return `p."policyDecisionDate" IS NULL AND p."ircDate" IS NULL`
    case 'irc':
      return `p."ircDate" IS NULL`
    default:
      return `m."actualDate" IS NULL`
  }
}

const NOT_REACHED_CASE = `CASE m."kind" ${MILESTONE_KINDS.map((kind) => `WHEN '${kind}' THEN ${notReachedSql(kind)}`).join(' ')} END`

/**
 * How many projects are flagged, counted from two covering indexes without building them:
 * the stale ones, the active ones changed recently with an overdue milestone, and those
 * flagged by a late obstacle alone. Project.nextMilestoneDue (the earliest planned day of a
 * milestone not reached, by the rule above) and Project.nextObstacleDeadline (the earliest
 * deadline of an unresolved obstacle) are kept by triggers, so "has an overdue milestone" is
 * `nextMilestoneDue < today` and "has a late obstacle" is `nextObstacleDeadline < today`.
 */
const COUNT_SQL = `SELECT
  -- The active projects by day of their last status change, kept by triggers (docs/decisions/012):
  -- a row a day, where counting the projects themselves grew with the register.
  (SELECT COALESCE(SUM("n"), 0) FROM "LastChangeTally" WHERE "day" < substr(?, 1, 10)) AS stale,
  (SELECT COUNT(*) FROM "Project" p WHERE ${ACTIVE_SQL} AND p."lastStatusChangeAt" >= ? AND p."nextMilestoneDue" < ?) AS overdueOnly,
  (SELECT COUNT(*) FROM "Project" p WHERE p."deletedAt" IS NULL AND p."nextObstacleDeadline" < ?
      AND (p."status" IN ('cancelled', 'operating')
           OR (p."lastStatusChangeAt" >= ? AND (p."nextMilestoneDue" IS NULL OR p."nextMilestoneDue" >= ?)))) AS obstacleOnly`

type Sql = { sql: string; params: (string | number)[] }

/**
 * Reasons read in due order: staleness, then each milestone kind (a project has one of
 * each). `where` holds everything but the due day's upper bound, which the caller adds (a
 * second upper bound on the same column would keep SQLite from using the tighter one).
 */
function reasonsSql(today: string, staleBefore: string) {
  return [
    {
      due: 'p."lastStatusChangeAt"',
      id: 'p."id"',
      where: `FROM "Project" p WHERE ${ACTIVE_SQL}`,
      before: staleBefore,
    },
    ...MILESTONE_KINDS.map((kind) => ({
      due: 'm."plannedDate"',
      id: 'm."projectId"',
      where: `FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
        WHERE m."kind" = '${kind}' AND ${notReachedSql(kind)} AND ${ACTIVE_SQL}`,
      before: today,
    })),
  ]
}

const LATE_OBSTACLE_FROM = `FROM "Obstacle" o JOIN "Project" p ON p."id" = o."projectId"
  WHERE o."status" IN (${UNRESOLVED_SQL}) AND p."deletedAt" IS NULL`

/**
 * The `limit`-th smallest due day of each reason (null when the reason has fewer projects),
 * each read from an index in due order, stopping after `limit` rows. For late obstacles (a
 * project may have several), the day the `limit`-th project appears in the first rows by
 * deadline, when they hold that many projects; else null.
 */
async function thresholds(today: string, staleBefore: string, limit: number) {
  const reasons = reasonsSql(today, staleBefore)
  const [[row], firstLate] = await Promise.all([
    prisma.$queryRawUnsafe<Record<string, string | Date | null>[]>(
      `SELECT ${reasons
        .map(
          (reason, index) =>
            `(SELECT ${reason.due} ${reason.where} AND ${reason.due} < ? ORDER BY ${reason.due} LIMIT 1 OFFSET ?) AS t${index}`,
        )
        .join(', ')}`,
      ...reasons.flatMap((reason) => [reason.before, limit - 1]),
    ),
    // The deadline index, not (status, deadline): read in deadline order and stop early.
    prisma.$queryRawUnsafe<{ projectId: string; deadline: string | Date }[]>(
      `SELECT o."projectId" AS projectId, o."deadline" AS deadline
         FROM "Obstacle" o INDEXED BY "Obstacle_deadline_idx" JOIN "Project" p ON p."id" = o."projectId"
        WHERE +o."status" IN (${UNRESOLVED_SQL}) AND o."deadline" < ? AND p."deletedAt" IS NULL
        ORDER BY o."deadline" LIMIT ?`,
      today,
      limit * 4,
    ),
  ])
  const seen = new Set<string>()
  let late: string | null = null
  for (const obstacle of firstLate) {
    seen.add(obstacle.projectId)
    if (seen.size === limit) {
      late = sqlValue(obstacle.deadline)
      break
    }
  }
  return { reasons: reasons.map((_, index) => sqlValue(row?.[`t${index}`] ?? null)), late }
}

/** A date read back from a raw query, as the string SQLite compares (Prisma may return a Date). */
function sqlValue(value: string | Date | null): string | null {
  return value === null ? null : value instanceof Date ? sqlDate(value) : value
}

/**
 * The projects that can be among the first `limit`: for each reason, those whose due day is
 * at most that reason's threshold (all of them when it has none). A project among the first
 * `limit` is always in it: the projects ahead of it by its earliest reason are ahead of it
 * overall, so there are fewer than `limit` of them and its due day is within the threshold.
 */
async function candidatesSql(today: string, staleBefore: string, limit: number): Promise<Sql> {
  const bounds = await thresholds(today, staleBefore, limit)
  const parts: Sql[] = reasonsSql(today, staleBefore).map((reason, index) => {
    // The threshold, when there is one, is a due day of the reason: before its bound.
    const bound = bounds.reasons[index] ?? null
    return bound === null
      ? { sql: `SELECT ${reason.id} AS id ${reason.where} AND ${reason.due} < ?`, params: [reason.before] }
      : { sql: `SELECT ${reason.id} AS id ${reason.where} AND ${reason.due} <= ?`, params: [bound] }
  })
  parts.push(
    bounds.late === null
      ? { sql: `SELECT o."projectId" AS id ${LATE_OBSTACLE_FROM} AND o."deadline" < ?`, params: [today] }
      : { sql: `SELECT o."projectId" AS id ${LATE_OBSTACLE_FROM} AND o."deadline" <= ?`, params: [bounds.late] },
  )
  return { sql: parts.map((part) => part.sql).join('\n UNION '), params: parts.flatMap((part) => part.params) }
}

/**
 * The projects at risk, worst first: `limit` of them after the first `offset` (a page of
 * /progress/at-risk), with the total and how many come after these.
 */
export async function listProjectsAtRisk(today: Date, limit = AT_RISK_LIMIT, offset = 0) {
  await ensureDb()
  const staleBefore = sqlDate(new Date(today.getTime() - (STALE_DAYS - 1) * DAY_MS))
  const todaySql = sqlDate(today)
  // The rows before this page are candidates too: they decide where it begins.
  const candidates = await candidatesSql(todaySql, staleBefore, Math.max(1, offset + limit))
  const [rows, counts] = await Promise.all([
    prisma.$queryRawUnsafe<Row[]>(
      `WITH candidate AS (${candidates.sql}),
     overdue AS (
       -- SQLite returns the kind of the row holding MIN(plannedDate) for the bare column.
       SELECT m."projectId" AS projectId, m."kind" AS kind, MIN(m."plannedDate") AS since, COUNT(*) AS n
         FROM candidate c CROSS JOIN "Milestone" m ON m."projectId" = c.id JOIN "Project" p ON p."id" = m."projectId"
        WHERE m."kind" IN (${KINDS_SQL}) AND m."plannedDate" < ? AND ${ACTIVE_SQL} AND ${NOT_REACHED_CASE}
        GROUP BY m."projectId"
     ),
     stale AS (
       -- lastStatusChangeAt is COALESCE(MAX(StatusChange.effectiveDate), createdAt), kept by triggers.
       SELECT p."id" AS projectId, p."lastStatusChangeAt" AS since
         FROM candidate c CROSS JOIN "Project" p ON p."id" = c.id
        WHERE ${ACTIVE_SQL} AND p."lastStatusChangeAt" < ?
     ),
     -- Not named "obstacle": SQLite names are case-insensitive, so it would shadow the table.
     late_obstacle AS (
       -- As above, id and code are those of the row holding MIN(deadline).
       SELECT o."projectId" AS projectId, o."id" AS id, o."code" AS code, MIN(o."deadline") AS since, COUNT(*) AS n
         FROM candidate c CROSS JOIN "Obstacle" o ON o."projectId" = c.id JOIN "Project" p ON p."id" = o."projectId"
        WHERE o."status" IN (${UNRESOLVED_SQL}) AND o."deadline" < ? AND p."deletedAt" IS NULL
        GROUP BY o."projectId"
     ),
     flagged AS (
       SELECT projectId FROM overdue UNION SELECT projectId FROM stale UNION SELECT projectId FROM late_obstacle
     )
     SELECT p."id" AS id, p."code" AS code, p."name" AS name, p."status" AS status,
            d."code" AS departmentCode, d."nameVi" AS departmentNameVi, d."nameEn" AS departmentNameEn,
            o.kind AS overdueKind, o.since AS overdueSince, o.n AS overdueCount, s.since AS staleSince,
            b.id AS obstacleId, b.code AS obstacleCode, b.since AS obstacleSince, b.n AS obstacleCount
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
      LIMIT ? OFFSET ?`,
      ...candidates.params,
      todaySql,
      staleBefore,
      todaySql,
      limit,
      offset,
    ),
    prisma.$queryRawUnsafe<Count[]>(COUNT_SQL, staleBefore, staleBefore, todaySql, todaySql, staleBefore, todaySql),
  ])
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
  const count = counts[0]
  const total = count ? Number(count.stale) + Number(count.overdueOnly) + Number(count.obstacleOnly) : 0
  return { projects, total, more: Math.max(0, total - offset - projects.length), staleDays: STALE_DAYS }
}
