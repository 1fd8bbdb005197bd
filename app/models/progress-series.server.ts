import { rateForDay, sqlDate } from '~/models/goal-metrics.server'
import { capitalEventsSql, ratesAscending } from '~/models/goal-contributions.server'
import { type Period, periodRange } from '~/models/period'
import { bucketByMonth, cumulativeSums, monthKeyOf, monthsBegun, periodMonthKeys } from '~/models/progress-view'
import { ensureDb, prisma } from '~/utils/db.server'
import { vndToUsd } from '~/utils/money'

/**
 * Monthly series of the progress charts, province-wide, aggregated in SQL: the database
 * returns one row per day (FDI, which must be converted at each day's rate) or per month
 * (construction starts), never the projects themselves.
 */

const PROVINCE = { type: 'province', value: null } as const

/**
 * FDI attracted per month of the period (as the FDI metric counts it: IRCs issued plus
 * capital adjustments, each day converted at that day's rate), and its running total.
 */
export async function fdiByMonth(period: Period, today: Date) {
  await ensureDb()
  const months = periodMonthKeys(period)
  const events = capitalEventsSql(periodRange(period), PROVINCE, true)
  const [days, rates] = await Promise.all([
    prisma.$queryRawUnsafe<{ day: Date | string; vnd: bigint | number | null }[]>(
      `SELECT day, SUM(amount) AS vnd FROM (${events.sql}) GROUP BY day`,
      ...events.params,
    ),
    ratesAscending(),
  ])
  const usdByMonth = new Map<string, bigint>()
  for (const row of days) {
    const day = new Date(row.day)
    const rate = rateForDay(rates, day)
    if (!rate) continue
    const month = monthKeyOf(day)
    usdByMonth.set(month, (usdByMonth.get(month) ?? 0n) + vndToUsd(BigInt(row.vnd ?? 0), rate))
  }
  const inMonth = months.map((month) => usdByMonth.get(month) ?? 0n)
  let running = 0n
  const cumulative = inMonth.map((usd) => (running += usd))
  return { months, begun: monthsBegun(months, today), inMonth, cumulative, hasRate: rates.length > 0 }
}

/** Actual construction starts per month of the period (projects not deleted). */
export async function constructionStartsByMonth(period: Period, today: Date) {
  await ensureDb()
  const months = periodMonthKeys(period)
  const { start, end } = periodRange(period)
  const rows = await prisma.$queryRawUnsafe<{ month: string; starts: bigint | number }[]>(
    `SELECT substr(m."actualDate", 1, 7) AS month, COUNT(*) AS starts
       FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
      WHERE m."kind" = 'construction_start' AND m."actualDate" >= ? AND m."actualDate" < ?
        AND p."deletedAt" IS NULL
      GROUP BY month`,
    sqlDate(start),
    sqlDate(end),
  )
  const inMonth = bucketByMonth(
    rows.map((row) => ({ month: row.month, value: Number(row.starts) })),
    months,
  )
  return { months, begun: monthsBegun(months, today), inMonth, cumulative: cumulativeSums(inMonth) }
}
