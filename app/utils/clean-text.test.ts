import { describe, expect, test } from 'vitest'
import { cleanLineText, cleanMultilineText } from '~/utils/clean-text'

describe('cleanLineText', () => {
  test('removes NUL and the other control characters', () => {
    expect(cleanLineText('Nhà máy\u0000 ABC')).toBe('Nhà máy ABC')
    expect(cleanLineText('A\u0001B\u0008C\u001BD\u007FE\u0085F\u009FG')).toBe('ABCDEFG')
  })

  test('removes bidirectional overrides and isolates, so a name cannot show reversed', () => {
    expect(cleanLineText('\u202ECBA ytnapmoC')).toBe('CBA ytnapmoC')
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(cleanLineText(`Hà${String.fromCharCode(code)}Ráng`), code.toString(16)).toBe('HàRáng')
    }
  })

  test('removes the byte-order mark, non-characters and lone surrogates', () => {
    expect(cleanLineText('\uFEFFQN-2025-001')).toBe('QN-2025-001')
    expect(cleanLineText('A\uFFFEB\uFFFF')).toBe('AB')
    expect(cleanLineText('A\uD800B\uDC00C')).toBe('ABC')
  })

  test('turns tabs and line breaks into spaces', () => {
    expect(cleanLineText('Mỏ than\tHà Ráng\r\nmở rộng\u2028giai đoạn 2')).toBe('Mỏ than Hà Ráng mở rộng giai đoạn 2')
  })

  test('keeps Vietnamese, precomposing a name typed with combining marks', () => {
    const decomposed = 'Ha\u0300 Ra\u0301ng'
    expect(decomposed).not.toBe('Hà Ráng')
    expect(cleanLineText(decomposed)).toBe('Hà Ráng')
    expect(cleanLineText('Cọc Sáu – Đèo Nai')).toBe('Cọc Sáu – Đèo Nai')
  })

  test('keeps emoji with their joiners and variation selectors, and the direction marks', () => {
    const family = '👨\u200D👩\u200D👧'
    expect(cleanLineText(`Nhà máy ${family} ❤\uFE0F`)).toBe(`Nhà máy ${family} ❤\uFE0F`)
    expect(cleanLineText('🇻🇳 Quảng Ninh')).toBe('🇻🇳 Quảng Ninh')
    expect(cleanLineText('a\u200Eb\u200Fc\u200Cd')).toBe('a\u200Eb\u200Fc\u200Cd')
  })
})

describe('cleanMultilineText', () => {
  test('keeps tabs and line breaks, removes the rest', () => {
    expect(cleanMultilineText('Dòng 1\r\nDòng 2\n\tý a\u0000\u202E')).toBe('Dòng 1\nDòng 2\n\tý a')
  })

  test("stores a browser's CR LF as one line break, as the box counted it against its maxlength", () => {
    const typed = `${'a'.repeat(9)}\r\n${'b'.repeat(9)}\r${'c'.repeat(9)}`
    expect(cleanMultilineText(typed)).toBe(`${'a'.repeat(9)}\n${'b'.repeat(9)}\n${'c'.repeat(9)}`)
    expect(cleanMultilineText(typed)).toHaveLength(29)
  })

  test('writes Unicode line separators as plain line breaks', () => {
    expect(cleanMultilineText('a\u2028b\u2029c')).toBe('a\nb\nc')
  })

  test('precomposes too', () => {
    expect(cleanMultilineText('Vu\u031Bo\u031B\u0301ng ma\u0306\u0323t ba\u0306\u0300ng')).toBe('Vướng mặt bằng')
  })
})
