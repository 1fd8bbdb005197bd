import { describe, expect, test } from 'vitest'
import { computeProgress } from '~/features/progress/progress'
import {
  bucketByMonth,
  cumulativeSums,
  describeChange,
  explainProgress,
  monthsBegun,
  periodMonthKeys,
  periodPart,
  resolveProgressPeriod,
  selectableYears,
  stepPeriod,
} from '~/features/progress/progress-view'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const q3 = { kind: 'quarter', year: 2025, index: 3 } as const
const today = day('2025-08-15')

describe('the period of a request', () => {
  test('reads ?period=, or the selector’s year and part, else the current quarter', () => {
    const read = (query: string) => resolveProgressPeriod(new URLSearchParams(query), today)
    expect(read('')).toEqual({ period: q3, invalid: null })
    expect(read('period=2024-H1')).toEqual({ period: { kind: 'half', year: 2024, index: 1 }, invalid: null })
    expect(read('year=2025&part=M7')).toEqual({ period: { kind: 'months', year: 2025, index: 7 }, invalid: null })
    expect(read('year=2025&part=Y')).toEqual({ period: { kind: 'year', year: 2025, index: 1 }, invalid: null })
  })

  test('falls back on anything unreadable, saying what it could not read', () => {
    const read = (query: string) => resolveProgressPeriod(new URLSearchParams(query), today)
    expect(read('period=2025-Q5')).toEqual({ period: q3, invalid: '2025-Q5' })
    expect(read('period=')).toEqual({ period: q3, invalid: '' })
    expect(read('year=2025')).toEqual({ period: q3, invalid: '2025-' })
    expect(read('year=20255&part=Q1').period).toEqual(q3)
    expect(read('year=2025&part=M13').period).toEqual(q3)
    expect(read(`period=${'x'.repeat(500)}`).invalid).toHaveLength(40)
  })

  test('the selector parts and years round-trip', () => {
    expect(periodPart(q3)).toBe('Q3')
    expect(periodPart({ kind: 'year', year: 2025, index: 1 })).toBe('Y')
    expect(selectableYears(today, { kind: 'year', year: 2012, index: 1 })).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021, 2020, 2012,
    ])
  })

  test('steps to the period before and after, across years', () => {
    expect(stepPeriod({ kind: 'quarter', year: 2025, index: 1 }, -1)).toEqual({ kind: 'quarter', year: 2024, index: 4 })
    expect(stepPeriod({ kind: 'quarter', year: 2025, index: 4 }, 1)).toEqual({ kind: 'quarter', year: 2026, index: 1 })
    expect(stepPeriod({ kind: 'half', year: 2025, index: 2 }, 1)).toEqual({ kind: 'half', year: 2026, index: 1 })
    expect(stepPeriod({ kind: 'months', year: 2025, index: 7 }, 1)).toEqual({ kind: 'months', year: 2025, index: 8 })
    expect(stepPeriod({ kind: 'year', year: 2025, index: 1 }, -1)).toEqual({ kind: 'year', year: 2024, index: 1 })
  })
})

describe('monthly series', () => {
  test('the months of a period, and those begun by today', () => {
    expect(periodMonthKeys(q3)).toEqual(['2025-07', '2025-08', '2025-09'])
    expect(periodMonthKeys({ kind: 'months', year: 2025, index: 2 })).toEqual(['2025-01', '2025-02'])
    expect(periodMonthKeys({ kind: 'year', year: 2025, index: 1 })).toHaveLength(12)
    expect(monthsBegun(periodMonthKeys(q3), today)).toBe(2)
    expect(monthsBegun(periodMonthKeys(q3), day('2025-06-30'))).toBe(0)
    expect(monthsBegun(periodMonthKeys(q3), day('2026-01-01'))).toBe(3)
  })

  test('buckets rows by month, ignoring months outside the period, and runs a total', () => {
    const months = periodMonthKeys(q3)
    const values = bucketByMonth(
      [
        { month: '2025-09', value: 2 },
        { month: '2025-07', value: 1 },
        { month: '2025-07', value: 3 },
        { month: '2025-10', value: 99 },
      ],
      months,
    )
    expect(values).toEqual([4, 0, 2])
    expect(cumulativeSums(values)).toEqual([4, 4, 6])
  })
})

describe('words on the numbers', () => {
  test('a change has a direction and, when the base is not zero, a percentage', () => {
    expect(describeChange(150, 100)).toEqual({ kind: 'up', difference: 50, percent: 50 })
    expect(describeChange(75, 100)).toEqual({ kind: 'down', difference: 25, percent: 25 })
    expect(describeChange(5, 0)).toEqual({ kind: 'up', difference: 5, percent: null })
    expect(describeChange(5, 5)).toEqual({ kind: 'same' })
    expect(describeChange(null, 5)).toEqual({ kind: 'none' })
    expect(describeChange(5, null)).toEqual({ kind: 'none' })
  })

  test('the explanation names the branch of the rule that decided', () => {
    const progress = (actual: number | null, direction: 'at_least' | 'at_most' = 'at_least', on = today) =>
      computeProgress({ target: 100, actual, direction, accumulation: 'cumulative', period: q3, today: on })
    expect(explainProgress(progress(null), 'at_least')).toEqual({ case: 'noData' })
    expect(explainProgress(progress(120), 'at_least')).toEqual({ case: 'reached' })
    expect(explainProgress(progress(60), 'at_least')).toEqual({ case: 'ahead' })
    // Half of the quarter gone: 50 due; 30 is short by 20 % of the target.
    const behind = explainProgress(progress(30), 'at_least')
    expect(behind.case).toBe('behind')
    if (behind.case === 'behind') expect(behind.gapShare).toBeCloseTo(0.2)
    expect(explainProgress(progress(30, 'at_least', day('2025-10-01')), 'at_least')).toEqual({ case: 'endedShort' })
    expect(explainProgress(progress(120, 'at_most'), 'at_most')).toEqual({ case: 'overLimit' })
    expect(explainProgress(progress(90, 'at_most', day('2025-10-01')), 'at_most')).toEqual({ case: 'endedUnder' })
    const level = computeProgress({
      target: 10,
      actual: 12,
      direction: 'at_least',
      accumulation: 'level',
      period: q3,
      today,
    })
    expect(explainProgress(level, 'at_least')).toEqual({ case: 'levelPending' })
  })
})
