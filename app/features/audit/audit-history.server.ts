/**
 * Reading the audit trail: a record's history (the project History tab) and the whole
 * trail with filters (the admin audit page). Both read newest first through the AuditLog
 * indexes: (entityType, entityId, at), (userId, at), (action, at) and (at).
 */
import { type Prisma } from '@prisma/client'
import { type AuditLookups, auditRowDepartmentIds, auditRowUnitIds } from '~/features/audit/audit-describe'
import { provinceDayEnd, provinceDayStart } from '~/features/audit/audit-filters'
import { ensureDb, prisma } from '~/utils/db.server'

export const AUDIT_PAGE_SIZE = 25

const auditRowSelect = {
  id: true,
  at: true,
  userId: true,
  userName: true,
  ip: true,
  action: true,
  entityType: true,
  entityId: true,
  changes: true,
  detail: true,
} satisfies Prisma.AuditLogSelect

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditRowSelect }>

// Rows written in one millisecond keep their order by id (cuids grow with time).
const newestFirst: Prisma.AuditLogOrderByWithRelationInput[] = [{ at: 'desc' }, { id: 'desc' }]

async function findPage(where: Prisma.AuditLogWhereInput, requestedPage: number) {
  await ensureDb()
  const total = await prisma.auditLog.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))
  const page = Math.min(Math.max(1, requestedPage), pageCount)
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: newestFirst,
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: auditRowSelect,
  })
  return { rows, total, page, pageCount }
}

/** One page of a record's trail, newest first. */
export async function listAuditForEntity(entityType: string, entityId: string, { page = 1 }: { page?: number } = {}) {
  return findPage({ entityType, entityId }, page)
}

export type AuditFilters = {
  userId?: string
  entityType?: string
  action?: string
  /** yyyy-mm-dd, a calendar day in Vietnam time (included) */
  from?: string
  /** yyyy-mm-dd, a calendar day in Vietnam time (included) */
  to?: string
  page?: number
}

/** One page of the whole trail, filtered; dates are calendar days in Vietnam time, both included. */
export async function listAudit(query: AuditFilters) {
  return findPage(
    {
      userId: query.userId,
      entityType: query.entityType,
      action: query.action,
      at:
        query.from || query.to
          ? {
              gte: query.from ? provinceDayStart(query.from) : undefined,
              lt: query.to ? provinceDayEnd(query.to) : undefined,
            }
          : undefined,
    },
    query.page ?? 1,
  )
}

/** The names of the places and departments a page's rows name, and of the departments they are about. */
export async function getAuditLookups(
  rows: (Pick<AuditRow, 'entityType' | 'entityId' | 'changes'> & { detail?: string | null })[],
) {
  const unitIds = new Set(rows.flatMap(auditRowUnitIds))
  const departmentIds = new Set(rows.flatMap(auditRowDepartmentIds))
  for (const row of rows) if (row.entityType === 'department' && row.entityId) departmentIds.add(row.entityId)
  await ensureDb()
  const [units, departments] = await Promise.all([
    unitIds.size === 0
      ? []
      : prisma.administrativeUnit.findMany({
          where: { id: { in: [...unitIds] } },
          select: { id: true, name: true, kind: true },
        }),
    departmentIds.size === 0
      ? []
      : prisma.department.findMany({
          where: { id: { in: [...departmentIds] } },
          select: { id: true, code: true, nameVi: true, nameEn: true },
        }),
  ])
  return {
    units: Object.fromEntries(units.map(({ id, ...unit }) => [id, unit])),
    departments: Object.fromEntries(departments.map(({ id, ...department }) => [id, department])),
  } satisfies AuditLookups
}

/** Code and name of the projects a page's rows are about, for links. */
export async function getAuditedProjects(rows: Pick<AuditRow, 'entityType' | 'entityId'>[]) {
  const ids = [...new Set(rows.flatMap((row) => (row.entityType === 'project' && row.entityId ? [row.entityId] : [])))]
  if (ids.length === 0) return {}
  await ensureDb()
  const projects = await prisma.project.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true, name: true },
  })
  return Object.fromEntries(projects.map(({ id, ...project }) => [id, project]))
}

/**
 * What the audit page calls the obstacles, goals and meetings its rows name ("OBS-0003 ·
 * title", a goal's title, a meeting's place), in three queries for the whole page.
 */
export async function getAuditedRecordNames(rows: Pick<AuditRow, 'entityType' | 'entityId'>[]) {
  const idsOf = (type: string) => [
    ...new Set(rows.flatMap((row) => (row.entityType === type && row.entityId ? [row.entityId] : []))),
  ]
  const [obstacleIds, goalIds, meetingIds] = [idsOf('obstacle'), idsOf('goal'), idsOf('meeting')]
  if (obstacleIds.length + goalIds.length + meetingIds.length === 0) return {}
  await ensureDb()
  const [obstacles, goals, meetings] = await Promise.all([
    prisma.obstacle.findMany({ where: { id: { in: obstacleIds } }, select: { id: true, code: true, title: true } }),
    prisma.goal.findMany({ where: { id: { in: goalIds } }, select: { id: true, title: true } }),
    prisma.dialogueMeeting.findMany({ where: { id: { in: meetingIds } }, select: { id: true, place: true } }),
  ])
  return Object.fromEntries<string>([
    ...obstacles.map((obstacle) => [obstacle.id, `${obstacle.code} · ${obstacle.title}`] as const),
    ...goals.map((goal) => [goal.id, goal.title] as const),
    ...meetings.map((meeting) => [meeting.id, meeting.place] as const),
  ])
}

/** The heading of a project's History tab, or null for an unknown id (deleted ones included). */
export async function getProjectHeading(id: string) {
  await ensureDb()
  return prisma.project.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, nameEn: true, deletedAt: true },
  })
}

type DistinctColumn = 'userId' | 'entityType' | 'action'

/**
 * The values a column holds, without reading every row: each step asks the column's index
 * for the next larger value (a "loose index scan"), so it costs one seek per value.
 */
async function distinctValues(column: DistinctColumn): Promise<string[]> {
  await ensureDb()
  // The column name comes from the closed list above, never from a request.
  const rows = await prisma.$queryRawUnsafe<{ value: string | null }[]>(
    `WITH RECURSIVE next(value) AS (
       SELECT MIN("${column}") FROM "AuditLog"
       UNION ALL
       SELECT (SELECT MIN("${column}") FROM "AuditLog" WHERE "${column}" > next.value)
       FROM next WHERE next.value IS NOT NULL
     )
     SELECT value FROM next WHERE value IS NOT NULL LIMIT 1000`,
  )
  return rows.flatMap((row) => (typeof row.value === 'string' ? [row.value] : []))
}

/** What the audit page's filters offer: the people, record types and actions the trail holds. */
export async function getAuditFilterOptions() {
  const [userIds, entityTypes, actions] = await Promise.all([
    distinctValues('userId'),
    distinctValues('entityType'),
    distinctValues('action'),
  ])
  const users = await prisma.user.findMany({
    where: { id: { in: userIds } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  })
  const known = new Set(users.map((user) => user.id))
  // The trail outlives accounts: an id with no account left is still offered.
  const gone = userIds.filter((id) => !known.has(id)).map((id) => ({ id, name: id, email: '' }))
  return { users: [...users, ...gone], entityTypes, actions }
}
