import { describe, expect, test } from 'vitest'
import { isCalendarDay, parseCalendarDay, readCalendarDay } from '~/utils/calendar-day'

const iso = (date: Date | null) => date?.toISOString() ?? null

describe('parseCalendarDay', () => {
  test('reads yyyy-mm-dd as that day at UTC midnight', () => {
    expect(iso(parseCalendarDay('2025-08-12'))).toBe('2025-08-12T00:00:00.000Z')
    expect(iso(parseCalendarDay('1990-01-01'))).toBe('1990-01-01T00:00:00.000Z')
    expect(iso(parseCalendarDay('2100-12-31'))).toBe('2100-12-31T00:00:00.000Z')
  })

  test('refuses what new Date() would stretch into a day', () => {
    for (const text of ['1', '2025', '2025-08', '20250812', '12/08/2025', '2025-8-12', '2025-08-12T00:00', '']) {
      expect(parseCalendarDay(text), text).toBeNull()
    }
  })

  test('refuses extended years, which Prisma cannot store', () => {
    expect(parseCalendarDay('+275760-09-13')).toBeNull()
    expect(parseCalendarDay('-000001-01-01')).toBeNull()
    expect(parseCalendarDay('+002025-08-12')).toBeNull()
  })

  test('refuses days the month does not have instead of rolling over', () => {
    expect(parseCalendarDay('2025-02-30')).toBeNull()
    expect(parseCalendarDay('2025-04-31')).toBeNull()
    expect(parseCalendarDay('2025-13-01')).toBeNull()
    expect(parseCalendarDay('2025-00-10')).toBeNull()
    expect(parseCalendarDay('2025-01-00')).toBeNull()
    expect(parseCalendarDay('2025-01-32')).toBeNull()
  })

  test('knows the leap years', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true)
    expect(isCalendarDay('2000-02-29')).toBe(true)
    expect(isCalendarDay('2025-02-29')).toBe(false)
    expect(isCalendarDay('2100-02-29')).toBe(false)
    expect(isCalendarDay('1900-02-29')).toBe(false)
  })

  test('keeps a two-digit year as written, not as 19xx', () => {
    expect(iso(parseCalendarDay('0099-03-01'))).toBe('0099-03-01T00:00:00.000Z')
  })
})

describe('readCalendarDay', () => {
  test('places the day in 1990-01-01 … 2100-12-31 unless told otherwise', () => {
    expect(readCalendarDay('1989-12-31')).toMatchObject({ ok: false, problem: 'tooEarly' })
    expect(readCalendarDay('2101-01-01')).toMatchObject({ ok: false, problem: 'tooLate' })
    expect(readCalendarDay('0001-01-01')).toMatchObject({ ok: false, problem: 'tooEarly' })
    expect(readCalendarDay('9999-12-31')).toMatchObject({ ok: false, problem: 'tooLate' })
    expect(readCalendarDay('2025-08-12')).toMatchObject({ ok: true })
  })

  test('takes a narrower range, both ends included', () => {
    const today = new Date('2025-08-12T00:00:00.000Z')
    expect(readCalendarDay('2025-08-12', { latest: today })).toMatchObject({ ok: true })
    expect(readCalendarDay('2025-08-13', { latest: today })).toMatchObject({ ok: false, problem: 'tooLate' })
  })

  test('forgives surrounding spaces, nothing else', () => {
    expect(readCalendarDay(' 2025-08-12 ')).toMatchObject({ ok: true })
    expect(readCalendarDay('2025-08-12x')).toEqual({ ok: false, problem: 'format' })
    expect(readCalendarDay('1')).toEqual({ ok: false, problem: 'format' })
  })
})
