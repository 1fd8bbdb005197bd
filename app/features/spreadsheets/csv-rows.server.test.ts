import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { decodeCsv, guessDelimiter, readCsvRows } from './csv-rows.server'

/**
 * Text as Windows-1258 holds it: letters with their own code (â, ê, ô, ă, ơ, ư, đ) and the
 * five tone marks as combining characters after them.
 */
function windows1258Form(text: string) {
  const tone = /[\u0300\u0301\u0303\u0309\u0323]/g
  return [...text.normalize('NFC')]
    .map((letter) => {
      const parts = letter.normalize('NFD')
      return parts.replace(tone, '').normalize('NFC') + (parts.match(tone) ?? []).join('')
    })
    .join('')
}

const sheet = 'Mã dự án;Tên dự án;Vốn đăng ký (tỷ đồng)\nQN-HR-01;Mở rộng mỏ than Hà Ráng;2.216,45\n'

describe('the file’s encoding', () => {
  test('UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(sheet)
    expect(decodeCsv(bytes)).toEqual({ text: sheet, encoding: 'utf-8' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    expect(decodeCsv(withBom)).toEqual({ text: sheet, encoding: 'utf-8' })
  })

  test('Windows-1258, as a Vietnamese Excel saves CSV: read and composed to the text people type', () => {
    const bytes = iconv.encode(windows1258Form(sheet), 'windows1258')
    expect(iconv.decode(bytes, 'windows1258')).not.toContain('?')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const decoded = decodeCsv(bytes)
    expect(decoded.encoding).toBe('windows-1258')
    expect(decoded.text).toBe(sheet)
  })
})

describe('the rows', () => {
  test('semicolons or commas, whichever the first line uses; quotes hold separators and line breaks', () => {
    expect(guessDelimiter(sheet)).toBe(';')
    expect(guessDelimiter('"Mã; dự án",Tên,Vốn\n')).toBe(',')
    const read = readCsvRows('code,name,note\nQN-01,"Cảng, bến","dòng 1\ndòng 2"\n\n\nQN-02,Nhà máy\n', {
      maxRows: 10,
    })
    expect(read).toEqual({
      ok: true,
      rows: [
        ['code', 'name', 'note'],
        ['QN-01', 'Cảng, bến', 'dòng 1\ndòng 2'],
        ['QN-02', 'Nhà máy'],
      ],
    })
  })

  test('a file with more rows than allowed is refused whole, and a broken one is reported', () => {
    const many = Array.from({ length: 12 }, (_, index) => `QN-${index},x`).join('\n')
    expect(readCsvRows(many, { maxRows: 10 })).toEqual({ ok: false, problem: 'tooManyRows' })
    expect(readCsvRows(many, { maxRows: 12 })).toMatchObject({ ok: true })
    expect(readCsvRows('a,"b\nc,d', { maxRows: 10 })).toEqual({ ok: false, problem: 'malformed' })
  })
})
