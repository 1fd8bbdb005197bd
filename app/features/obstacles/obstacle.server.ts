import { Prisma } from '@prisma/client'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { type ObstacleListQuery, OBSTACLE_PAGE_SIZE } from '~/features/obstacles/obstacle-list-query'
import {
  OBSTACLE_STATUSES,
  type ObstacleStatus,
  UNRESOLVED_STATUSES,
  buildObstacleSearchText,
  canMoveObstacle,
  obstacleCode,
} from '~/features/obstacles/obstacle-rules'
import {
  type MeasureInput,
  type ObstacleEditInput,
  type ObstacleInput,
  type ObstacleStatusInput,
} from '~/features/obstacles/obstacle-schema'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type PermissionSubject, hasPermission } from '~/utils/permissions'
import { toSearchKey } from '~/utils/search-key'
import { type SubmissionClaim } from '~/utils/submission-key.server'
import { createUnchangedCache } from '~/utils/unchanged-cache.server'

/**
 * The obstacles register: writing obstacles, their measures and status (each audited in
 * the same transaction), and the lists, filtered and counted in SQL. A dialogue meeting
 * records the obstacles raised there in its own transaction
 * (app/features/meetings/meeting.server.ts, through insertObstacle).
 */

type Tx = Prisma.TransactionClient

export class StaleObstacleError extends Error {
  constructor() {
    super('The obstacle changed since the form was opened')
  }
}

export class ObstacleTransitionError extends Error {
  constructor() {
    super('That status cannot follow the current one')
  }
}

/**
 * May this person follow an obstacle up (measures, status, edit)? Editors of one of its
 * responsible departments may, and admins; viewers read.
 */
export function canFollowUpObstacle(user: PermissionSubject, departmentIds: readonly string[]): boolean {
  if (departmentIds.length === 0) return hasPermission(user, 'update:obstacle', { departmentId: null })
  return departmentIds.some((departmentId) => hasPermission(user, 'update:obstacle', { departmentId }))
}

async function nextCode(tx: Tx): Promise<string> {
  const [row] = await tx.$queryRawUnsafe<{ n: bigint | number | null }[]>(
    `SELECT MAX(CAST(substr("code", 5) AS INTEGER)) AS n FROM "Obstacle"`,
  )
  return obstacleCode(Number(row?.n ?? 0) + 1)
}

async function obstacleSnapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  const obstacle = await tx.obstacle.findUnique({
    where: { id },
    select: {
      projectId: true,
      category: true,
      title: true,
      description: true,
      raisedOn: true,
      raisedByKind: true,
      raisedByName: true,
      deadline: true,
      priority: true,
      status: true,
      resolutionNote: true,
      closedReason: true,
      departments: { select: { departmentId: true }, orderBy: { departmentId: 'asc' } },
    },
  })
  if (!obstacle) return {}
  const { departments, ...fields } = obstacle
  return { ...fields, departmentIds: departments.map((department) => department.departmentId).join(',') }
}

/**
 * Records an obstacle with its code, departments and audit row inside the caller's
 * transaction: its own (createObstacle) or a meeting's, whose id it then carries.
 */
export async function insertObstacle(tx: Tx, input: ObstacleInput, actor: Actor, meetingId: string | null) {
  const code = await nextCode(tx)
  const { departmentIds, ...fields } = input
  const obstacle = await tx.obstacle.create({
    data: {
      ...fields,
      description: fields.description ?? '',
      code,
      meetingId,
      searchText: buildObstacleSearchText(fields, code),
      departments: { create: departmentIds.map((departmentId) => ({ departmentId })) },
    },
    select: { id: true, code: true, title: true },
  })
  await writeAudit(tx, actor, {
    action: 'create',
    entityType: 'obstacle',
    entityId: obstacle.id,
    changes: diffSnapshots({}, await obstacleSnapshot(tx, obstacle.id)),
    ...(meetingId ? { detail: { meetingId } } : {}),
  })
  return obstacle
}

export async function createObstacle(input: ObstacleInput, actor: Actor, submission?: SubmissionClaim) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const obstacle = await insertObstacle(tx, input, actor, null)
    await submission?.claim(tx, `/obstacles/${obstacle.id}`)
    return obstacle
  })
}

