import { type Period, type PeriodKind, parsePeriodKey, periodKey } from '~/utils/period'

/**
 * Periods and indicator units as the goal and statistic forms show them, without Zod: the
 * forms' components import these, and Zod stays out of their pages (goal-schema.ts builds
 * the schemas on them and re-exports them).
 */

export const PERIOD_KINDS = ['quarter', 'half', 'months', 'year'] as const satisfies readonly PeriodKind[]

/** Units an indicator may be reported in; the database keeps the code. */
export const INDICATOR_UNITS = [
  'percent',
  'index',
  'million_kwh',
  'billion_kwh',
  'tonnes',
  'thousand_tonnes',
  'units',
] as const

/** Quarters are numbered I–IV in Vietnamese documents ("Quý III/2025"). */
export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const

export const MIN_YEAR = 2000
export const MAX_YEAR = 2100

/** How many choices of index a kind of period has (Q1–Q4, H1–H2, first 1–12 months). */
export function periodIndexCount(kind: PeriodKind): number {
  switch (kind) {
    case 'quarter':
      return 4
    case 'half':
      return 2
    case 'months':
      return 12
    case 'year':
      return 1
  }
}

/** The period the three controls name, or null when the index does not fit the kind. */
export function periodFromParts(kind: PeriodKind, year: number, index: number | undefined): Period | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null
  if (kind === 'year') return { kind, year, index: 1 }
  if (index === undefined || !Number.isInteger(index) || index < 1 || index > periodIndexCount(kind)) return null
  return { kind, year, index }
}

/** A stored period key as the form's three values. */
export function periodParts(key: string | null | undefined) {
  const period = key ? parsePeriodKey(key) : null
  if (!period) return { periodKind: undefined, periodYear: undefined, periodIndex: undefined }
  return {
    periodKind: period.kind,
    periodYear: String(period.year),
    periodIndex: period.kind === 'year' ? undefined : String(period.index),
  }
}

export type PeriodValues = { periodKind: PeriodKind; periodYear: number; periodIndex?: number }

export function periodKeyOf(value: PeriodValues): string {
  const period = periodFromParts(value.periodKind, value.periodYear, value.periodIndex)
  if (!period) throw new Error('periodKeyOf called on an unchecked period')
  return periodKey(period)
}
