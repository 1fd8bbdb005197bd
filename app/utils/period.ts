/**
 * Reporting periods as the province speaks of them: a quarter (Q3/2025), a half, the first
 * N months of a year ("7 tháng", cumulative from 1 January), or a year. Days are calendar
 * days stored as UTC midnight; "today" is the province's today (Asia/Ho_Chi_Minh), computed
 * by the caller with provinceToday().
 */
export type PeriodKind = 'quarter' | 'half' | 'months' | 'year'
export type Period = { kind: PeriodKind; year: number; index: number }

const DAY_MS = 86_400_000

function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day))
}

/** "2025-Q3", "2025-H1", "2025-M7" (first seven months), "2025". */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'quarter':
      return `${period.year}-Q${period.index}`
    case 'half':
      return `${period.year}-H${period.index}`
    case 'months':
      return `${period.year}-M${period.index}`
    case 'year':
      return String(period.year)
  }
}

export function parsePeriodKey(key: string): Period | null {
  const match = /^(\d{4})(?:-([QHM])(\d{1,2}))?$/.exec(key.trim())
  if (!match) return null
  const year = Number(match[1])
  if (year < 1990 || year > 2100) return null
  if (!match[2]) return { kind: 'year', year, index: 1 }
  const index = Number(match[3])
  const kind: PeriodKind = match[2] === 'Q' ? 'quarter' : match[2] === 'H' ? 'half' : 'months'
  const max = kind === 'quarter' ? 4 : kind === 'half' ? 2 : 12
  if (index < 1 || index > max) return null
  return { kind, year, index }
}

/** First day (inclusive) and the day after the last (exclusive). */
export function periodRange(period: Period): { start: Date; end: Date } {
  const { year, index } = period
  switch (period.kind) {
    case 'quarter':
      return { start: utcDay(year, (index - 1) * 3, 1), end: utcDay(year, index * 3, 1) }
    case 'half':
      return { start: utcDay(year, (index - 1) * 6, 1), end: utcDay(year, index * 6, 1) }
    case 'months':
      return { start: utcDay(year, 0, 1), end: utcDay(year, index, 1) }
    case 'year':
      return { start: utcDay(year, 0, 1), end: utcDay(year + 1, 0, 1) }
  }
}

export function periodDays(period: Period): number {
  const { start, end } = periodRange(period)
  return Math.round((end.getTime() - start.getTime()) / DAY_MS)
}

/** The share of the period's days that have begun by `today`, today included: 0 to 1. */
export function elapsedFraction(period: Period, today: Date): number {
  const { start, end } = periodRange(period)
  if (today < start) return 0
  if (today >= end) return 1
  const elapsed = Math.round((today.getTime() - start.getTime()) / DAY_MS) + 1
  return elapsed / periodDays(period)
}

/** Whole months of the period completed by `today` (for monthly phasing): 0 to length. */
export function monthsCompleted(period: Period, today: Date): number {
  const { start, end } = periodRange(period)
  if (today < start) return 0
  if (today >= end) return periodMonths(period)
  return (today.getUTCFullYear() - start.getUTCFullYear()) * 12 + today.getUTCMonth() - start.getUTCMonth()
}

export function periodMonths(period: Period): number {
  switch (period.kind) {
    case 'quarter':
      return 3
    case 'half':
      return 6
    case 'months':
      return period.index
    case 'year':
      return 12
  }
}

export function hasEnded(period: Period, today: Date): boolean {
  return today >= periodRange(period).end
}

export function quarterOf(day: Date): Period {
  return { kind: 'quarter', year: day.getUTCFullYear(), index: Math.floor(day.getUTCMonth() / 3) + 1 }
}

/** The period of the same kind just before (Q1/2026 → Q4/2025; "7 months" → last year's). */
export function previousPeriod(period: Period): Period {
  if (period.kind === 'quarter') {
    return period.index === 1 ? { ...period, year: period.year - 1, index: 4 } : { ...period, index: period.index - 1 }
  }
  if (period.kind === 'half') {
    return period.index === 1 ? { ...period, year: period.year - 1, index: 2 } : { ...period, index: 1 }
  }
  return { ...period, year: period.year - 1 }
}

export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 }
}

const ROMAN = ['I', 'II', 'III', 'IV']

/** "Quý III/2025", "6 tháng đầu năm 2025", "7 tháng năm 2025", "Năm 2025" and English. */
export function periodLabel(period: Period, locale: 'vi' | 'en'): string {
  const { year, index } = period
  if (locale === 'vi') {
    switch (period.kind) {
      case 'quarter':
        return `Quý ${ROMAN[index - 1]}/${year}`
      case 'half':
        return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`
      case 'months':
        return `${index} tháng năm ${year}`
      case 'year':
        return `Năm ${year}`
    }
  }
  switch (period.kind) {
    case 'quarter':
      return `Q${index} ${year}`
    case 'half':
      return `${index === 1 ? 'First' : 'Second'} half of ${year}`
    case 'months':
      return `First ${index} months of ${year}`
    case 'year':
      return `Year ${year}`
  }
}