export async function updateObstacle(id: string, input: ObstacleEditInput, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const before = await obstacleSnapshot(tx, id)
    const { version, departmentIds, ...fields } = input
    const current = await tx.obstacle.findUnique({ where: { id }, select: { code: true } })
    if (!current) throw new StaleObstacleError()
    const { count } = await tx.obstacle.updateMany({
      where: { id, version },
      data: {
        ...fields,
        description: fields.description ?? '',
        searchText: buildObstacleSearchText(fields, current.code),
        version: { increment: 1 },
      },
    })
    if (count === 0) throw new StaleObstacleError()
    await tx.obstacleDepartment.deleteMany({ where: { obstacleId: id } })
    await tx.obstacleDepartment.createMany({
      data: departmentIds.map((departmentId) => ({ obstacleId: id, departmentId })),
    })
    const changes = diffSnapshots(before, await obstacleSnapshot(tx, id))
    await writeAudit(tx, actor, { action: 'update', entityType: 'obstacle', entityId: id, changes })
    return { id, title: fields.title }
  })
}

export async function addMeasure(obstacleId: string, input: MeasureInput, actor: Actor, submission?: SubmissionClaim) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    await submission?.claim(tx, `/obstacles/${obstacleId}`)
    const measure = await tx.obstacleMeasure.create({
      data: {
        obstacleId,
        date: input.date,
        departmentId: input.departmentId,
        description: input.description,
        documentRef: input.documentRef || null,
        enteredById: actor.userId,
        enteredByName: actor.userName,
      },
      select: { id: true },
    })
    // A measure is follow-up: the obstacle shows it was touched.
    await tx.obstacle.update({ where: { id: obstacleId }, data: { updatedAt: new Date() } })
    await writeAudit(tx, actor, {
      action: 'add_measure',
      entityType: 'obstacle',
      entityId: obstacleId,
      detail: {
        measureId: measure.id,
        date: input.date,
        departmentId: input.departmentId,
        description: input.description,
        documentRef: input.documentRef ?? null,
      },
    })
    return measure
  })
}

/**
 * Moves an obstacle along its lifecycle, checked again inside the transaction against the
 * version the form was opened on (another person may have resolved it meanwhile).
 */
export async function changeObstacleStatus(id: string, input: ObstacleStatusInput, actor: Actor, today: Date) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const current = await tx.obstacle.findUnique({ where: { id }, select: { status: true, version: true } })
    if (!current || current.version !== input.version) throw new StaleObstacleError()
    if (!isOneOf(OBSTACLE_STATUSES, current.status) || !canMoveObstacle(current.status, input.toStatus)) {
      throw new ObstacleTransitionError()
    }
    const before = await obstacleSnapshot(tx, id)
    const finished = input.toStatus === 'resolved' || input.toStatus === 'closed'
    await tx.obstacle.update({
      where: { id },
      data: {
        status: input.toStatus,
        version: { increment: 1 },
        finishedOn: finished ? today : null,
        resolutionNote: input.toStatus === 'resolved' ? (input.note ?? null) : null,
        closedReason: input.toStatus === 'closed' ? (input.note ?? null) : null,
      },
    })
    const changes = diffSnapshots(before, await obstacleSnapshot(tx, id))
    await writeAudit(tx, actor, {
      action: 'status_change',
      entityType: 'obstacle',
      entityId: id,
      changes,
      ...(input.note && !finished ? { detail: { note: input.note } } : {}),
    })
    return { id, status: input.toStatus as ObstacleStatus }
  })
}

/** An obstacle as its page shows it. */
export type ObstacleDetail = NonNullable<Awaited<ReturnType<typeof getObstacle>>>

/** Everything an obstacle's page shows, or null. */
export async function getObstacle(id: string) {
  await ensureDb()
  return prisma.obstacle.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      category: true,
      title: true,
      description: true,
      raisedOn: true,
      raisedByKind: true,
      raisedByName: true,
      deadline: true,
      priority: true,
      status: true,
      resolutionNote: true,
      closedReason: true,
      finishedOn: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      project: { select: { id: true, code: true, name: true, kind: true, departmentId: true, deletedAt: true } },
      // The meeting it was raised at, with its venue (the column `place`).
      meeting: { select: { id: true, date: true, place: true } },
      departments: {
        select: { department: { select: { id: true, code: true, nameVi: true, nameEn: true } } },
        orderBy: { department: { code: 'asc' } },
      },
      measures: {
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
        select: {
          id: true,
          date: true,
          description: true,
          documentRef: true,
          enteredByName: true,
          createdAt: true,
          department: { select: { code: true, nameVi: true, nameEn: true } },
        },
      },
    },
  })
}

