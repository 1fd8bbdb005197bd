import { type Prisma } from '@prisma/client'
import { z } from 'zod'
import { type GoalInput } from '~/features/goals/goal-schema'
import { GOAL_PERIOD_FILTERS } from '~/features/goals/goal-vocabulary'
import { goalStoredFields } from '~/features/goals/goal.server'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type PermissionSubject, hasPermission } from '~/utils/permissions'
import { type SubmissionClaim } from '~/utils/submission-key.server'

/**
 * Writing goals (create, edit with a version check, soft delete), each audited in the
 * same transaction, and the goals list. Reading one goal and its progress is
 * goal.server.ts.
 */

export const GOAL_PAGE_SIZE = 25

/** The kinds of project a goal's "industrial park" scope offers. */
export const PARK_KINDS = ['industrial_park', 'industrial_cluster'] as const

const GoalListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  period: z.enum(GOAL_PERIOD_FILTERS).optional().catch(undefined),
  department: z.string().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
export type GoalListQuery = z.infer<typeof GoalListQuerySchema>

/** The list's URL is its state; a value that makes no sense is dropped (an old bookmark still opens). */
export function parseGoalListQuery(searchParams: URLSearchParams): GoalListQuery {
  const raw: Record<string, string> = {}
  for (const [key, value] of searchParams) if (value !== '') raw[key] = value
  return GoalListQuerySchema.parse(raw)
}

function periodWhere(query: GoalListQuery): Prisma.GoalWhereInput {
  const { year, period } = query
  if (year && period) return { periodKey: period === 'Y' ? String(year) : `${year}-${period}` }
  if (year) return { OR: [{ periodKey: String(year) }, { periodKey: { startsWith: `${year}-` } }] }
  if (period === 'Y') return { NOT: { periodKey: { contains: '-' } } }
  if (period) return { periodKey: { endsWith: `-${period}` } }
  return {}
}

const goalRowSelect = {
  id: true,
  title: true,
  titleEn: true,
  periodKey: true,
  metric: true,
  target: true,
  direction: true,
  scopeType: true,
  scopeValue: true,
  departmentId: true,
  indicator: { select: { nameVi: true, nameEn: true, unit: true } },
  department: { select: { code: true, nameVi: true, nameEn: true } },
} satisfies Prisma.GoalSelect

