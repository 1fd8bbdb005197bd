/**
 * Every change to a project, each in one transaction with its audit row: create, edit
 * (refused on a stale version), status change, delete and restore.
 */
import { type Prisma } from '@prisma/client'
import { type ProjectEditorInput } from '~/features/projects/project-editor-schema'
import { SIMPLE_PROJECT_FIELDS, type SimpleFieldName, toStoredSimpleFields } from '~/features/projects/project-fields'
import { buildProjectSearchText } from '~/features/projects/project-search'
import { MILESTONE_REACHED_BY_STATUS, checkStatusTransition } from '~/features/projects/project-status'
import { MILESTONE_KINDS, PROJECT_STATUSES, type ProjectStatus, isOneOf } from '~/features/projects/project-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'
import { type SubmissionClaim } from '~/utils/submission-key.server'

type Tx = Prisma.TransactionClient

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
    ...toStoredSimpleFields(input),
  }
}

/**
 * Finds each investor by its folded name or creates it; returns ids in form order. The
 * project form can create an investor and change an existing one's country: each such
 * change is an investor's own audit row (the project's row shows only its investor list),
 * written in the project's transaction.
 */
async function upsertInvestors(tx: Tx, investors: ProjectEditorInput['investors'], actor: Actor) {
  const ids: string[] = []
  for (const row of investors) {
    const searchName = toSearchKey(row.name)
    const existing = await tx.investor.findUnique({
      where: { searchName },
      select: { id: true, name: true, country: true },
    })
    if (!existing) {
      const created = await tx.investor.create({
        data: { name: row.name, searchName, country: row.country },
        select: { id: true, name: true, country: true },
      })
      const { id, ...after } = created
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'investor',
        entityId: id,
        changes: diffSnapshots({}, after),
      })
      ids.push(id)
      continue
    }
    if (existing.country !== row.country) {
      // A save like the investor page's: an investor form opened before it is now stale.
      await tx.investor.update({
        where: { id: existing.id },
        data: { country: row.country, version: { increment: 1 } },
      })
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'investor',
        entityId: existing.id,
        changes: diffSnapshots({ country: existing.country }, { country: row.country }),
      })
    }
    ids.push(existing.id)
  }
  return ids
}

async function writeChildren(tx: Tx, projectId: string, input: ProjectEditorInput, actor: Actor) {
  const investorIds = await upsertInvestors(tx, input.investors, actor)
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
  // The likelihood staff gave a milestone (the events page) is not on this form: it stays
  // while the planned date it was given for stays, and goes when that date moves.
  const assessed = await tx.milestone.findMany({
    where: { projectId, likelihood: { not: null } },
    select: { kind: true, plannedDate: true, likelihood: true },
  })
  await tx.milestone.deleteMany({ where: { projectId } })
  await tx.milestone.createMany({
    data: MILESTONE_KINDS.map((kind) => {
      const milestone = input.milestones[kind]
      const plannedDate = milestone.plannedDate ?? null
      const before = assessed.find((row) => row.kind === kind)
      return {
        projectId,
        kind,
        plannedDate,
        actualDate: 'actualDate' in milestone ? (milestone.actualDate ?? null) : null,
        likelihood:
          before && plannedDate && before.plannedDate?.getTime() === plannedDate.getTime() ? before.likelihood : null,
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

/** Every simple field (project-fields.ts), in the list's order: the trail's rows keep it. */
const SIMPLE_FIELDS_SELECT = Object.fromEntries(SIMPLE_PROJECT_FIELDS.map((field) => [field.name, true])) as Record<
  SimpleFieldName,
  true
>

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
      ...SIMPLE_FIELDS_SELECT,
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
 * Creates a project, its investors, milestones and first status row in one transaction.
 * With a submission key, the key is claimed first in the same transaction: a second
 * sending of the same form stops there, before its insert could meet the first one's
 * unique code (docs/decisions/007).
 */
export async function createProject(
  input: ProjectEditorInput,
  today: Date,
  actor: Actor,
  submission?: SubmissionClaim,
) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    await submission?.claim(tx)
    const project = await tx.project.create({
      data: { ...projectColumns(input), status: 'proposed', searchText: '' },
      select: { id: true, name: true },
    })
    await submission?.leadTo(tx, `/projects/${project.id}`)
    await tx.statusChange.create({
      data: { projectId: project.id, fromStatus: null, toStatus: 'proposed', effectiveDate: today },
    })
    await writeChildren(tx, project.id, input, actor)
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
    await writeChildren(tx, id, input, actor)
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
