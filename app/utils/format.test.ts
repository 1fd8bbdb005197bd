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
