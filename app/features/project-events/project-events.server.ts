import { type Prisma } from '@prisma/client'
import { type Likelihood } from '~/features/goals/goal-vocabulary'
import { type MilestoneKind } from '~/features/projects/project-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type SubmissionClaim } from '~/utils/submission-key.server'

/**
 * A project's dated events — IRC capital adjustments, disbursements, site-clearance
 * handovers — which the goals count by their dates (app/models/goal-metrics.server.ts),
 * and the likelihood staff give each planned milestone (which weights the forecast).
 *
 * The project keeps running totals (registered capital, disbursed capital, hectares
 * handed over) that its page and the register show. Each event moves its total by its
 * amount in the same transaction as the event and its audit rows, and bumps the
 * project's version, so the totals never disagree with the events and an edit form
 * opened before the event is refused (409) rather than writing the old total back.
 */

/** Rows shown per list; the totals below each list count every entry. */
export const EVENTS_SHOWN = 200

/** What a write needs to decide who may make it: the project's department, and whether it is deleted. */
export async function getProjectForEvents(projectId: string) {
  await ensureDb()
  return prisma.project.findUnique({
    where: { id: projectId },
    select: { id: true, name: true, departmentId: true, deletedAt: true },
  })
}

/** Whether an entry was voided or corrected, by whom, why, and its correction (docs/decisions/013). */
const revision = { voidedAt: true, voidedByName: true, voidReason: true, supersededById: true } as const

export async function getProjectEvents(projectId: string) {
  await ensureDb()
  const project = await prisma.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      deletedAt: true,
      departmentId: true,
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      policyDecisionDate: true,
      ircDate: true,
      version: true,
      milestones: { select: { kind: true, plannedDate: true, actualDate: true, likelihood: true } },
      capitalChanges: {
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
        take: EVENTS_SHOWN,
        select: {
          id: true,
          date: true,
          amountVnd: true,
          documentNumber: true,
          note: true,
          createdAt: true,
          ...revision,
        },
      },
      disbursements: {
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
        take: EVENTS_SHOWN,
        select: { id: true, date: true, amountVnd: true, note: true, createdAt: true, ...revision },
      },
      clearanceHandovers: {
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
        take: EVENTS_SHOWN,
        select: { id: true, date: true, hectares: true, note: true, createdAt: true, ...revision },
      },
    },
  })
  if (!project) return null
  // The lists show voided entries too (struck through); the sums count those in force.
  const inForce = { projectId, voidedAt: null }
  const [capital, disbursed, handedOver, capitalRows, disbursementRows, handoverRows] = await Promise.all([
    prisma.capitalChange.aggregate({ where: inForce, _sum: { amountVnd: true } }),
    prisma.disbursement.aggregate({ where: inForce, _sum: { amountVnd: true } }),
    prisma.clearanceHandover.aggregate({ where: inForce, _sum: { hectares: true } }),
    prisma.capitalChange.count({ where: { projectId } }),
    prisma.disbursement.count({ where: { projectId } }),
    prisma.clearanceHandover.count({ where: { projectId } }),
  ])
  return {
    ...project,
    sums: {
      capitalChangesVnd: capital._sum.amountVnd ?? 0n,
      capitalChangeCount: capitalRows,
      disbursementsVnd: disbursed._sum.amountVnd ?? 0n,
      disbursementCount: disbursementRows,
      handedOverHa: handedOver._sum.hectares ?? 0,
      handoverCount: handoverRows,
    },
  }
}

export type EventResult = { ok: true } | { ok: false; field: string; error: string }

type Tx = Prisma.TransactionClient

export type ProjectTotals = Awaited<ReturnType<typeof readTotals>>

type EventBase = { date: Date; note?: string }

/** The project's figures the events move and are checked against (also by their corrections). */
export async function readTotals(tx: Tx, projectId: string) {
  return tx.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      registeredCapitalVnd: true,
      disbursedCapitalVnd: true,
      clearanceNeededHa: true,
      clearanceDoneHa: true,
      ircDate: true,
    },
  })
}

