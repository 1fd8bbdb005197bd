import { type Prisma } from '@prisma/client'
import {
  EVENT_KIND,
  type EventKind,
  type EventValues,
  type ProjectTotals,
  eventSnapshot,
  moveTotal,
} from '~/features/project-events/event-kinds'
import { EVENT_TABLE, insertEvent, revisionColumns, tallyEvents } from '~/features/project-events/event-kinds.server'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type SubmissionClaim } from '~/utils/submission-key.server'

/**
 * A project's dated events — IRC capital adjustments, disbursements, site-clearance
 * handovers (event-kinds.ts) — which the goals count by their dates
 * (app/features/goals/goal-metrics.server.ts). The likelihood staff give each planned
 * milestone, on the same page, is in milestone-likelihood.server.ts.
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

/** The latest events of a kind, as the page lists them (voided ones too, struck through). */
function listed<Columns extends object>(columns: Columns) {
  return {
    orderBy: [{ date: 'desc' as const }, { createdAt: 'desc' as const }],
    take: EVENTS_SHOWN,
    select: { id: true, date: true, note: true, createdAt: true, ...revisionColumns, ...columns },
  }
}

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
      capitalChanges: listed(EVENT_TABLE['capital-change'].columns),
      disbursements: listed(EVENT_TABLE.disbursement.columns),
      clearanceHandovers: listed(EVENT_TABLE.clearance.columns),
    },
  })
  if (!project) return null
  const [capital, disbursed, handedOver] = await Promise.all([
    tallyEvents(prisma, 'capital-change', projectId),
    tallyEvents(prisma, 'disbursement', projectId),
    tallyEvents(prisma, 'clearance', projectId),
  ])
  return {
    ...project,
    sums: {
      capitalChangesVnd: capital.amount,
      capitalChangeCount: capital.count,
      disbursementsVnd: disbursed.amount,
      disbursementCount: disbursed.count,
      handedOverHa: handedOver.amount,
      handoverCount: handedOver.count,
    },
  } satisfies { sums: Record<(typeof EVENT_KIND)[EventKind]['sums']['amount' | 'count'], unknown> }
}

export type EventResult = { ok: true } | { ok: false; field: string; error: string }

type Tx = Prisma.TransactionClient

/** The project's figures the events move and are checked against (also by their corrections). */
export async function readTotals(tx: Tx, projectId: string): Promise<ProjectTotals> {
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

/**
 * An event of any kind (event-kinds.ts): the project's running total moves by its amount,
 * refused beyond the kind's limits (a capital adjustment before the IRC, or leaving the
 * capital below zero or below what is disbursed; disbursements above the capital; land
 * beyond what needs clearing). The event, the total, the project's version and two audit
 * rows (the event's, the project's) are written in one transaction.
 */
export async function addProjectEvent(
  kind: EventKind,
  projectId: string,
  input: EventValues,
  actor: Actor,
  submission?: SubmissionClaim,
): Promise<EventResult> {
  await ensureDb()
  const { entityType, value } = EVENT_KIND[kind]
  return prisma.$transaction(async (tx): Promise<EventResult> => {
    const move = moveTotal(kind, await readTotals(tx, projectId), null, input, value)
    if (!move.ok) return move
    // Checked before the key is claimed: a refused form can be corrected and sent again.
    await submission?.claim(tx, eventsPath(projectId))
    const eventId = await insertEvent(tx, kind, projectId, input)
    // The running total moves with the event, in this same transaction.
    await tx.project.update({
      where: { id: projectId },
      data: { [move.field]: move.after, version: { increment: 1 } },
    })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType,
      entityId: eventId,
      changes: diffSnapshots({}, { projectId, ...eventSnapshot(kind, input) }),
    })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { [move.field]: [move.before, move.after] },
      detail: { event: entityType, eventId, date: input.date },
    })
    return { ok: true }
  })
}
