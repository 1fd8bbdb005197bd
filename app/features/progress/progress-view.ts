import { type Direction, type Progress, AT_RISK_MARGIN, ON_TRACK_MARGIN } from '~/features/progress/progress'
import { type Period, parsePeriodKey, periodRange, quarterOf } from '~/utils/period'

/**
 * Pure helpers of the progress pages: which period a request asks for, the months a chart
 * covers, and the words a card or a goal page puts on the numbers. No I/O, unit-tested.
 */

/** The period selector's second field: Q1–Q4, H1–H2, M1–M12 (first N months), Y (the year). */
export type PeriodPart = `Q${number}` | `H${number}` | `M${number}` | 'Y'

export function periodPart(period: Period): PeriodPart {
  switch (period.kind) {
    case 'quarter':
      return `Q${period.index}`
    case 'half':
      return `H${period.index}`
    case 'months':
      return `M${period.index}`
    case 'year':
      return 'Y'
  }
}

/**
 * The period of a request: `?period=2025-Q3`, or the selector's `?year=2025&part=Q3`; the
 * current quarter otherwise. Anything unreadable falls back (never an error page) and is
 * returned as `invalid` so the page can say so.
 */
export function resolveProgressPeriod(
  params: URLSearchParams,
  today: Date,
): { period: Period; invalid: string | null } {
  const fallback = quarterOf(today)
  const key = params.get('period')
  const year = params.get('year')
  const part = params.get('part')
  if (key !== null) {
    const parsed = parsePeriodKey(key)
    return parsed ? { period: parsed, invalid: null } : { period: fallback, invalid: key.slice(0, 40) }
  }
  if (year !== null || part !== null) {
    const text = `${year ?? ''}-${part ?? ''}`
    if (!year || !/^\d{4}$/.test(year) || !part) return { period: fallback, invalid: text.slice(0, 40) }
    const parsed = parsePeriodKey(part === 'Y' ? year : `${year}-${part}`)
    return parsed ? { period: parsed, invalid: null } : { period: fallback, invalid: text.slice(0, 40) }
  }
  return { period: fallback, invalid: null }
}

/** Years offered by the selector: next year back to five years ago, plus the shown one. */
export function selectableYears(today: Date, shown: Period): number[] {
  const current = today.getUTCFullYear()
  const years = new Set<number>([shown.year])
  for (let year = current + 1; year >= current - 5; year -= 1) years.add(year)
  return [...years].sort((a, b) => b - a)
}

/** The period `delta` steps away, of the same kind (for "previous / next" links). */
export function stepPeriod(period: Period, delta: -1 | 1): Period {
  const perYear = period.kind === 'quarter' ? 4 : period.kind === 'half' ? 2 : period.kind === 'months' ? 12 : 1
  if (period.kind === 'year') return { ...period, year: period.year + delta }
  const zeroBased = period.year * perYear + (period.index - 1) + delta
  return { ...period, year: Math.floor(zeroBased / perYear), index: (zeroBased % perYear) + 1 }
}

/** "2025-07", "2025-08", "2025-09" for Q3/2025: the months a chart of the period covers. */
export function periodMonthKeys(period: Period): string[] {
  const { start, end } = periodRange(period)
  const keys: string[] = []
  for (let month = new Date(start); month < end; month = addMonths(month, 1)) keys.push(monthKeyOf(month))
  return keys
}

function addMonths(day: Date, months: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1))
}

export function monthKeyOf(day: Date): string {
  return day.toISOString().slice(0, 7)
}

/** Months of the list that have begun by `today` (later months have no figure yet). */
export function monthsBegun(monthKeys: readonly string[], today: Date): number {
  const current = monthKeyOf(today)
  return monthKeys.filter((key) => key <= current).length
}

/** Values per month key, zero where a month has none; keys outside the list are ignored. */
export function bucketByMonth(
  rows: readonly { month: string; value: number }[],
  monthKeys: readonly string[],
): number[] {
  const byMonth = new Map<string, number>()
  for (const row of rows) byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.value)
  return monthKeys.map((key) => byMonth.get(key) ?? 0)
}

export function cumulativeSums(values: readonly number[]): number[] {
  let running = 0
  return values.map((value) => (running += value))
}

export type Change =
  { kind: 'none' } | { kind: 'same' } | { kind: 'up' | 'down'; difference: number; percent: number | null }

/** How `current` compares with `base`: the difference and, when the base is not zero, the percentage. */
export function describeChange(current: number | null, base: number | null): Change {
  if (current === null || base === null) return { kind: 'none' }
  const difference = current - base
  if (Math.abs(difference) < 1e-9) return { kind: 'same' }
  const percent = base === 0 ? null : (Math.abs(difference) / Math.abs(base)) * 100
  return { kind: difference > 0 ? 'up' : 'down', difference: Math.abs(difference), percent }
}

/** Which sentence of the rule decided a goal's status, with the figures it used. */
export type ProgressExplanation =
  | { case: 'noData' }
  | { case: 'reached' }
  | { case: 'endedShort' }
  | { case: 'endedUnder' }
  | { case: 'overLimit' }
  | { case: 'levelPending' }
  | { case: 'ahead' }
  | { case: 'behind'; gap: number; gapShare: number }

export function explainProgress(progress: Progress, direction: Direction): ProgressExplanation {
  const { actual, target, expected, ended, status } = progress
  if (actual === null) return { case: 'noData' }
  const scale = Math.abs(target) || 1
  if (direction === 'at_least') {
    if (status === 'met') return { case: 'reached' }
    if (ended) return { case: 'endedShort' }
    if (actual >= target) return { case: 'levelPending' }
    if (actual >= expected) return { case: 'ahead' }
    return { case: 'behind', gap: expected - actual, gapShare: (expected - actual) / scale }
  }
  if (actual > target) return { case: 'overLimit' }
  if (ended) return { case: 'endedUnder' }
  if (actual <= expected) return { case: 'ahead' }
  return { case: 'behind', gap: actual - expected, gapShare: (actual - expected) / scale }
}

/** The rule's thresholds as shown in words ("10 %", "25 %"). */
export const RULE_MARGINS = { onTrack: ON_TRACK_MARGIN * 100, atRisk: AT_RISK_MARGIN * 100 }
