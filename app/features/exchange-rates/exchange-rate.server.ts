import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma, readOnConnection } from '~/utils/db.server'
import { isUniqueViolation } from '~/utils/submission-key.server'

export type ExchangeRateView = { date: Date; vndPerUsd: number }

/**
 * The rates in force are those neither voided nor corrected (docs/decisions/013): a voided
 * rate stays on the rates page, struck through, and converts nothing. At most one rate in
 * force a day (a partial unique index, migration 20261207110000_corrections).
 */

/** The most recent rate: every converted figure on a page names this rate and its date. */
export async function getLatestExchangeRate(): Promise<ExchangeRateView | null> {
  // Shown on most pages: read on the connection directly (readOnConnection).
  const [row] = await readOnConnection<{ date: string; vndPerUsd: number | bigint }>(
    'SELECT date, vndPerUsd FROM ExchangeRate WHERE voidedAt IS NULL ORDER BY date DESC LIMIT 1',
  )
  return row ? { date: new Date(row.date), vndPerUsd: Number(row.vndPerUsd) } : null
}

/** The rates in force, newest first: what the figures were converted at. */
export async function listExchangeRates(take = 100) {
  await ensureDb()
  return prisma.exchangeRate.findMany({
    where: { voidedAt: null },
    orderBy: { date: 'desc' },
    take,
    select: { id: true, date: true, vndPerUsd: true, source: true },
  })
}

/** Every rate recorded, voided ones too (with who voided them and why), newest first. */
export async function listExchangeRateRecords(take = 100) {
  await ensureDb()
  return prisma.exchangeRate.findMany({
    orderBy: [{ date: 'desc' }, { voidedAt: { sort: 'asc', nulls: 'first' } }, { id: 'desc' }],
    take,
    select: {
      id: true,
      date: true,
      vndPerUsd: true,
      source: true,
      voidedAt: true,
      voidedByName: true,
      voidReason: true,
      supersededById: true,
    },
  })
}

export type ExchangeRateRecord = Awaited<ReturnType<typeof listExchangeRateRecords>>[number]

export type RateInput = { date: Date; vndPerUsd: number; source?: string }

/** Whether a rate in force has this date (other than the one being corrected). */
async function dateTaken(date: Date, except?: string) {
  const taken = await prisma.exchangeRate.findFirst({
    where: { date, voidedAt: null, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  })
  return taken !== null
}

/** Adds a rate; false when that date already has one in force. */
export async function addExchangeRate(input: RateInput, actor: Actor) {
  await ensureDb()
  if (await dateTaken(input.date)) return false
  try {
    await prisma.$transaction(async (tx) => {
      const rate = await tx.exchangeRate.create({ data: { ...input, source: input.source ?? '' } })
      await writeAudit(tx, actor, {
        action: 'create',
        entityType: 'exchange_rate',
        entityId: rate.id,
        changes: diffSnapshots({}, { date: rate.date, vndPerUsd: rate.vndPerUsd, source: rate.source }),
      })
    })
  } catch (error) {
    // Two rates for one day sent at once: the index on the rates in force decides.
    if (isUniqueViolation(error)) return false
    throw error
  }
  return true
}

export type RateRevisionResult =
  /** date: the voided rate's */
  | { ok: true; date: Date }
  | { ok: false; notFound: true }
  /** field '' is the form's own error */
  | { ok: false; field: string; error: string }

const ALREADY_VOIDED = { ok: false, field: '', error: 'corrections.errors.alreadyVoided' } as const

/**
 * Voids the rate (and, for a correction, adds the corrected one and points the old row to
 * it), audited with the reason. Of two corrections of one rate the second finds it voided
 * and writes nothing.
 */
async function reviseRate(
  id: string,
  reason: string,
  corrected: RateInput | null,
  actor: Actor,
): Promise<RateRevisionResult> {
  await ensureDb()
  const old = await prisma.exchangeRate.findUnique({
    where: { id },
    select: { id: true, date: true, vndPerUsd: true, source: true, voidedAt: true },
  })
  if (!old) return { ok: false, notFound: true }
  if (old.voidedAt) return ALREADY_VOIDED
  const before = { date: old.date, vndPerUsd: old.vndPerUsd, source: old.source }
  const after = corrected && { date: corrected.date, vndPerUsd: corrected.vndPerUsd, source: corrected.source ?? '' }
  const changes = after ? diffSnapshots(before, after) : null
  if (changes && Object.keys(changes).length === 0) {
    return { ok: false, field: '', error: 'corrections.errors.correctionUnchanged' }
  }
  if (after && (await dateTaken(after.date, id))) return { ok: false, field: 'date', error: 'exchangeRates.duplicate' }
  try {
    return await prisma.$transaction(async (tx): Promise<RateRevisionResult> => {
      const stamp = { voidedAt: new Date(), voidedById: actor.userId, voidedByName: actor.userName, voidReason: reason }
      const { count } = await tx.exchangeRate.updateMany({ where: { id, voidedAt: null }, data: stamp })
      if (count === 0) return ALREADY_VOIDED
      let correctionId: string | null = null
      if (after) {
        correctionId = (await tx.exchangeRate.create({ data: after, select: { id: true } })).id
        await tx.exchangeRate.update({ where: { id }, data: { supersededById: correctionId } })
      }
      await writeAudit(tx, actor, {
        action: after ? 'correct' : 'void',
        entityType: 'exchange_rate',
        entityId: id,
        changes: changes ?? undefined,
        detail: {
          event: 'exchange_rate',
          ...before,
          reason,
          ...(correctionId ? { correctionId, corrected: changes } : {}),
        },
      })
      return { ok: true, date: old.date }
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: 'date', error: 'exchangeRates.duplicate' }
    throw error
  }
}

export function voidExchangeRate(id: string, reason: string, actor: Actor): Promise<RateRevisionResult> {
  return reviseRate(id, reason, null, actor)
}

export function correctExchangeRate(
  id: string,
  input: RateInput & { reason: string },
  actor: Actor,
): Promise<RateRevisionResult> {
  const { reason, ...corrected } = input
  return reviseRate(id, reason, corrected, actor)
}
