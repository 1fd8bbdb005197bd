import { type Prisma } from '@prisma/client'
import { type Actor, diffSnapshots, writeAudit } from '~/models/audit.server'
import { type ProjectEditorInput } from '~/models/project-editor-schema'
import { PAGE_SIZE, type ProjectListQuery, type ProjectSortColumn } from '~/models/project-list-query'
import { buildProjectSearchText } from '~/models/project-search'
import { MILESTONE_REACHED_BY_STATUS, checkStatusTransition } from '~/models/project-status'
import {
  MILESTONE_KINDS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  type ProjectStatus,
  isOneOf,
} from '~/models/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'
import { type PermissionSubject, hasPermission } from '~/utils/permissions'
import { toSearchKey } from '~/utils/search-key'

type Tx = Prisma.TransactionClient

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

function whereForListQuery(query: ProjectListQuery, deleted: boolean): Prisma.ProjectWhereInput {
  const words = toSearchKey(query.q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
  return {
    deletedAt: deleted ? { not: null } : null,
    AND: words.map((word) => ({ searchText: { contains: word } })),
    kind: query.kind,
    status: query.status,
    unitId: query.unit,
    departmentId: query.department,
    investmentType: query.type,
    investors: query.country ? { some: { investor: { country: query.country } } } : undefined,
  }
}

function orderByForListQuery(
  sort: Exclude<ProjectSortColumn, 'kind' | 'status'>,
  direction: 'asc' | 'desc',
): Prisma.ProjectOrderByWithRelationInput[] {
  const primary: Prisma.ProjectOrderByWithRelationInput = (() => {
    switch (sort) {
      case 'code':
        return { code: direction }
      case 'unit':
        return { unit: { name: direction } }
      case 'department':
        return { department: { code: direction } }
      case 'registeredCapital':
        return { registeredCapitalVnd: { sort: direction, nulls: 'last' } }
      case 'updatedAt':
        return { updatedAt: direction }
      case 'deletedAt':
        return { deletedAt: direction }
      case 'name':
        return { nameSort: direction }
    }
  })()
  // A stable tie-breaker keeps rows from jumping between pages.
  return [primary, { code: 'asc' }]
}

const listRowSelect = {
  id: true,
  departmentId: true,
  code: true,
  name: true,
  kind: true,
  status: true,
  registeredCapitalVnd: true,
  updatedAt: true,
  deletedAt: true,
  unit: { select: { name: true, kind: true } },
  department: { select: { code: true, nameVi: true, nameEn: true } },
} satisfies Prisma.ProjectSelect

/**
 * Kind and status sort in the order of their vocabulary (the lifecycle for status), not
 * alphabetically by code. SQLite cannot sort by a list's order through Prisma, so the page
 * is cut from per-value segments: one grouped count, then each value's slice by name,
 * each served by the (deletedAt, kind|status, nameSort) index.
 */
async function findPageInListedOrder(
  where: Prisma.ProjectWhereInput,
  column: 'kind' | 'status',
  direction: 'asc' | 'desc',
  page: number,
) {
  const listed: readonly string[] = column === 'kind' ? PROJECT_KINDS : PROJECT_STATUSES
  const values = direction === 'asc' ? listed : [...listed].reverse()
  const counts = await prisma.project.groupBy({ by: [column], where, _count: { _all: true } })
  const countOf = new Map(counts.map((row) => [row[column], row._count._all]))
  let skip = (page - 1) * PAGE_SIZE
  const rows: Prisma.ProjectGetPayload<{ select: typeof listRowSelect }>[] = []
  for (const value of values) {
    const count = countOf.get(value) ?? 0
    if (skip >= count) {
      skip -= count
      continue
    }
    const slice = await prisma.project.findMany({
      where: { AND: [where, { [column]: value }] },
      orderBy: [{ nameSort: 'asc' }, { code: 'asc' }],
      skip,
      take: PAGE_SIZE - rows.length,
      select: listRowSelect,
    })
    rows.push(...slice)
    skip = 0
    if (rows.length === PAGE_SIZE) break
  }
  return rows
}

/** One page of the register (or of the deleted view), its count and capital totals. */
export async function listProjects(query: ProjectListQuery, { deleted = false } = {}) {
  await ensureDb()
  const where = whereForListQuery(query, deleted)
  const [total, sums] = await Promise.all([
    prisma.project.count({ where }),
    prisma.project.aggregate({ where, _sum: { registeredCapitalVnd: true, disbursedCapitalVnd: true } }),
  ])
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  const rows =
    query.sort === 'kind' || query.sort === 'status'
      ? await findPageInListedOrder(where, query.sort, query.dir, page)
      : await prisma.project.findMany({
          where,
          orderBy: orderByForListQuery(query.sort, query.dir),
          skip: (page - 1) * PAGE_SIZE,
          take: PAGE_SIZE,
          select: listRowSelect,
        })
  return {
    rows,
    total,
    page,
    pageCount,
    registeredTotalVnd: sums._sum.registeredCapitalVnd ?? 0n,
    disbursedTotalVnd: sums._sum.disbursedCapitalVnd ?? 0n,
  }
}

/** Everything the project page shows, or null. Deleted projects are returned too. */
export async function getProject(id: string) {
  await ensureDb()
  return prisma.project.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      kind: true,
      sector: true,
      status: true,
      areaHa: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      investmentType: true,
      jobsPlanned: true,
      policyDecisionNumber: true,
      policyDecisionDate: true,
      ircNumber: true,
      ircDate: true,
      description: true,
      sourceTitle: true,
      sourceUrl: true,
      version: true,
      deletedAt: true,
      createdAt: true,
      updatedAt: true,
      unitId: true,
      departmentId: true,
      unit: { select: { name: true, kind: true, province: true, formerNames: true } },
      department: { select: { code: true, nameVi: true, nameEn: true } },
      investors: {
        orderBy: { position: 'asc' },
        select: {
          role: true,
          capitalShareBasisPoints: true,
          investor: { select: { id: true, name: true, country: true } },
        },
      },
      milestones: { select: { kind: true, plannedDate: true, actualDate: true } },
      statusChanges: {
        orderBy: [{ effectiveDate: 'asc' }, { createdAt: 'asc' }],
        take: 200,
        select: { id: true, fromStatus: true, toStatus: true, effectiveDate: true, reason: true, note: true },
      },
    },
  })
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProject>>>

