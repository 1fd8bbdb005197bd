/**
 * Calendar days as forms and addresses send them: `yyyy-mm-dd`, what `<input type="date">`
 * submits in every browser and language. Pure (no I/O, no Zod), so the browser runs it too.
 *
 * `new Date(text)` is not a parser for this: it reads "1" as 2001-01-01, rolls
 * "2025-02-30" over to 2 March, and takes "+275760-09-13", a day Prisma cannot store. Here
 * the text must be exactly four-digit year, month, day, and must name a day the calendar
 * has (proleptic Gregorian, so 29 February only in leap years).
 */

/** Days before or after these are typos (a year typed 20255, 1900 for 2000) in every form. */
export const EARLIEST_DAY = '1990-01-01'
export const LATEST_DAY = '2100-12-31'

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The day `yyyy-mm-dd` names, at UTC midnight (how calendar days are stored), or null. */
export function parseCalendarDay(text: string): Date | null {
  const match = DAY_PATTERN.exec(text)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day))
  date.setUTCFullYear(year)
  return date
}

/** Whether the text is `yyyy-mm-dd` naming a real day. */
export function isCalendarDay(text: string): boolean {
  return parseCalendarDay(text) !== null
}

export type DayRange = { earliest?: Date; latest?: Date }

const DEFAULT_EARLIEST = parseCalendarDay(EARLIEST_DAY) as Date
const DEFAULT_LATEST = parseCalendarDay(LATEST_DAY) as Date

export type DayReading =
  | { ok: true; date: Date }
  | { ok: false; problem: 'format' }
  | { ok: false; problem: 'tooEarly' | 'tooLate'; date: Date }

/**
 * Reads a day and places it in a range (both ends included; 1990-01-01 to 2100-12-31 unless
 * told). Surrounding spaces are forgiven: a pasted " 2025-08-12" names that day.
 */
export function readCalendarDay(text: string, range: DayRange = {}): DayReading {
  const date = parseCalendarDay(text.trim())
  if (!date) return { ok: false, problem: 'format' }
  if (date < (range.earliest ?? DEFAULT_EARLIEST)) return { ok: false, problem: 'tooEarly', date }
  if (date > (range.latest ?? DEFAULT_LATEST)) return { ok: false, problem: 'tooLate', date }
  return { ok: true, date }
}
