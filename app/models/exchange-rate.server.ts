import { type Actor, diffSnapshots, writeAudit } from '~/models/audit.server'
import { ensureDb, prisma, readOnConnection } from '~/utils/db.server'

export type ExchangeRateView = { date: Date; vndPerUsd: number }

/** The most recent rate: every converted figure on a page names this rate and its date. */
export async function getLatestExchangeRate(): Promise<ExchangeRateView | null> {
  // Shown on most pages: read on the connection directly (readOnConnection).
  const [row] = await readOnConnection<{ date: string; vndPerUsd: number | bigint }>(
    'SELECT date, vndPerUsd FROM ExchangeRate ORDER BY date DESC LIMIT 1',
  )
  return row ? { date: new Date(row.date), vndPerUsd: Number(row.vndPerUsd) } : null
}

export async function listExchangeRates(take = 100) {
  await ensureDb()
  return prisma.exchangeRate.findMany({
    orderBy: { date: 'desc' },
    take,
    select: { id: true, date: true, vndPerUsd: true, source: true },
  })
}

/** Adds a rate; false when that date already has one. */
export async function addExchangeRate(input: { date: Date; vndPerUsd: number; source?: string }, actor: Actor) {
  await ensureDb()
  const existing = await prisma.exchangeRate.findUnique({ where: { date: input.date }, select: { id: true } })
  if (existing) return false
  await prisma.$transaction(async (tx) => {
    const rate = await tx.exchangeRate.create({ data: { ...input, source: input.source ?? '' } })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'exchange_rate',
      entityId: rate.id,
      changes: diffSnapshots({}, { date: rate.date, vndPerUsd: rate.vndPerUsd, source: rate.source }),
    })
  })
  return true
}
