import {
  EVENT_KIND,
  type EventKind,
  type EventValues,
  eventSnapshot,
  moveTotal,
} from '~/features/project-events/event-kinds'
import { insertEvent, linkCorrection, readEvent, stampVoided } from '~/features/project-events/event-kinds.server'
import { readTotals } from '~/features/project-events/project-events.server'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * Correcting and voiding a project's dated events — capital adjustments, disbursements,
 * land handovers (docs/decisions/013). Nothing is rewritten: a void stamps the row
 * (`voidedAt`, who, the reason) and it counts nowhere from then on; a correction voids the
 * row the same way, adds a new row with the corrected values and points the old row to it
 * (`supersededById`). The project's running total moves by the difference, in the same
 * transaction, with the same limits as an entry (moveTotal in event-kinds.ts); the
 * goal tallies follow by their triggers (migration 20261207110100_metric_tallies_voided).
 *
 * A row is voided once: the void is an UPDATE … WHERE voidedAt IS NULL, so of two people
 * correcting the same row at once the second is told it is already done, and nothing of
 * theirs is written.
 */

export type RevisionResult =
  /** date: the revised entry's, as it was */
  | { ok: true; correctionId: string | null; date: Date }
  | { ok: false; notFound: true }
  /** field '' is the form's own error (the row is already voided, nothing changed…) */
  | { ok: false; field: string; error: string }

const ALREADY_VOIDED = { ok: false, field: '', error: 'corrections.errors.alreadyVoided' } as const

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
  corrected: EventValues | null,
  actor: Actor,
): Promise<RevisionResult> {
  await ensureDb()
  const { entityType, value } = EVENT_KIND[kind]
  return prisma.$transaction(async (tx): Promise<RevisionResult> => {
    const entry: (EventValues & { voidedAt: Date | null }) | null = await readEvent(tx, kind, projectId, id)
    if (!entry) return { ok: false, notFound: true }
    if (entry.voidedAt) return ALREADY_VOIDED
    const before = eventSnapshot(kind, entry)
    const after = corrected ? eventSnapshot(kind, corrected) : null
    const changes = after ? diffSnapshots(before, after) : null
    if (changes && Object.keys(changes).length === 0) {
      return { ok: false, field: '', error: 'corrections.errors.correctionUnchanged' }
    }
    const move = moveTotal(kind, await readTotals(tx, projectId), entry, corrected, corrected ? value : '')
    if (!move.ok) return move

    // The guard: only a row nobody has voided yet. Nothing is written before it.
    const stamp = { voidedAt: new Date(), voidedById: actor.userId, voidedByName: actor.userName, voidReason: reason }
    if ((await stampVoided(tx, kind, id, stamp)) === 0) return ALREADY_VOIDED
    const correctionId = corrected ? await insertEvent(tx, kind, projectId, corrected) : null
    if (correctionId) await linkCorrection(tx, kind, id, correctionId)

    // A correction of the date or the note alone leaves the total (and the project's version) as it is.
    const totalMoved = !corrected || corrected[value] !== entry[value]
    if (totalMoved) {
      await tx.project.update({
        where: { id: projectId },
        data: { [move.field]: move.after, version: { increment: 1 } },
      })
    }
    const action = corrected ? 'correct' : 'void'
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
  values: EventValues & { reason: string },
  actor: Actor,
) {
  const { reason, ...corrected } = values
  return revise(kind, projectId, id, reason, corrected, actor)
}