/** What a row of an obstacles table shows (a project's obstacles, a meeting's). */
export const obstacleRowSelect = {
  id: true,
  code: true,
  title: true,
  category: true,
  status: true,
  priority: true,
  deadline: true,
  raisedOn: true,
  updatedAt: true,
  project: { select: { id: true, code: true, name: true } },
  departments: {
    select: { department: { select: { id: true, code: true, nameVi: true, nameEn: true } } },
    orderBy: { department: { code: 'asc' } },
  },
  _count: { select: { measures: true } },
} satisfies Prisma.ObstacleSelect

/** `%` and `_` in the search match themselves, not any text. */
function likeContains(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`
}

/**
 * The list's filters as SQL on `Obstacle o JOIN Project p` (projects not deleted). Written
 * by hand: one statement for the counts by category (and the total and overdue count from
 * them), one for the counts by department, one for the page, instead of Prisma's eight.
 * CROSS JOIN keeps obstacles the outer loop (SQLite's planner otherwise walks every project
 * and sorts their obstacles): the page then reads the deadline index and stops at 25 rows.
 */
function listConditions(query: ObstacleListQuery, today: Date): Prisma.Sql {
  const unresolved = Prisma.join([...UNRESOLVED_STATUSES])
  const conditions = [Prisma.sql`p.deletedAt IS NULL`]
  if (query.q) {
    const pattern = likeContains(toSearchKey(query.q))
    conditions.push(Prisma.sql`(o.searchText LIKE ${pattern} ESCAPE '\\' OR p.searchText LIKE ${pattern} ESCAPE '\\')`)
  }
  if (query.status === 'unresolved') conditions.push(Prisma.sql`o.status IN (${unresolved})`)
  else if (query.status) conditions.push(Prisma.sql`o.status = ${query.status}`)
  if (query.overdue) conditions.push(Prisma.sql`o.status IN (${unresolved}) AND o.deadline < ${today}`)
  if (query.category) conditions.push(Prisma.sql`o.category = ${query.category}`)
  if (query.priority) conditions.push(Prisma.sql`o.priority = ${query.priority}`)
  if (query.project) conditions.push(Prisma.sql`o.projectId = ${query.project}`)
  if (query.unit) conditions.push(Prisma.sql`p.unitId = ${query.unit}`)
  if (query.department) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ObstacleDepartment od WHERE od.obstacleId = o.id AND od.departmentId = ${query.department})`,
    )
  }
  return Prisma.join(conditions, ' AND ')
}

function listOrderSql(query: ObstacleListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === 'desc' ? 'DESC' : 'ASC')
  switch (query.sort) {
    case 'raisedOn':
      return Prisma.sql`o.raisedOn ${dir}, o.code ASC`
    case 'code':
      return Prisma.sql`o.code ${dir}`
    case 'updatedAt':
      return Prisma.sql`o.updatedAt ${dir}, o.code ASC`
    case 'deadline':
    default:
      return Prisma.sql`o.deadline ${dir}, o.code ASC`
  }
}

export type ObstacleListRow = {
  id: string
  code: string
  title: string
  category: string
  status: string
  priority: string
  deadline: Date
  raisedOn: Date
  updatedAt: Date
  project: { id: string; code: string; name: string }
  departments: { department: { id: string; code: string; nameVi: string; nameEn: string } }[]
  _count: { measures: number }
}

type ObstacleRowSql = Omit<ObstacleListRow, 'project' | 'departments' | '_count'> & {
  projectId: string
  projectCode: string
  projectName: string
  departments: string | null
  measures: bigint | number
}

/**
 * Everything the obstacles page reads: one page of obstacles with the total and the counts by
 * department and by category of the filtered set, and the filters' choices. Kept while the
 * database is unchanged (app/utils/unchanged-cache.server.ts); "overdue" depends on the day,
 * so the day is part of the key. Callers must not change the result, which other requests
 * share.
 */