/** One page of goals, newest period first, with the names of the projects they are scoped to. */
export async function listGoals(query: GoalListQuery) {
  await ensureDb()
  const where: Prisma.GoalWhereInput = {
    deletedAt: null,
    departmentId: query.department,
    ...periodWhere(query),
  }
  const total = await prisma.goal.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / GOAL_PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const rows = await prisma.goal.findMany({
    where,
    orderBy: [{ periodKey: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
    skip: (page - 1) * GOAL_PAGE_SIZE,
    take: GOAL_PAGE_SIZE,
    select: goalRowSelect,
  })
  const projectIds = rows.flatMap((row) => (row.scopeType === 'project' && row.scopeValue ? [row.scopeValue] : []))
  return { rows, total, page, pageCount, projectNames: await getScopeProjectNames(projectIds) }
}

/** The names of the projects goals are scoped to, by id. */
export async function getScopeProjectNames(ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {}
  await ensureDb()
  const projects = await prisma.project.findMany({
    where: { id: { in: [...new Set(ids)] } },
    take: 200,
    select: { id: true, name: true },
  })
  return Object.fromEntries(projects.map((project) => [project.id, project.name]))
}

/** Years that have goals, newest first: the list's year filter offers these. */
export async function listGoalYears(): Promise<number[]> {
  await ensureDb()
  const rows = await prisma.$queryRawUnsafe<{ year: string }[]>(
    `SELECT DISTINCT substr("periodKey", 1, 4) AS year FROM "Goal" WHERE "deletedAt" IS NULL ORDER BY year DESC LIMIT 100`,
  )
  return rows.map((row) => Number(row.year)).filter((year) => Number.isInteger(year))
}

export async function listDepartments() {
  await ensureDb()
  return prisma.department.findMany({
    orderBy: { code: 'asc' },
    take: 200,
    select: { id: true, code: true, nameVi: true, nameEn: true },
  })
}

export type GoalFormOptions = Awaited<ReturnType<typeof getGoalFormOptions>>

/**
 * Choices for the editor: the departments this person may set goals for, the indicators,
 * and the industrial parks and clusters (plus the goal's own project, whatever its kind).
 */
export async function getGoalFormOptions(
  user: PermissionSubject,
  permission: 'create:goal' | 'update:goal',
  current?: { scopeProjectId?: string | null },
) {
  await ensureDb()
  const [departments, indicators, parks] = await Promise.all([
    listDepartments(),
    prisma.indicator.findMany({
      orderBy: { code: 'asc' },
      take: 500,
      select: { id: true, code: true, nameVi: true, nameEn: true, unit: true },
    }),
    prisma.project.findMany({
      where: {
        OR: [
          { deletedAt: null, kind: { in: [...PARK_KINDS] } },
          ...(current?.scopeProjectId ? [{ id: current.scopeProjectId }] : []),
        ],
      },
      orderBy: [{ nameSort: 'asc' }, { code: 'asc' }],
      take: 500,
      select: { id: true, code: true, name: true },
    }),
  ])
  return {
    departments: departments.filter((department) => hasPermission(user, permission, { departmentId: department.id })),
    indicators,
    parks,
  }
}

export type FieldErrors = Record<string, string[]>

/** Errors only the database can see: an unknown department, indicator or project. */
export async function findGoalConflicts(input: GoalInput): Promise<FieldErrors | null> {
  await ensureDb()
  const [department, indicator, project] = await Promise.all([
    prisma.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }),
    input.indicatorId
      ? prisma.indicator.findUnique({ where: { id: input.indicatorId }, select: { id: true } })
      : Promise.resolve(null),
    input.scopeType === 'project' && input.scopeValue
      ? prisma.project.findFirst({ where: { id: input.scopeValue, deletedAt: null }, select: { id: true } })
      : Promise.resolve(null),
  ])
  const errors: FieldErrors = {}
  if (!department) errors.departmentId = ['errors.unknownOption']
  if (input.indicatorId && !indicator) errors.indicatorId = ['errors.unknownOption']
  if (input.scopeType === 'project' && input.scopeValue && !project) errors.scopeProjectId = ['errors.unknownOption']
  return Object.keys(errors).length > 0 ? errors : null
}

type Tx = Prisma.TransactionClient

/** A goal's stored fields, for the audit trail's before/after. */
async function goalSnapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  return tx.goal.findUniqueOrThrow({ where: { id }, select: goalStoredFields })
}

export async function createGoal(input: GoalInput, actor: Actor, submission?: SubmissionClaim) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    // The key first: the same form sent again stops here and writes nothing.
    await submission?.claim(tx, '/goals')
    const goal = await tx.goal.create({ data: input, select: { id: true, title: true } })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'goal',
      entityId: goal.id,
      changes: diffSnapshots({}, await goalSnapshot(tx, goal.id)),
    })
    return goal
  })
}

export class StaleGoalError extends Error {
  constructor() {
    super('The goal changed since the form was opened')
  }
}

/**
 * Saves an edit only if nobody saved since the form was opened (the version it carries),
 * so one person's save never silently overwrites another's (docs/decisions/007).
 */
export async function updateGoal(id: string, version: number, input: GoalInput, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const before = await goalSnapshot(tx, id)
    const { count } = await tx.goal.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...input, version: { increment: 1 } },
    })
    if (count === 0) throw new StaleGoalError()
    const changes = diffSnapshots(before, await goalSnapshot(tx, id))
    await writeAudit(tx, actor, { action: 'update', entityType: 'goal', entityId: id, changes })
    return { id, title: input.title }
  })
}

/** Hides a goal from every list and page; the row and its trail stay. */
export async function softDeleteGoal(id: string, actor: Actor, now = new Date()) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.goal.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 } },
    })
    if (count === 1) await writeAudit(tx, actor, { action: 'delete', entityType: 'goal', entityId: id })
    return count === 1
  })
}
