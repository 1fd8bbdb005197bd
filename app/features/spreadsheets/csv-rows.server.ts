/**
 * A CSV file's rows, whatever the office that saved it (issue 15): UTF-8 with or without a
 * byte-order mark, or the legacy Vietnamese Windows code page (Windows-1258, what Excel on a
 * Vietnamese Windows writes as "CSV"), separated by commas or, as Excel does where the
 * decimal mark is a comma, by semicolons. Libraries: csv-parse and iconv-lite
 * (docs/decisions/017-spreadsheets.md).
 */
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'

export type CsvEncoding = 'utf-8' | 'windows-1258'

/**
 * The file's text. Bytes that are valid UTF-8 are read as UTF-8 (a BOM dropped); any other
 * file is read as Windows-1258, whose tone marks are separate combining characters, so the
 * text is composed (NFC) to compare equal with what people type.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text: text.normalize('NFC'), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'windows1258').normalize('NFC'), encoding: 'windows-1258' }
  }
}

/** Semicolons when the first line has more of them than commas (outside quotes), else commas. */
export function guessDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? ''
  const unquoted = firstLine.replace(/"[^"]*"/g, '')
  const count = (mark: string) => unquoted.split(mark).length - 1
  return count(';') > count(',') ? ';' : ','
}

export type CsvRows = { ok: true; rows: string[][] } | { ok: false; problem: 'malformed' | 'tooManyRows' }

/** The rows (blank lines skipped), at most `maxRows`; a file with more is refused, not cut. */
export function readCsvRows(text: string, { maxRows }: { maxRows: number }): CsvRows {
  try {
    const rows: string[][] = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: maxRows + 2,
    })
    if (rows.length > maxRows) return { ok: false, problem: 'tooManyRows' }
    return { ok: true, rows }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}
