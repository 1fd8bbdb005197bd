import { describe, expect, test } from 'vitest'
import { createDerivedMemo } from '~/utils/derived-memo'

describe('createDerivedMemo', () => {
  test('derives once per source object and variant, afresh for a new source', () => {
    const memo = createDerivedMemo<number[], string>()
    let derivations = 0
    const label = (rows: number[], locale: string) =>
      memo(rows, locale, () => {
        derivations += 1
        return `${locale}:${rows.join(',')}`
      })
    const rows = [1, 2]
    expect(label(rows, 'vi')).toBe('vi:1,2')
    expect(label(rows, 'vi')).toBe('vi:1,2')
    expect(label(rows, 'en')).toBe('en:1,2')
    expect(derivations).toBe(2)
    // The cache read again (the database changed): a new array, derived again.
    expect(label([1, 2, 3], 'vi')).toBe('vi:1,2,3')
    expect(derivations).toBe(3)
  })
})
