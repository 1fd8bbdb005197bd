import { progressChartsGeometry } from '~/components/charts/chart-geometry.server'
import { listExchangeRates } from '~/features/exchange-rates/exchange-rate.server'
import { goalTitle } from '~/features/progress/goal-card'
import { getProgressOverview } from '~/features/progress/progress-overview.server'
import { type Locale, localName } from '~/utils/locale'
import { type Period, hasEnded, parsePeriodKey, periodKey, periodLabel, periodRange } from '~/utils/period'

/**
 * The printed quarterly report's figures (/progress/report): the overview's goals, charts
 * and projects at risk for the period (getProgressOverview, so the report and the page
 * never disagree), and the exchange rates its USD figures were converted at.
 */

const DAY_MS = 86_400_000

export type Rate = { date: Date; vndPerUsd: number }

/** "quý III/2025" inside a Vietnamese sentence, "Q3 2025" in English. */
function reportPeriodLabel(period: Period, locale: Locale): string {
  const label = periodLabel(period, locale)
  return locale === 'vi' ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

/**
 * The rates the period's figures were converted at: the one in force on its first day
 * (the earliest known when none was), then each one dated within it up to today.
 */
function ratesApplied(descending: readonly Rate[], start: Date, until: Date): Rate[] {
  const ascending = [...descending].reverse()
  const atStart = ascending.filter((rate) => rate.date <= start).at(-1) ?? ascending[0]
  const within = ascending.filter((rate) => rate.date > start && rate.date < until)
  return atStart ? [atStart, ...within.filter((rate) => rate !== atStart)] : within
}

export type QuarterlyReport = Awaited<ReturnType<typeof getQuarterlyReport>>
export type ReportGoal = QuarterlyReport['goals'][number]

export async function getQuarterlyReport(period: Period, today: Date, locale: Locale) {
  const key = periodKey(period)
  const { start, end } = periodRange(period)
  const [{ goals, progress, fdi, starts, atRisk }, rates] = await Promise.all([
    getProgressOverview(period, today),
    listExchangeRates(),
  ])
  const rows = goals.flatMap((goal, index) => {
    const result = progress[index]
    if (!result) return []
    const goalPeriod = parsePeriodKey(goal.periodKey) ?? period
    return [
      {
        id: goal.id,
        title: goalTitle(goal, locale),
        periodKey: goal.periodKey,
        periodLabel: periodLabel(goalPeriod, locale),
        department: localName(goal.department, locale),
        metric: goal.metric,
        scopeType: goal.scopeType,
        direction: goal.direction,
        indicatorUnit: goal.indicator?.unit ?? null,
        sourceTitle: goal.sourceTitle,
        progress: result,
      },
    ]
  })
  // The report's own period first, then the longer periods that contain it.
  rows.sort((a, b) => Number(b.periodKey === key) - Number(a.periodKey === key))

  const until = new Date(Math.min(end.getTime(), today.getTime() + DAY_MS))
  const applied = ratesApplied(rates, start, until)
  const fdiGoal = rows.find(
    (row) => row.metric === 'fdi_attracted_usd' && row.scopeType === 'province' && row.periodKey === key,
  )

  return {
    period: {
      value: period,
      key,
      label: reportPeriodLabel(period, locale),
      lastDay: new Date(end.getTime() - DAY_MS),
      ended: hasEnded(period, today),
    },
    goals: rows,
    /** the rate in force at the report's date, and every rate the period's figures used */
    rate: applied.at(-1) ?? null,
    ratesApplied: applied,
    /** forecasts convert at the latest rate (goal-metrics.server.ts) */
    latestRate: rates[0] ?? null,
    charts: {
      fdi: { months: fdi.months, begun: fdi.begun, inMonth: fdi.inMonth, cumulative: fdi.cumulative },
      fdiHasRate: fdi.hasRate,
      fdiTarget: fdiGoal?.progress.target ?? null,
      starts,
      geometry: progressChartsGeometry({ fdi, fdiTarget: fdiGoal?.progress.target ?? null, starts, today }),
    },
    atRisk,
  }
}
