import { rateForDay, ratesAscending, tallyByDay } from '~/features/goals/goal-metrics.server'
import {
  bucketByMonth,
  cumulativeSums,
  monthKeyOf,
  monthsBegun,
  periodMonthKeys,
} from '~/features/progress/progress-view'
import { ensureDb } from '~/utils/db.server'
import { vndToUsd } from '~/utils/money'
import { type Period, periodRange } from '~/utils/period'

/**
 * Monthly series of the progress charts, province-wide, read from the metric tallies
 * (docs/decisions/012): one row per day, never the projects themselves. FDI is converted at
 * each day's rate, as the FDI metric does.
 */

/**
 * FDI attracted per month of the period (as the FDI metric counts it: IRCs issued plus
 * capital adjustments, each day converted at that day's rate), and its running total.
 */
export async function fdiByMonth(period: Period, today: Date) {
  await ensureDb()
  const months = periodMonthKeys(period)
  const [days, rates] = await Promise.all([tallyByDay('capital', periodRange(period), '', true), ratesAscending()])
  const usdByMonth = new Map<string, bigint>()
  for (const { day, amount } of days) {
    const rate = rateForDay(rates, day)
    if (!rate) continue
    const month = monthKeyOf(day)
    usdByMonth.set(month, (usdByMonth.get(month) ?? 0n) + vndToUsd(amount, rate))
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
  const days = await tallyByDay('start', periodRange(period), '', false)
  const inMonth = bucketByMonth(
    days.map(({ day, n }) => ({ month: monthKeyOf(day), value: n })),
    months,
  )
  return { months, begun: monthsBegun(months, today), inMonth, cumulative: cumulativeSums(inMonth) }
}
