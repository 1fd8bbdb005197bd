import { describe, expect, test } from 'vitest'
import { type ProgressInput, computeProgress, expectedShare } from '~/features/progress/progress'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const q3 = { kind: 'quarter', year: 2025, index: 3 } as const

// "Attract at least USD 200 million of FDI in Q3 2025"
const fdi = (actual: number | null, today: string, extra: Partial<ProgressInput> = {}) =>
  computeProgress({
    target: 200,
    actual,
    direction: 'at_least',
    accumulation: 'cumulative',
    period: q3,
    today: day(today),
    ...extra,
  })

describe('an "at least" cumulative goal', () => {
  test('is on track on its first day with nothing yet (1/92 of the target expected)', () => {
    const progress = fdi(0, '2025-07-01')
    expect(progress.expected).toBeCloseTo(200 / 92)
    expect(progress.status).toBe('on_track')
  })
  test('halfway, is on track within 10 % of the target behind pace, at risk within 25 %, off track beyond', () => {
    // 15 August: 46 of 92 days, 100 expected
    expect(fdi(100, '2025-08-15').status).toBe('on_track')
    expect(fdi(80, '2025-08-15').status).toBe('on_track') // 20 behind = 10 % of 200
    expect(fdi(79, '2025-08-15').status).toBe('at_risk')
    expect(fdi(50, '2025-08-15').status).toBe('at_risk') // 50 behind = 25 %
    expect(fdi(49, '2025-08-15').status).toBe('off_track')
  })
  test('is met as soon as the target is reached, even mid-period', () => {
    expect(fdi(200, '2025-08-15').status).toBe('met')
    expect(fdi(200, '2025-08-15').percentOfTarget).toBe(100)
  })
  test('on the last day expects the whole target; after it, short is off track', () => {
    expect(fdi(181, '2025-09-30').status).toBe('on_track')
    expect(fdi(181, '2025-10-01')).toMatchObject({ status: 'off_track', ended: true })
    expect(fdi(201, '2025-10-01').status).toBe('met')
  })
  test('follows the goal’s own monthly phasing when it has one', () => {
    // 10 % due by end of July, 30 % by August, all by September
    const phasing = [0.1, 0.3, 1]
    expect(expectedShare(q3, day('2025-07-31'), phasing)).toBeCloseTo(0.1)
    expect(expectedShare(q3, day('2025-08-31'), phasing)).toBeCloseTo(0.3)
    expect(fdi(60, '2025-08-31', { monthlyPhasing: phasing }).status).toBe('on_track')
    expect(fdi(60, '2025-08-31').status).toBe('off_track') // linear pace expects 2/3
  })
})

describe('an "at most" goal', () => {
  const cap = (actual: number, today: string) =>
    computeProgress({
      target: 100,
      actual,
      direction: 'at_most',
      accumulation: 'cumulative',
      period: q3,
      today: day(today),
    })
  test('is off track as soon as it passes the cap', () => {
    expect(cap(101, '2025-07-10').status).toBe('off_track')
  })
  test('above the expected pace is at risk, under it on track, and met at the end', () => {
    expect(cap(40, '2025-08-15').status).toBe('on_track')
    expect(cap(70, '2025-08-15').status).toBe('at_risk')
    expect(cap(80, '2025-08-15').status).toBe('off_track')
    expect(cap(100, '2025-10-01').status).toBe('met')
  })
})

describe('a level goal (a growth rate reported by statistics)', () => {
  // "Value added of industry–construction +24.95 % in Q3 2025"
  const growth = (actual: number | null, today: string) =>
    computeProgress({
      target: 24.95,
      actual,
      direction: 'at_least',
      accumulation: 'level',
      period: q3,
      today: day(today),
    })
  test('is compared with the target itself, not a pace', () => {
    expect(growth(20.15, '2025-08-15')).toMatchObject({ expected: 24.95, status: 'at_risk' })
    expect(growth(25, '2025-08-15').status).toBe('on_track')
    expect(growth(15.08, '2025-08-15').status).toBe('off_track')
  })
  test('is met only once the period has ended', () => {
    expect(growth(25, '2025-10-01').status).toBe('met')
    expect(growth(24.9, '2025-10-01').status).toBe('off_track')
  })
  test('without a reported figure says so', () => {
    expect(growth(null, '2025-08-15')).toMatchObject({ status: 'no_data', percentOfTarget: null })
  })
})