/**
 * Choices for the editor and the list filters. Given the person editing, only the
 * departments whose projects they may write are offered.
 */
export async function getProjectFormOptions(editor?: PermissionSubject) {
  await ensureDb()
  const [units, departments, investors] = await Promise.all([
    prisma.administrativeUnit.findMany({
      orderBy: [{ province: 'asc' }, { name: 'asc' }],
      take: 2000,
      select: { id: true, name: true, kind: true, province: true },
    }),
    prisma.department.findMany({
      orderBy: { code: 'asc' },
      take: 200,
      select: { id: true, code: true, nameVi: true, nameEn: true },
    }),
    prisma.investor.findMany({ orderBy: { name: 'asc' }, take: 1000, select: { name: true, country: true } }),
  ])
  return {
    units,
    departments: editor
      ? departments.filter((department) => hasPermission(editor, 'update:project', { departmentId: department.id }))
      : departments,
    investors,
  }
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

export type FieldErrors = Record<string, string[]>

/** Errors a person can cause that only the database can see: unknown ids, a taken code. */
export async function findProjectConflicts(input: ProjectEditorInput, projectId?: string): Promise<FieldErrors | null> {
  await ensureDb()
  const [unit, department, sameCode] = await Promise.all([
    prisma.administrativeUnit.findUnique({ where: { id: input.unitId }, select: { id: true } }),
    prisma.department.findUnique({ where: { id: input.departmentId }, select: { id: true } }),
    prisma.project.findUnique({ where: { code: input.code }, select: { id: true } }),
  ])
  const errors: FieldErrors = {}
  if (!unit) errors.unitId = ['errors.unknownOption']
  if (!department) errors.departmentId = ['errors.unknownOption']
  if (sameCode && sameCode.id !== projectId) errors.code = ['errors.codeTaken']
  return Object.keys(errors).length > 0 ? errors : null
}

function projectColumns(input: ProjectEditorInput) {
  return {
    code: input.code,
    name: input.name,
    nameEn: input.nameEn ?? null,
    nameSort: toSearchKey(input.name),
    kind: input.kind,
    sector: input.sector,
    unitId: input.unitId,
    departmentId: input.departmentId,
    areaHa: input.areaHa ?? null,
    clearanceNeededHa: input.clearanceNeededHa ?? null,
    clearanceDoneHa: input.clearanceDoneHa ?? null,
    registeredCapitalVnd: input.registeredCapitalVnd ?? null,
    disbursedCapitalVnd: input.disbursedCapitalVnd ?? null,
    investmentType: input.investmentType,
    jobsPlanned: input.jobsPlanned ?? null,
    policyDecisionNumber: input.policyDecisionNumber ?? null,
    policyDecisionDate: input.policyDecisionDate ?? null,
    ircNumber: input.ircNumber ?? null,
    ircDate: input.ircDate ?? null,
    description: input.description ?? '',
    sourceTitle: input.sourceTitle ?? null,
    sourceUrl: input.sourceUrl ?? null,
  }
}

/** Finds each investor by its folded name or creates it; returns ids in form order. */
async function upsertInvestors(tx: Tx, investors: ProjectEditorInput['investors']) {
  const ids: string[] = []
  for (const row of investors) {
    const searchName = toSearchKey(row.name)
    const investor = await tx.investor.upsert({
      where: { searchName },
      create: { name: row.name, searchName, country: row.country },
      update: { country: row.country },
      select: { id: true },
    })
    ids.push(investor.id)
  }
  return ids
}

async function writeChildren(tx: Tx, projectId: string, input: ProjectEditorInput) {
  const investorIds = await upsertInvestors(tx, input.investors)
  await tx.projectInvestor.deleteMany({ where: { projectId } })
  await tx.projectInvestor.createMany({
    data: input.investors.map((row, index) => ({
      projectId,
      investorId: investorIds[index] ?? '',
      role: row.role,
      capitalShareBasisPoints: row.capitalShare ?? null,
      position: index,
    })),
  })
  await tx.milestone.deleteMany({ where: { projectId } })
  await tx.milestone.createMany({
    data: MILESTONE_KINDS.map((kind) => {
      const milestone = input.milestones[kind]
      return {
        projectId,
        kind,
        plannedDate: milestone.plannedDate ?? null,
        actualDate: 'actualDate' in milestone ? (milestone.actualDate ?? null) : null,
      }
    }),
  })
  const unit = await tx.administrativeUnit.findUniqueOrThrow({
    where: { id: input.unitId },
    select: { name: true, formerNames: true },
  })
  await tx.project.update({
    where: { id: projectId },
    data: {
      searchText: buildProjectSearchText({
        code: input.code,
        name: input.name,
        nameEn: input.nameEn,
        unitName: unit.name,
        unitFormerNames: unit.formerNames,
        investorNames: input.investors.map((row) => row.name),
      }),
    },
  })
}

/**
 * A flat picture of a project for the audit trail: its columns, its investors, and its
 * milestone dates. Two pictures diffed give "what changed", field by field.
 */
async function projectSnapshot(tx: Tx, id: string): Promise<Record<string, unknown>> {
  const project = await tx.project.findUniqueOrThrow({
    where: { id },
    select: {
      code: true,
      name: true,
      nameEn: true,
      kind: true,
      sector: true,
      status: true,
      unitId: true,
      departmentId: true,
      areaHa: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      investmentType: true,
      jobsPlanned: true,
      policyDecisionNumber: true,
      policyDecisionDate: true,
      ircNumber: true,
      ircDate: true,
      description: true,
      sourceTitle: true,
      sourceUrl: true,
      investors: {
        orderBy: { position: 'asc' },
        select: { role: true, capitalShareBasisPoints: true, investor: { select: { name: true, country: true } } },
      },
      milestones: { select: { kind: true, plannedDate: true, actualDate: true } },
    },
  })
  const { investors, milestones, ...columns } = project
  const snapshot: Record<string, unknown> = {
    ...columns,
    investors: investors.map((row) => ({
      name: row.investor.name,
      country: row.investor.country,
      role: row.role,
      share: row.capitalShareBasisPoints,
    })),
  }
  for (const milestone of milestones) {
    snapshot[`milestone.${milestone.kind}.planned`] = milestone.plannedDate
    snapshot[`milestone.${milestone.kind}.actual`] = milestone.actualDate
  }
  return snapshot
}

/**
 * The key a create form was opened with: who used it and where it led, or null when
 * unused. One key makes one project, however many times the form is sent.
 */
export async function findSubmissionKey(key: string) {
  await ensureDb()
  return prisma.submissionKey.findUnique({ where: { key }, select: { userId: true, resultPath: true } })
}

/**
 * Creates a project, its investors, milestones and first status row in one transaction.
 * With a submission key, the key is recorded first in the same transaction: a second
 * sending of the same form, even at the same moment, fails on the key's primary key and
 * creates nothing (the caller then looks the key up).
 */
export async function createProject(
  input: ProjectEditorInput,
  today: Date,
  actor: Actor,
  submission?: { key: string; userId: string; resultPath: (projectId: string) => string },
) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    if (submission) {
      await tx.submissionKey.create({ data: { key: submission.key, userId: submission.userId, resultPath: '' } })
    }
    const project = await tx.project.create({
      data: { ...projectColumns(input), status: 'proposed', searchText: '' },
      select: { id: true, name: true },
    })
    if (submission) {
      await tx.submissionKey.update({
        where: { key: submission.key },
        data: { resultPath: submission.resultPath(project.id) },
      })
    }
    await tx.statusChange.create({
      data: { projectId: project.id, fromStatus: null, toStatus: 'proposed', effectiveDate: today },
    })
    await writeChildren(tx, project.id, input)
    const after = await projectSnapshot(tx, project.id)
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'project',
      entityId: project.id,
      changes: diffSnapshots({}, after),
    })
    return project
  })
}

