import { AT_RISK_LIMIT, listProjectsAtRisk } from '~/models/at-risk.server'
import { getGoalProgress, listGoalsForPeriod } from '~/models/goal.server'
import { type Period, periodKey } from '~/models/period'
import { constructionStartsByMonth, fdiByMonth } from '~/models/progress-series.server'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * The progress overview's data: the goals of the period with their progress, the two
 * monthly series and the projects at risk. The /progress loader, the printable report's
 * loader and bench/progress-timing.ts all call getProgressOverview, so the benchmark times
 * exactly what the pages do.
 *
 * The result is cached per (period, province day, at-risk limit) and reused only while the
 * database is provably unchanged (docs/decisions/010): the cache entry remembers the
 * database's signature read before the work, and is stored only when the same signature is
 * read again after it. The signature is
 *
 * - `DataGeneration.value`, incremented by a trigger on every insert, update or delete of
 *   every table the overview reads, in the writing transaction (so a rollback undoes it);
 * - `total_changes()`, the rows this connection has written since it opened, which only
 *   grows (so a write on this connection, committed or not, always changes it);
 * - `PRAGMA data_version`, which changes whenever another connection (the seeder, the CLI,
 *   a second server process) commits.
 */
export async function getProgressOverview(
  period: Period,
  today: Date,
  { atRiskLimit = AT_RISK_LIMIT }: { atRiskLimit?: number } = {},
) {
  await ensureDb()
  const key = `${periodKey(period)}|${today.toISOString()}|${atRiskLimit}`
  const before = await databaseSignature()
  if (before === null) return computeOverview(period, today, atRiskLimit)
  const cached = cache.get(key)
  if (cached && cached.signature === before) return cached.value
  const value = computeOverview(period, today, atRiskLimit)
  const entry = { signature: before, value }
  remember(key, entry)
  try {
    await value
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key)
    throw error
  }
  // A write landed while the work ran: the result may mix two states, so it is not kept.
  if ((await databaseSignature()) !== before && cache.get(key) === entry) cache.delete(key)
  return value
}

export type ProgressOverview = Awaited<ReturnType<typeof computeOverview>>

async function computeOverview(period: Period, today: Date, atRiskLimit: number) {
  const goals = await listGoalsForPeriod(period)
  const [progress, fdi, starts, atRisk] = await Promise.all([
    Promise.all(goals.map((goal) => getGoalProgress(goal, today))),
    fdiByMonth(period, today),
    constructionStartsByMonth(period, today),
    listProjectsAtRisk(today, atRiskLimit),
  ])
  return { goals, progress, fdi, starts, atRisk }
}

type Entry = { signature: string; value: Promise<ProgressOverview> }

/** A few periods and days at most: the current quarter, the ones people page through. */
const MAX_ENTRIES = 32
const globalForCache = globalThis as unknown as { tiendoProgressOverviewCache?: Map<string, Entry> }
const cache: Map<string, Entry> = (globalForCache.tiendoProgressOverviewCache ??= new Map())

function remember(key: string, entry: Entry) {
  cache.delete(key)
  cache.set(key, entry)
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value
    if (oldest === undefined) break
    cache.delete(oldest)
  }
}

/** Forget every cached overview (the benchmark times the work itself this way). */
export function clearProgressOverviewCache() {
  cache.clear()
}

type SignatureRow = { generation: bigint | number | null; changes: bigint | number; dataVersion: bigint | number }

/** Null when the generation row is missing (a database older than migration 20261123130000): no caching. */
async function databaseSignature(): Promise<string | null> {
  const [row] = await prisma.$queryRawUnsafe<SignatureRow[]>(
    `SELECT (SELECT "value" FROM "DataGeneration" WHERE "id" = 1) AS generation,
            total_changes() AS changes,
            (SELECT "data_version" FROM pragma_data_version) AS dataVersion`,
  )
  if (!row || row.generation === null) return null
  return `${row.generation}:${row.changes}:${row.dataVersion}`
}
