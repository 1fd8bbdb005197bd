/**
 * What a spreadsheet cell holds, read as the project forms read what a person types
 * (issue 15): a sheet's rows are turned into the forms' own values and then checked with the
 * forms' own Zod schemas, so an import accepts and refuses exactly what the editor does.
 *
 * Cells come as exceljs gives them (a number, a Date, text) or as CSV text. Real sheets mix
 * Excel numbers with numbers typed the Vietnamese way ("1.250,5"), dates as Excel serial
 * numbers, as Date cells, as `dd/mm/yyyy` or as `yyyy-mm-dd`, and money in đồng, triệu đồng
 * or tỷ đồng as the column's heading says. Pure: no I/O, unit-tested.
 */
import { parseCalendarDay } from '~/utils/calendar-day'
import { parseLocaleNumber } from '~/utils/number-input'

export type CellReading = { ok: true; value: string } | { ok: false; error: string }

/** Text of a cell: spaces at either end and runs of spaces inside are not the data. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  return ''
}

const MS_PER_DAY = 86_400_000
// Excel's day 0 is 1899-12-30 for every serial after 60: it counts a 29 February 1900 that
// never was (a bug kept from Lotus 1-2-3), so serials 1–59 are one day later than this.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)

/** The calendar day (`yyyy-mm-dd`) of an Excel date serial number; its time of day is dropped. */
export function excelSerialToDay(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61) return null
  return new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10)
}

const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/

/**
 * A day as the date fields take it (`yyyy-mm-dd`), from a Date cell, an Excel serial, or
 * text written `dd/mm/yyyy` (as Vietnamese documents write it; also with dots or dashes) or
 * `yyyy-mm-dd`. An empty cell is an empty value; a day the calendar lacks is refused.
 */
export function readDayCell(value: unknown): CellReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, error: 'errors.date' }
    // exceljs gives a date cell as that day's midnight in UTC.
    return { ok: true, value: value.toISOString().slice(0, 10) }
  }
  if (typeof value === 'number') {
    const day = excelSerialToDay(value)
    return day ? { ok: true, value: day } : { ok: false, error: 'errors.date' }
  }
  const text = cellText(value)
  if (text === '') return { ok: true, value: '' }
  const match = DAY_MONTH_YEAR.exec(text)
  const iso = match ? `${match[3]}-${match[2]?.padStart(2, '0')}-${match[1]?.padStart(2, '0')}` : text
  return parseCalendarDay(iso) ? { ok: true, value: iso } : { ok: false, error: 'errors.date' }
}

/**
 * A number as a Vietnamese form takes it ("1.250,5"): an Excel number is written so; text is
 * kept as typed (the schema reads it, refusing "12.5", which could mean 125 or twelve and a
 * half). A number too large to be exact in a spreadsheet is refused.
 */
export function readNumberCell(value: unknown): CellReading {
  if (typeof value === 'number') {
    const parts = plainDigits(value)
    if (!parts) return { ok: false, error: 'errors.numberFormat' }
    return { ok: true, value: vietnameseNumber(parts) }
  }
  return { ok: true, value: cellText(value) }
}

/** The units a money column may be in, as its heading names them. */
export const MONEY_UNITS = { dong: 0, trieuDong: 6, tyDong: 9 } as const
export type MoneyUnit = keyof typeof MONEY_UNITS

/**
 * An amount of money in whole đồng, as the money fields take it ("3.200.000.000.000"), from a
 * cell in the column's unit: 3 200 tỷ đồng, 1.250,5 triệu đồng. Exact: the digits are moved,
 * never multiplied as floating point; an amount that leaves a fraction of a đồng is refused.
 */
export function readMoneyCell(value: unknown, unit: MoneyUnit): CellReading {
  let parts: Digits | null
  if (typeof value === 'number') parts = plainDigits(value)
  else {
    const text = cellText(value)
    if (text === '') return { ok: true, value: '' }
    const parsed = parseLocaleNumber(text, 'vi')
    parts = parsed.ok ? parsed : null
  }
  if (!parts) return { ok: false, error: 'errors.numberFormat' }
  const shift = MONEY_UNITS[unit]
  const fraction = parts.fractionDigits.replace(/0+$/, '')
  if (fraction.length > shift) return { ok: false, error: 'errors.wholeDong' }
  const whole = `${parts.integerDigits}${fraction.padEnd(shift, '0')}`.replace(/^0+(?=\d)/, '')
  return { ok: true, value: vietnameseNumber({ negative: parts.negative, integerDigits: whole, fractionDigits: '' }) }
}

type Digits = { negative: boolean; integerDigits: string; fractionDigits: string }

/**
 * A spreadsheet number's digits as the sheet shows them, or null past 2^53. Excel shows and
 * keeps 15 significant digits: a cell computed as 0.1 + 0.2 holds 0.30000000000000004 and
 * shows 0,3, and 0,3 is what the person meant.
 */
function plainDigits(raw: number): Digits | null {
  if (!Number.isFinite(raw) || Math.abs(raw) > Number.MAX_SAFE_INTEGER) return null
  const value = Number(raw.toPrecision(15))
  const text = Math.abs(value).toString()
  if (/e/i.test(text)) {
    // Tiny numbers (1e-7): write them out in full.
    const fixed = Math.abs(value).toFixed(20).replace(/0+$/, '')
    const [integerDigits = '0', fractionDigits = ''] = fixed.split('.')
    return { negative: value < 0, integerDigits, fractionDigits }
  }
  const [integerDigits = '0', fractionDigits = ''] = text.split('.')
  return { negative: value < 0, integerDigits, fractionDigits }
}

function vietnameseNumber({ negative, integerDigits, fractionDigits }: Digits): string {
  const grouped = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  const sign = negative && /[1-9]/.test(integerDigits + fractionDigits) ? '-' : ''
  return `${sign}${grouped}${fractionDigits ? `,${fractionDigits}` : ''}`
}