export class StaleVersionError extends Error {
  constructor() {
    super('The project changed since the form was opened')
  }
}

/**
 * Saves an edit only if nobody saved since the editor was opened (the version it was
 * opened on), so one person's save never silently overwrites another's.
 */
export async function updateProject(id: string, version: number, input: ProjectEditorInput, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const before = await projectSnapshot(tx, id)
    const { count } = await tx.project.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...projectColumns(input), version: { increment: 1 } },
    })
    if (count === 0) throw new StaleVersionError()
    await writeChildren(tx, id, input)
    const changes = diffSnapshots(before, await projectSnapshot(tx, id))
    await writeAudit(tx, actor, { action: 'update', entityType: 'project', entityId: id, changes })
    return { id, name: input.name }
  })
}

export type StatusChangeInput = {
  toStatus: ProjectStatus
  effectiveDate: Date
  reason?: string
  note?: string
}

export type StatusChangeResult =
  | { ok: true }
  | { ok: false; field: 'toStatus' | 'effectiveDate' | 'reason'; error: string; values?: Record<string, string> }

/** Moves a project along its lifecycle, refusing moves that make no sense. */
export async function changeProjectStatus(
  id: string,
  input: StatusChangeInput,
  today: Date,
  actor: Actor,
): Promise<StatusChangeResult> {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const project = await tx.project.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        version: true,
        statusChanges: { orderBy: { effectiveDate: 'desc' }, take: 1, select: { effectiveDate: true } },
      },
    })
    const from = isOneOf(PROJECT_STATUSES, project.status) ? project.status : 'proposed'
    const check = checkStatusTransition(from, input.toStatus)
    if (!check.ok) return { ok: false, field: 'toStatus', error: check.error }
    if (check.needsReason && !input.reason) return { ok: false, field: 'reason', error: 'status.errors.reasonRequired' }
    if (input.effectiveDate > today) return { ok: false, field: 'effectiveDate', error: 'status.errors.inFuture' }
    const last = project.statusChanges[0]?.effectiveDate
    if (last && input.effectiveDate < last) {
      return {
        ok: false,
        field: 'effectiveDate',
        error: 'status.errors.beforeLast',
        values: { date: last.toISOString() },
      }
    }

    await tx.statusChange.create({
      data: {
        projectId: id,
        fromStatus: from,
        toStatus: input.toStatus,
        effectiveDate: input.effectiveDate,
        reason: input.reason ?? null,
        note: input.note ?? null,
      },
    })
    // The milestone this status reaches gets its actual date if none was recorded.
    const reached = MILESTONE_REACHED_BY_STATUS[input.toStatus]
    if (reached) {
      await tx.milestone.upsert({
        where: { projectId_kind: { projectId: id, kind: reached } },
        create: { projectId: id, kind: reached, actualDate: input.effectiveDate },
        update: {},
      })
      await tx.milestone.updateMany({
        where: { projectId: id, kind: reached, actualDate: null },
        data: { actualDate: input.effectiveDate },
      })
    }
    await tx.project.update({ where: { id }, data: { status: input.toStatus, version: { increment: 1 } } })
    await writeAudit(tx, actor, {
      action: 'status_change',
      entityType: 'project',
      entityId: id,
      changes: { status: [from, input.toStatus] },
      detail: { effectiveDate: input.effectiveDate, reason: input.reason ?? null, note: input.note ?? null },
    })
    return { ok: true }
  })
}

export async function softDeleteProject(id: string, actor: Actor, now = new Date()) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id, deletedAt: null },
      data: { deletedAt: now, version: { increment: 1 } },
    })
    if (count === 1) await writeAudit(tx, actor, { action: 'delete', entityType: 'project', entityId: id })
    return count === 1
  })
}

export async function restoreProject(id: string, actor: Actor) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.project.updateMany({
      where: { id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    })
    if (count === 1) await writeAudit(tx, actor, { action: 'restore', entityType: 'project', entityId: id })
    return count === 1
  })
}