const eventsPath = (projectId: string) => `/projects/${projectId}/events`

/** Hectares are kept to four decimals (1 m²), so repeated additions do not drift. */
function roundHectares(value: number) {
  return Math.round(value * 10_000) / 10_000
}

/**
 * An IRC adjustment: the registered capital moves by the amount (which may be negative).
 * FDI attracted in a period counts adjustments by their date, so it must not precede the
 * IRC; the capital may not fall below zero or below what is already disbursed.
 */
export async function addCapitalChange(
  projectId: string,
  input: EventBase & { amountVnd: bigint; documentNumber?: string },
  actor: Actor,
  submission?: SubmissionClaim,
): Promise<EventResult> {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const project = await readTotals(tx, projectId)
    if (project.ircDate && input.date < project.ircDate) {
      return { ok: false, field: 'date', error: 'goals.errors.beforeIrc' }
    }
    const before = project.registeredCapitalVnd
    const after = (before ?? 0n) + input.amountVnd
    if (after < 0n) return { ok: false, field: 'amountVnd', error: 'goals.errors.capitalBelowZero' }
    if (project.disbursedCapitalVnd !== null && after < project.disbursedCapitalVnd) {
      return { ok: false, field: 'amountVnd', error: 'goals.errors.capitalBelowDisbursed' }
    }
    // Checked before the key is claimed: a refused form can be corrected and sent again.
    await submission?.claim(tx, eventsPath(projectId))
    const change = await tx.capitalChange.create({
      data: {
        projectId,
        date: input.date,
        amountVnd: input.amountVnd,
        documentNumber: input.documentNumber || null,
        note: input.note || null,
      },
      select: { id: true },
    })
    // The running total moves with the event, in this same transaction.
    await tx.project.update({
      where: { id: projectId },
      data: { registeredCapitalVnd: after, version: { increment: 1 } },
    })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'capital_change',
      entityId: change.id,
      changes: diffSnapshots(
        {},
        {
          projectId,
          date: input.date,
          amountVnd: input.amountVnd,
          documentNumber: input.documentNumber,
          note: input.note,
        },
      ),
    })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { registeredCapitalVnd: [before, after] },
      detail: { event: 'capital_change', eventId: change.id, date: input.date },
    })
    return { ok: true }
  })
}

/** Capital disbursed on a date: the project's disbursed total grows by it. */
export async function addDisbursement(
  projectId: string,
  input: EventBase & { amountVnd: bigint },
  actor: Actor,
  submission?: SubmissionClaim,
): Promise<EventResult> {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const project = await readTotals(tx, projectId)
    const before = project.disbursedCapitalVnd
    const after = (before ?? 0n) + input.amountVnd
    // The project editor refuses a disbursed total above the registered capital: so does this.
    if (project.registeredCapitalVnd !== null && after > project.registeredCapitalVnd) {
      return { ok: false, field: 'amountVnd', error: 'goals.errors.disbursedExceedsRegistered' }
    }
    await submission?.claim(tx, eventsPath(projectId))
    const disbursement = await tx.disbursement.create({
      data: { projectId, date: input.date, amountVnd: input.amountVnd, note: input.note || null },
      select: { id: true },
    })
    // The running total moves with the event, in this same transaction.
    await tx.project.update({
      where: { id: projectId },
      data: { disbursedCapitalVnd: after, version: { increment: 1 } },
    })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'disbursement',
      entityId: disbursement.id,
      changes: diffSnapshots({}, { projectId, date: input.date, amountVnd: input.amountVnd, note: input.note }),
    })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { disbursedCapitalVnd: [before, after] },
      detail: { event: 'disbursement', eventId: disbursement.id, date: input.date },
    })
    return { ok: true }
  })
}

