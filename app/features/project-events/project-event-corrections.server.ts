import { type Prisma } from '@prisma/client'
import { type EventKind } from '~/features/project-events/event-correction-schema'
import { type ProjectTotals, readTotals } from '~/features/project-events/project-events.server'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * Correcting and voiding a project's dated events — capital adjustments, disbursements,
 * land handovers (docs/decisions/013). Nothing is rewritten: a void stamps the row
 * (`voidedAt`, who, the reason) and it counts nowhere from then on; a correction voids the
 * row the same way, adds a new row with the corrected values and points the old row to it
 * (`supersededById`). The project's running total moves by the difference, in the same
 * transaction, with the same limits as an entry (app/models/project-events.server.ts); the
 * goal tallies follow by their triggers (migration 20261207110100_metric_tallies_voided).
 *
 * A row is voided once: the void is an UPDATE … WHERE voidedAt IS NULL, so of two people
 * correcting the same row at once the second is told it is already done, and nothing of
 * theirs is written.
 */

/** How the audit trail names each kind's records. */
export const EVENT_ENTITY = {
  'capital-change': 'capital_change',
  disbursement: 'disbursement',
  clearance: 'clearance_handover',
} as const satisfies Record<EventKind, string>

type Tx = Prisma.TransactionClient

/** An entry as a correction reads it: đồng for capital and disbursements, hectares for land. */
type Entry = {
  id: string
  date: Date
  amountVnd: bigint | null
  hectares: number | null
  documentNumber: string | null
  note: string | null
  voidedAt: Date | null
}

export type CorrectedValues = {
  date: Date
  amountVnd?: bigint
  hectares?: number
  documentNumber?: string
  note?: string
}

export type RevisionResult =
  /** date: the revised entry's, as it was */
  | { ok: true; correctionId: string | null; date: Date }
  | { ok: false; notFound: true }
  /** field '' is the form's own error (the row is already voided, nothing changed…) */
  | { ok: false; field: string; error: string }

const ALREADY_VOIDED = { ok: false, field: '', error: 'corrections.errors.alreadyVoided' } as const

const entrySelect = { id: true, date: true, note: true, voidedAt: true } as const

/** The entry, only if it is this project's: another project's id is not found. */
async function readEntry(tx: Tx, kind: EventKind, projectId: string, id: string): Promise<Entry | null> {
  const where = { id, projectId }
  switch (kind) {
    case 'capital-change': {
      const row = await tx.capitalChange.findFirst({
        where,
        select: { ...entrySelect, amountVnd: true, documentNumber: true },
      })
      return row && { ...row, hectares: null }
    }
    case 'disbursement': {
      const row = await tx.disbursement.findFirst({ where, select: { ...entrySelect, amountVnd: true } })
      return row && { ...row, hectares: null, documentNumber: null }
    }
    case 'clearance': {
      const row = await tx.clearanceHandover.findFirst({ where, select: { ...entrySelect, hectares: true } })
      return row && { ...row, amountVnd: null, documentNumber: null }
    }
  }
}

type VoidStamp = { voidedAt: Date; voidedById: string | null; voidedByName: string | null; voidReason: string }

/** Voids the row if nobody has yet: 1, or 0 when it was voided meanwhile. */
async function stampVoided(tx: Tx, kind: EventKind, id: string, stamp: VoidStamp) {
  const where = { id, voidedAt: null }
  switch (kind) {
    case 'capital-change':
      return (await tx.capitalChange.updateMany({ where, data: stamp })).count
    case 'disbursement':
      return (await tx.disbursement.updateMany({ where, data: stamp })).count
    case 'clearance':
      return (await tx.clearanceHandover.updateMany({ where, data: stamp })).count
  }
}

/** The correcting row, and the old row's pointer to it. */
async function insertCorrection(tx: Tx, kind: EventKind, projectId: string, oldId: string, values: CorrectedValues) {
  const base = { projectId, date: values.date, note: values.note || null }
  const select = { id: true } as const
  let id: string
  switch (kind) {
    case 'capital-change':
      id = (
        await tx.capitalChange.create({
          data: { ...base, amountVnd: values.amountVnd ?? 0n, documentNumber: values.documentNumber || null },
          select,
        })
      ).id
      await tx.capitalChange.update({ where: { id: oldId }, data: { supersededById: id } })
      return id
    case 'disbursement':
      id = (await tx.disbursement.create({ data: { ...base, amountVnd: values.amountVnd ?? 0n }, select })).id
      await tx.disbursement.update({ where: { id: oldId }, data: { supersededById: id } })
      return id
    case 'clearance':
      id = (await tx.clearanceHandover.create({ data: { ...base, hectares: values.hectares ?? 0 }, select })).id
      await tx.clearanceHandover.update({ where: { id: oldId }, data: { supersededById: id } })
      return id
  }
}

/** Hectares are kept to four decimals (1 m²), as the entries' running total is. */
function roundHectares(value: number) {
  return Math.round(value * 10_000) / 10_000
}

type TotalMove =
  | { ok: true; field: 'registeredCapitalVnd' | 'disbursedCapitalVnd'; before: bigint | null; after: bigint }
  | { ok: true; field: 'clearanceDoneHa'; before: number | null; after: number }
  | { ok: false; field: string; error: string }

/**
 * The project's total once the entry is taken out (and the correction put in), refused with
 * the entry form's own messages where an entry would be: capital below zero or below what is
 * disbursed, disbursed above the capital, land above what needs clearing. `valueField` is the
 * form field a refusal is shown on ('' on a void form, which has no amount).
 */
