import { describe, expect, test } from 'vitest'
import { formatForInput, parseLocaleDecimal, parsePercentToBasisPoints, parseVndAmount } from '~/utils/number-input'

describe('parseLocaleDecimal', () => {
  test('reads Vietnamese numbers: dot for thousands, comma for decimals', () => {
    expect(parseLocaleDecimal('1.234,5', 'vi')).toEqual({ value: 1234.5 })
    expect(parseLocaleDecimal('12,5', 'vi')).toEqual({ value: 12.5 })
    expect(parseLocaleDecimal(' 250 ', 'vi')).toEqual({ value: 250 })
  })
  test('reads English numbers', () => {
    expect(parseLocaleDecimal('1,234.5', 'en')).toEqual({ value: 1234.5 })
  })
  test('refuses the other language’s format rather than misreading it', () => {
    expect(parseLocaleDecimal('1.000,5', 'en')).toEqual({ error: 'errors.numberFormat' })
    expect(parseLocaleDecimal('12.5', 'vi')).toEqual({ error: 'errors.numberFormat' })
    expect(parseLocaleDecimal('12,34.5', 'en')).toEqual({ error: 'errors.numberFormat' })
    expect(parseLocaleDecimal('abc', 'vi')).toEqual({ error: 'errors.numberFormat' })
  })
  test('keeps the sign so the caller can refuse negative areas', () => {
    expect(parseLocaleDecimal('-3', 'vi')).toEqual({ value: -3 })
  })
})

describe('parseVndAmount', () => {
  test('reads whole đồng exactly, beyond 2^53', () => {
    expect(parseVndAmount('123.456.789.012.345.678', 'vi')).toEqual({ value: 123_456_789_012_345_678n })
    expect(parseVndAmount('1,250,000,000,000', 'en')).toEqual({ value: 1_250_000_000_000n })
  })
  test('refuses fractions of a đồng and wrong formats', () => {
    expect(parseVndAmount('1.000,5', 'vi')).toEqual({ error: 'errors.wholeDong' })
    expect(parseVndAmount('1.000,5', 'en')).toEqual({ error: 'errors.numberFormat' })
    expect(parseVndAmount('1.000,00', 'vi')).toEqual({ value: 1000n })
  })
})

describe('parsePercentToBasisPoints', () => {
  test('reads a share with up to two decimals', () => {
    expect(parsePercentToBasisPoints('51,25', 'vi')).toEqual({ value: 5125 })
    expect(parsePercentToBasisPoints('100', 'vi')).toEqual({ value: 10_000 })
    expect(parsePercentToBasisPoints('33.3%', 'en')).toEqual({ value: 3330 })
    expect(parsePercentToBasisPoints('33,333', 'vi')).toEqual({ error: 'errors.percentDecimals' })
  })
})

describe('formatForInput', () => {
  test('writes numbers back the way the reader types them', () => {
    expect(formatForInput(1_250_000_000_000n, 'vi')).toBe('1.250.000.000.000')
    expect(formatForInput(12.5, 'vi')).toBe('12,5')
    expect(formatForInput(12.5, 'en')).toBe('12.5')
    expect(formatForInput(null, 'vi')).toBe('')
  })
})