/** Land handed over after site clearance: the project's hectares handed over grow by it. */
export async function addClearanceHandover(
  projectId: string,
  input: EventBase & { hectares: number },
  actor: Actor,
  submission?: SubmissionClaim,
): Promise<EventResult> {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const project = await readTotals(tx, projectId)
    const before = project.clearanceDoneHa
    const after = roundHectares((before ?? 0) + input.hectares)
    // As in the project editor: no more handed over than needs clearing.
    if (project.clearanceNeededHa !== null && after > project.clearanceNeededHa) {
      return { ok: false, field: 'hectares', error: 'goals.errors.clearanceExceedsNeeded' }
    }
    await submission?.claim(tx, eventsPath(projectId))
    const handover = await tx.clearanceHandover.create({
      data: { projectId, date: input.date, hectares: input.hectares, note: input.note || null },
      select: { id: true },
    })
    // The running total moves with the event, in this same transaction.
    await tx.project.update({
      where: { id: projectId },
      data: { clearanceDoneHa: after, version: { increment: 1 } },
    })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'clearance_handover',
      entityId: handover.id,
      changes: diffSnapshots({}, { projectId, date: input.date, hectares: input.hectares, note: input.note }),
    })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { clearanceDoneHa: [before, after] },
      detail: { event: 'clearance_handover', eventId: handover.id, date: input.date },
    })
    return { ok: true }
  })
}

/** Whether a milestone has been reached (policy approval and IRC by the legal dates). */
export function milestoneReached(
  kind: string,
  milestone: { actualDate: Date | null },
  project: { policyDecisionDate: Date | null; ircDate: Date | null },
) {
  if (kind === 'policy_approval') return project.policyDecisionDate !== null
  if (kind === 'irc') return project.ircDate !== null
  return milestone.actualDate !== null
}

/** A likelihood refused as stale: the milestone as it is saved now, and the project's version. */
export type StaleLikelihood = {
  ok: false
  stale: true
  current: { version: number; plannedDate: Date | null; likelihood: string | null }
}

/**
 * How likely a planned milestone is to hold (low / medium / high, or not assessed). Only
 * a milestone that is planned and not yet reached has one: the forecast weighs only those.
 *
 * A milestone belongs to its project: the project's form rewrites its dates (and its rows),
 * so the project's version is the one its likelihood is set on. A likelihood given while
 * looking at an older version (or none) — the planned date may have moved since — is
 * refused (stale) and nothing is written; a saved one moves the version on, like every
 * other write to the project. Sending the likelihood already saved is simply done.
 */
export async function setMilestoneLikelihood(
  projectId: string,
  kind: MilestoneKind,
  likelihood: Likelihood | null,
  version: number | undefined,
  actor: Actor,
): Promise<EventResult | StaleLikelihood> {
  await ensureDb()
  return prisma.$transaction(async (tx): Promise<EventResult | StaleLikelihood> => {
    const milestone = await tx.milestone.findUnique({
      where: { projectId_kind: { projectId, kind } },
      select: { id: true, plannedDate: true, actualDate: true, likelihood: true },
    })
    const project = await tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { policyDecisionDate: true, ircDate: true, version: true },
    })
    if (!milestone?.plannedDate || milestoneReached(kind, milestone, project)) {
      return { ok: false, field: 'likelihood', error: 'goals.errors.milestoneNotPending' }
    }
    if (milestone.likelihood === likelihood) return { ok: true }
    const stale: StaleLikelihood = {
      ok: false,
      stale: true,
      current: { version: project.version, plannedDate: milestone.plannedDate, likelihood: milestone.likelihood },
    }
    if (version === undefined) return stale
    const { count } = await tx.project.updateMany({
      where: { id: projectId, version },
      data: { version: { increment: 1 } },
    })
    if (count === 0) return stale
    await tx.milestone.update({ where: { id: milestone.id }, data: { likelihood } })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { [`milestone.${kind}.likelihood`]: [milestone.likelihood, likelihood] },
    })
    return { ok: true }
  })
}