export async function getObstacleRegister(query: ObstacleListQuery, today: Date) {
  await ensureDb()
  return obstacleRegisterCache.get(JSON.stringify([query, today.toISOString()]), async () => {
    const [list, options] = await Promise.all([readObstacleList(query, today), getObstacleFilterOptions(query.project)])
    return { list, options }
  })
}

/** The obstacles page's list alone (through the same cache). */
export async function listObstacles(query: ObstacleListQuery, today: Date): Promise<ObstacleList> {
  return (await getObstacleRegister(query, today)).list
}

export type ObstacleRegister = { list: ObstacleList; options: Awaited<ReturnType<typeof getObstacleFilterOptions>> }
export type ObstacleList = Awaited<ReturnType<typeof readObstacleList>>

const obstacleRegisterCache = createUnchangedCache<ObstacleRegister>('obstacle-register', 64)

/** One page of obstacles with the total and the counts by department and by category of the filtered set. */
export async function readObstacleList(query: ObstacleListQuery, today: Date) {
  const conditions = listConditions(query, today)
  const unresolved = Prisma.join([...UNRESOLVED_STATUSES])
  const [byCategoryRows, byDepartmentRows] = await Promise.all([
    prisma.$queryRaw<{ category: string; count: bigint; overdue: bigint | null }[]>`
      SELECT o.category AS category, count(*) AS count,
             sum(o.status IN (${unresolved}) AND o.deadline < ${today}) AS overdue
      FROM Obstacle o CROSS JOIN Project p ON p.id = o.projectId
      WHERE ${conditions}
      GROUP BY o.category`,
    prisma.$queryRaw<{ departmentId: string; count: bigint }[]>`
      SELECT od.departmentId AS departmentId, count(*) AS count
      FROM Obstacle o CROSS JOIN Project p ON p.id = o.projectId CROSS JOIN ObstacleDepartment od ON od.obstacleId = o.id
      WHERE ${conditions}
      GROUP BY od.departmentId`,
  ])
  const total = byCategoryRows.reduce((sum, row) => sum + Number(row.count), 0)
  const overdue = byCategoryRows.reduce((sum, row) => sum + Number(row.overdue ?? 0), 0)
  const pageCount = Math.max(1, Math.ceil(total / OBSTACLE_PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const found =
    total === 0
      ? []
      : await prisma.$queryRaw<ObstacleRowSql[]>`
    SELECT o.id, o.code, o.title, o.category, o.status, o.priority, o.deadline, o.raisedOn, o.updatedAt,
           p.id AS projectId, p.code AS projectCode, p.name AS projectName,
           (SELECT json_group_array(json_object('id', d.id, 'code', d.code, 'nameVi', d.nameVi, 'nameEn', d.nameEn)
                    ORDER BY d.code)
              FROM ObstacleDepartment od JOIN Department d ON d.id = od.departmentId
              WHERE od.obstacleId = o.id) AS departments,
           (SELECT count(*) FROM ObstacleMeasure m WHERE m.obstacleId = o.id) AS measures
    FROM Obstacle o CROSS JOIN Project p ON p.id = o.projectId
    WHERE ${conditions}
    ORDER BY ${listOrderSql(query)}
    LIMIT ${OBSTACLE_PAGE_SIZE} OFFSET ${(page - 1) * OBSTACLE_PAGE_SIZE}`
  const rows: ObstacleListRow[] = found.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category,
    status: row.status,
    priority: row.priority,
    deadline: row.deadline,
    raisedOn: row.raisedOn,
    updatedAt: row.updatedAt,
    project: { id: row.projectId, code: row.projectCode, name: row.projectName },
    departments: (
      JSON.parse(row.departments ?? '[]') as { id: string; code: string; nameVi: string; nameEn: string }[]
    ).map((department) => ({ department })),
    _count: { measures: Number(row.measures) },
  }))
  return {
    rows,
    total,
    overdue,
    page,
    pageCount,
    byCategory: Object.fromEntries(byCategoryRows.map((row) => [row.category, Number(row.count)])) as Record<
      string,
      number
    >,
    byDepartment: Object.fromEntries(byDepartmentRows.map((row) => [row.departmentId, Number(row.count)])) as Record<
      string,
      number
    >,
  }
}

