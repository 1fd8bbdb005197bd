import { describe, expect, test } from 'vitest'
import { formatUsd, formatVnd, formatVndFull, vndToUsd } from '~/utils/money'

describe('formatVnd', () => {
  test('shows billions of đồng the Vietnamese way', () => {
    expect(formatVnd(1_250_000_000_000n, 'vi')).toBe('1.250 tỷ đồng')
    expect(formatVnd(2_216_450_000_000n, 'vi')).toBe('2.216,5 tỷ đồng')
  })
  test('shows billions in English', () => {
    expect(formatVnd(1_250_000_000_000n, 'en')).toBe('VND 1,250 billion')
  })
  test('falls back to millions and to đồng for small amounts', () => {
    expect(formatVnd(350_000_000n, 'vi')).toBe('350 triệu đồng')
    expect(formatVnd(900n, 'vi')).toBe('900 đồng')
  })
  test('stays exact at 10^14 đồng, beyond a double for the full figure', () => {
    const amount = 123_456_789_012_345n
    expect(formatVndFull(amount, 'vi')).toBe('123.456.789.012.345 đồng')
    expect(formatVnd(amount, 'vi')).toBe('123.456,8 tỷ đồng')
  })
})

describe('vndToUsd', () => {
  test('converts with the given rate and rounds to the nearest dollar', () => {
    expect(vndToUsd(1_300_000_000_000n, 25_400)).toBe(51_181_102n)
    expect(vndToUsd(12_700n, 25_400)).toBe(1n) // 0.5 rounds up
    expect(vndToUsd(12_699n, 25_400)).toBe(0n)
  })
  test('refuses a rate that is not a positive whole number', () => {
    expect(() => vndToUsd(1n, 0)).toThrow(RangeError)
    expect(() => vndToUsd(1n, 25_000.5)).toThrow(RangeError)
  })
})

describe('formatUsd', () => {
  test('shows millions of dollars', () => {
    expect(formatUsd(51_181_102n, 'vi')).toBe('51,2 triệu USD')
    expect(formatUsd(51_181_102n, 'en')).toBe('USD 51.2 million')
    expect(formatUsd(200_000_000n, 'vi')).toBe('200 triệu USD')
  })
})
