import { describe, expect, test } from 'vitest'
import { provinceToday } from '~/utils/format'
import {
  elapsedFraction,
  hasEnded,
  monthsCompleted,
  parsePeriodKey,
  periodDays,
  periodKey,
  periodLabel,
  periodRange,
  previousPeriod,
  quarterOf,
  samePeriodLastYear,
} from '~/utils/period'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const q3 = { kind: 'quarter', year: 2025, index: 3 } as const

describe('period keys', () => {
  test('round-trip and refuse nonsense', () => {
    for (const key of ['2025-Q3', '2025-H1', '2025-M7', '2025']) expect(periodKey(parsePeriodKey(key)!)).toBe(key)
    for (const key of ['2025-Q5', '2025-M13', '2025-H0', 'Q3', '25-Q1', '2025-X1'])
      expect(parsePeriodKey(key)).toBeNull()
  })
})

describe('ranges', () => {
  test('a quarter runs from its first day to the first day of the next', () => {
    expect(periodRange(q3)).toEqual({ start: day('2025-07-01'), end: day('2025-10-01') })
    expect(periodDays(q3)).toBe(92)
  })
  test('"7 months" is cumulative from 1 January', () => {
    expect(periodRange({ kind: 'months', year: 2025, index: 7 })).toEqual({
      start: day('2025-01-01'),
      end: day('2025-08-01'),
    })
  })
  test('Q4 and the second half end at the new year; a leap year has 366 days', () => {
    expect(periodRange({ kind: 'quarter', year: 2025, index: 4 }).end).toEqual(day('2026-01-01'))
    expect(periodRange({ kind: 'half', year: 2025, index: 2 })).toEqual({
      start: day('2025-07-01'),
      end: day('2026-01-01'),
    })
    expect(periodDays({ kind: 'year', year: 2028, index: 1 })).toBe(366)
  })
})

describe('elapsed time', () => {
  test('the first day counts as one day elapsed, the last day as all of them', () => {
    expect(elapsedFraction(q3, day('2025-06-30'))).toBe(0)
    expect(elapsedFraction(q3, day('2025-07-01'))).toBeCloseTo(1 / 92)
    expect(elapsedFraction(q3, day('2025-09-30'))).toBe(1)
    expect(elapsedFraction(q3, day('2025-10-01'))).toBe(1)
  })
  test('the period ends after its last day, in Vietnam time', () => {
    // 23:30 in Hà Nội on 30 September is still Q3; 00:30 on 1 October is not.
    expect(hasEnded(q3, provinceToday(new Date('2025-09-30T16:30:00.000Z')))).toBe(false)
    expect(hasEnded(q3, provinceToday(new Date('2025-09-30T17:30:00.000Z')))).toBe(true)
  })
  test('whole months completed, for monthly phasing', () => {
    expect(monthsCompleted(q3, day('2025-07-31'))).toBe(0)
    expect(monthsCompleted(q3, day('2025-08-01'))).toBe(1)
    expect(monthsCompleted(q3, day('2025-12-01'))).toBe(3)
  })
})

describe('comparisons', () => {
  test('previous quarter crosses the year; the same quarter a year earlier', () => {
    expect(previousPeriod({ kind: 'quarter', year: 2026, index: 1 })).toEqual({ kind: 'quarter', year: 2025, index: 4 })
    expect(previousPeriod(q3)).toEqual({ kind: 'quarter', year: 2025, index: 2 })
    expect(samePeriodLastYear(q3)).toEqual({ kind: 'quarter', year: 2024, index: 3 })
    expect(previousPeriod({ kind: 'months', year: 2025, index: 7 })).toEqual({ kind: 'months', year: 2024, index: 7 })
  })
  test('the quarter of a day', () => {
    expect(quarterOf(day('2026-11-23'))).toEqual({ kind: 'quarter', year: 2026, index: 4 })
  })
})

test('labels as the People’s Committee writes them', () => {
  expect(periodLabel(q3, 'vi')).toBe('Quý III/2025')
  expect(periodLabel({ kind: 'months', year: 2025, index: 7 }, 'vi')).toBe('7 tháng năm 2025')
  expect(periodLabel({ kind: 'half', year: 2025, index: 1 }, 'vi')).toBe('6 tháng đầu năm 2025')
  expect(periodLabel(q3, 'en')).toBe('Q3 2025')
})