/**
 * The choices of the list's filters: departments, communes/wards/special zones, and the
 * chosen project only (a list of every project would be thousands of options; the search
 * box finds obstacles by their project's name, and links narrow to one project).
 */
export async function getObstacleFilterOptions(chosenProjectId?: string) {
  await ensureDb()
  const [departments, units, projects] = await Promise.all([
    listDepartmentChoices(),
    prisma.$queryRaw<{ id: string; name: string; kind: string; province: string }[]>`
      SELECT id, name, kind, province FROM AdministrativeUnit ORDER BY province ASC, nameSort ASC, name ASC LIMIT 2000`,
    chosenProjectId
      ? prisma.$queryRaw<{ id: string; code: string; name: string }[]>`
          SELECT id, code, name FROM Project WHERE id = ${chosenProjectId} AND deletedAt IS NULL`
      : Promise.resolve([]),
  ])
  return { departments, units, projects }
}

export type ObstacleFieldErrors = Record<string, string[]>

/**
 * What only the database can refuse in an obstacle form: a project that is not there (or
 * deleted) and departments that are not there.
 */
export async function findObstacleConflicts(input: {
  projectId: string
  departmentIds: readonly string[]
}): Promise<ObstacleFieldErrors | null> {
  await ensureDb()
  const [project, departments] = await Promise.all([
    prisma.project.findUnique({ where: { id: input.projectId }, select: { deletedAt: true } }),
    prisma.department.count({ where: { id: { in: [...input.departmentIds] } } }),
  ])
  const errors: ObstacleFieldErrors = {}
  if (!project || project.deletedAt) errors.projectId = ['obstacles.errors.unknownProject']
  if (departments !== input.departmentIds.length) errors.departmentIds = ['obstacles.errors.unknownDepartment']
  return Object.keys(errors).length > 0 ? errors : null
}

/** Whether a department exists (the measure form's department). */
export async function departmentExists(id: string): Promise<boolean> {
  await ensureDb()
  return (await prisma.department.count({ where: { id } })) > 0
}

/** Unresolved obstacles per project, for the project list's column (one grouped query). */
export async function countUnresolvedObstacles(projectIds: readonly string[]): Promise<Record<string, number>> {
  if (projectIds.length === 0) return {}
  await ensureDb()
  const rows = await prisma.$queryRaw<{ projectId: string; count: bigint }[]>`
    SELECT projectId, count(*) AS count FROM Obstacle
    WHERE projectId IN (${Prisma.join([...projectIds])}) AND status IN (${Prisma.join([...UNRESOLVED_STATUSES])})
    GROUP BY projectId`
  return Object.fromEntries(rows.map((row) => [row.projectId, Number(row.count)]))
}

/** A project's obstacles: unresolved first, soonest deadline first. */
export async function listProjectObstacles(projectId: string) {
  await ensureDb()
  const rows = await prisma.obstacle.findMany({
    where: { projectId },
    orderBy: [{ deadline: 'asc' }, { code: 'asc' }],
    select: obstacleRowSelect,
  })
  const unresolved = new Set<string>(UNRESOLVED_STATUSES)
  return [...rows.filter((row) => unresolved.has(row.status)), ...rows.filter((row) => !unresolved.has(row.status))]
}

export const PROJECT_CHOICES_LIMIT = 1000

/**
 * Projects to choose from in the obstacle and meeting forms (not deleted), in name order,
 * at most PROJECT_CHOICES_LIMIT of them, always including the ones already chosen. (A
 * province tracks hundreds; past a thousand the form should search instead.)
 */
export async function listProjectChoices(chosenIds: readonly string[] = []) {
  await ensureDb()
  const select = { id: true, code: true, name: true, kind: true } as const
  const [first, chosen] = await Promise.all([
    prisma.project.findMany({
      where: { deletedAt: null },
      orderBy: { nameSort: 'asc' },
      take: PROJECT_CHOICES_LIMIT,
      select,
    }),
    chosenIds.length > 0
      ? prisma.project.findMany({ where: { id: { in: [...chosenIds] }, deletedAt: null }, select })
      : Promise.resolve([]),
  ])
  const seen = new Set(first.map((project) => project.id))
  return [...first, ...chosen.filter((project) => !seen.has(project.id))]
}