function moveTotal(
  kind: EventKind,
  project: ProjectTotals,
  entry: Entry,
  corrected: CorrectedValues | null,
  valueField: string,
): TotalMove {
  const refuse = (field: string, error: string) => ({ ok: false, field, error }) as const
  switch (kind) {
    case 'capital-change': {
      if (corrected && project.ircDate && corrected.date < project.ircDate)
        return refuse('date', 'goals.errors.beforeIrc')
      const before = project.registeredCapitalVnd
      const after = (before ?? 0n) - (entry.amountVnd ?? 0n) + (corrected?.amountVnd ?? 0n)
      if (after < 0n) return refuse(valueField, 'goals.errors.capitalBelowZero')
      if (project.disbursedCapitalVnd !== null && after < project.disbursedCapitalVnd) {
        return refuse(valueField, 'goals.errors.capitalBelowDisbursed')
      }
      return { ok: true, field: 'registeredCapitalVnd', before, after }
    }
    case 'disbursement': {
      const before = project.disbursedCapitalVnd
      const after = (before ?? 0n) - (entry.amountVnd ?? 0n) + (corrected?.amountVnd ?? 0n)
      if (after < 0n) return refuse(valueField, 'corrections.errors.totalBelowZero')
      if (project.registeredCapitalVnd !== null && after > project.registeredCapitalVnd) {
        return refuse(valueField, 'goals.errors.disbursedExceedsRegistered')
      }
      return { ok: true, field: 'disbursedCapitalVnd', before, after }
    }
    case 'clearance': {
      const before = project.clearanceDoneHa
      const after = roundHectares((before ?? 0) - (entry.hectares ?? 0) + (corrected?.hectares ?? 0))
      if (after < 0) return refuse(valueField, 'corrections.errors.totalBelowZero')
      if (project.clearanceNeededHa !== null && after > project.clearanceNeededHa) {
        return refuse(valueField, 'goals.errors.clearanceExceedsNeeded')
      }
      return { ok: true, field: 'clearanceDoneHa', before, after }
    }
  }
}

/** The fields an entry of this kind has, as the audit trail stores them. */
function snapshot(
  kind: EventKind,
  values: {
    date: Date
    amountVnd?: bigint | null
    hectares?: number | null
    documentNumber?: string | null
    note?: string | null
  },
) {
  const note = values.note || null
  switch (kind) {
    case 'capital-change':
      return { date: values.date, amountVnd: values.amountVnd, documentNumber: values.documentNumber || null, note }
    case 'disbursement':
      return { date: values.date, amountVnd: values.amountVnd, note }
    case 'clearance':
      return { date: values.date, hectares: values.hectares, note }
  }
}

/**
 * Takes the entry out (void) or replaces it (correction), moves the project's total, and
 * writes two audit rows: one on the entry, one on the project (its History tab), both with
 * the reason and what the entry was.
 */
async function revise(
  kind: EventKind,
  projectId: string,
  id: string,
  reason: string,
  corrected: CorrectedValues | null,
  actor: Actor,
): Promise<RevisionResult> {
  await ensureDb()
  return prisma.$transaction(async (tx): Promise<RevisionResult> => {
    const entry = await readEntry(tx, kind, projectId, id)
    if (!entry) return { ok: false, notFound: true }
    if (entry.voidedAt) return ALREADY_VOIDED
    const before = snapshot(kind, entry)
    const after = corrected ? snapshot(kind, corrected) : null
    const changes = after ? diffSnapshots(before, after) : null
    if (changes && Object.keys(changes).length === 0) {
      return { ok: false, field: '', error: 'corrections.errors.correctionUnchanged' }
    }
    const valueField = corrected ? (kind === 'clearance' ? 'hectares' : 'amountVnd') : ''
    const move = moveTotal(kind, await readTotals(tx, projectId), entry, corrected, valueField)
    if (!move.ok) return move

    // The guard: only a row nobody has voided yet. Nothing is written before it.
    const stamp = { voidedAt: new Date(), voidedById: actor.userId, voidedByName: actor.userName, voidReason: reason }
    if ((await stampVoided(tx, kind, id, stamp)) === 0) return ALREADY_VOIDED
    const correctionId = corrected ? await insertCorrection(tx, kind, projectId, id, corrected) : null

    // A correction of the date or the note alone leaves the total (and the project's version) as it is.
    const totalMoved =
      !corrected ||
      (kind === 'clearance' ? corrected.hectares !== entry.hectares : corrected.amountVnd !== entry.amountVnd)
    if (totalMoved) {
      await tx.project.update({
        where: { id: projectId },
        data: { [move.field]: move.after, version: { increment: 1 } },
      })
    }
    const action = corrected ? 'correct' : 'void'
    const entityType = EVENT_ENTITY[kind]
    const detail = {
      projectId,
      event: entityType,
      eventId: id,
      ...before,
      reason,
      ...(correctionId ? { correctionId, corrected: changes } : {}),
    }
    await writeAudit(tx, actor, { action, entityType, entityId: id, changes: changes ?? undefined, detail })
    await writeAudit(tx, actor, {
      action,
      entityType: 'project',
      entityId: projectId,
      changes: totalMoved ? { [move.field]: [move.before, move.after] } : {},
      detail,
    })
    return { ok: true, correctionId, date: entry.date }
  })
}

/** Withdraws an entry typed by mistake: it stays, struck through, and counts nowhere. */
export function voidProjectEvent(kind: EventKind, projectId: string, id: string, reason: string, actor: Actor) {
  return revise(kind, projectId, id, reason, null, actor)
}

/** Replaces an entry by a corrected one; the original stays, voided, pointing to it. */
export function correctProjectEvent(
  kind: EventKind,
  projectId: string,
  id: string,
  values: CorrectedValues & { reason: string },
  actor: Actor,
) {
  const { reason, ...corrected } = values
  return revise(kind, projectId, id, reason, corrected, actor)
}
