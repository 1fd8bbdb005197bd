import { describe, expect, test } from 'vitest'
import { rememberByText } from '~/utils/remember-by-text'

describe('rememberByText', () => {
  test('computes once per text, answers copies a caller may change, and forgets past its size', () => {
    const asked: string[] = []
    const parse = rememberByText((text) => {
      asked.push(text)
      return { text, length: text.length }
    }, 2)
    const first = parse('page=2')
    first.length = 99
    expect(parse('page=2')).toEqual({ text: 'page=2', length: 6 })
    expect(asked).toEqual(['page=2'])
    parse('q=ha+rang')
    parse('sort=code')
    parse('page=2')
    expect(asked).toEqual(['page=2', 'q=ha+rang', 'sort=code', 'page=2'])
  })
})
