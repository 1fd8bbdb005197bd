import { expect, test } from 'vitest'
import { formatBasisPoints, formatDate, formatDateTime, formatNumber, provinceToday } from '~/utils/format'

test('calendar dates read the same wherever the reader is', () => {
  expect(formatDate(new Date('2026-11-23T00:00:00.000Z'), 'vi')).toBe('23/11/2026')
  expect(formatDate(new Date('2026-11-23T00:00:00.000Z'), 'en')).toBe('23/11/2026')
  expect(formatDate(null, 'vi')).toBe('')
})

test('moments are shown in Vietnam time, date first', () => {
  // 02:14 UTC is 09:14 in Hà Nội
  expect(formatDateTime(new Date('2025-08-12T02:14:00.000Z'), 'vi')).toBe('12/08/2025 09:14')
  // 20:00 UTC on the 11th is already the 12th in Vietnam
  expect(formatDateTime(new Date('2025-08-11T20:00:00.000Z'), 'en')).toBe('12/08/2025 03:00')
})

test('numbers use the locale separators', () => {
  expect(formatNumber(1234.5, 'vi')).toBe('1.234,5')
  expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
  expect(formatBasisPoints(5125, 'vi')).toBe('51,25 %')
})

test("the province's today turns over at midnight in Asia/Ho_Chi_Minh, not UTC", () => {
  expect(provinceToday(new Date('2026-11-22T16:59:59.000Z')).toISOString()).toBe('2026-11-22T00:00:00.000Z')
  expect(provinceToday(new Date('2026-11-22T17:00:00.000Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z')
})

test('dates and times match what Intl writes, in both languages, from 1975 to 2125', () => {
  const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options)
  const dayOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const
  const utcDay = {
    vi: intl('vi-VN', { ...dayOptions, timeZone: 'UTC' }),
    en: intl('en-GB', { ...dayOptions, timeZone: 'UTC' }),
  }
  const provinceDay = {
    vi: intl('vi-VN', { ...dayOptions, timeZone: 'Asia/Ho_Chi_Minh' }),
    en: intl('en-GB', { ...dayOptions, timeZone: 'Asia/Ho_Chi_Minh' }),
  }
  const clock = intl('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' })
  const isoDay = intl('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })
  // Every 3 days and 13 min for 150 years: every hour and minute band of the day, month ends, leap days.
  let checked = 0
  for (let time = Date.UTC(1975, 5, 1); time < Date.UTC(2125, 0, 1); time += 260_000_000 - 3_000) {
    const moment = new Date(time)
    for (const locale of ['vi', 'en'] as const) {
      expect(formatDate(moment, locale)).toBe(utcDay[locale].format(moment))
      expect(formatDateTime(moment, locale)).toBe(`${provinceDay[locale].format(moment)} ${clock.format(moment)}`)
    }
    expect(provinceToday(moment).toISOString()).toBe(`${isoDay.format(moment)}T00:00:00.000Z`)
    checked++
  }
  expect(checked).toBeGreaterThan(18_000)
  // Before Vietnam's present offset (UTC+8 until 13 June 1975) Intl still decides.
  expect(formatDateTime(new Date('1970-01-01T16:30:00.000Z'), 'vi')).toBe('02/01/1970 00:30')
  expect(formatDate(new Date('0900-03-01T00:00:00.000Z'), 'vi')).toBe(
    utcDay.vi.format(new Date('0900-03-01T00:00:00.000Z')),
  )
})

test('a figure written again reads the same, in each language and precision; -0 stays "-0"', () => {
  const values = [0, -0, 1234.5, 1234.567, -1234.5, 0.125, 1e21, Number.NaN]
  const first = values.map((value) => [
    formatNumber(value, 'vi'),
    formatNumber(value, 'en'),
    formatNumber(value, 'vi', 0),
  ])
  const again = values.map((value) => [
    formatNumber(value, 'vi'),
    formatNumber(value, 'en'),
    formatNumber(value, 'vi', 0),
  ])
  expect(again).toEqual(first)
  expect(first.map(([vi]) => vi)).toEqual(
    values.map((value) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value)),
  )
  expect(formatNumber(-0, 'vi')).toBe('-0')
  expect(formatNumber(0, 'vi')).toBe('0')
  expect(formatNumber(1234.567, 'en', 1)).toBe('1,234.6')
  expect(formatNumber(1234.567, 'en', 2)).toBe('1,234.57')
})
