import { type Locale, intlLocale } from '~/utils/locale'

/** The province's clock: timestamps are shown in Vietnam time wherever the reader is. */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh'

// Building an Intl formatter costs far more than using one: each is made once per locale
// and options, then reused (a handful of keys in all).
const dateFormats = new Map<string, Intl.DateTimeFormat>()
function dateFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateFormats.set(key, format)
  }
  return format
}
/**
 * A number formatter per language and precision, and what it has written: a page writes the
 * same few hundred figures for every reader until the data changes, and Intl takes half a
 * microsecond for each (a pure function of the number: remembering is exact). -0 is left out
 * (a Map does not tell it from 0; Intl writes "-0"); past 10 000 figures the memory starts again.
 */
type NumberWriter = { format: Intl.NumberFormat; written: Map<number, string> }
const numberWriters = new Map<Locale, Map<number, NumberWriter>>()
const WRITTEN_MAX = 10_000

function numberWriter(locale: Locale, maximumFractionDigits: number): NumberWriter {
  let byPrecision = numberWriters.get(locale)
  if (!byPrecision) {
    byPrecision = new Map()
    numberWriters.set(locale, byPrecision)
  }
  let writer = byPrecision.get(maximumFractionDigits)
  if (!writer) {
    const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits })
    writer = { format, written: new Map() }
    byPrecision.set(maximumFractionDigits, writer)
  }
  return writer
}

// Dates are written dd/mm/yyyy in both languages (vi-VN and en-GB agree). The registers
// write dozens per page: from the date's own fields a date costs 0.2 µs against Intl's 0.8,
// for the same text (app/utils/format.test.ts compares both from 1975 to 2125). Intl stays
// for what the shortcut does not cover.
const DAY_MS = 86_400_000
// Vietnam has kept UTC+7, without daylight saving, since 13 June 1975 (tz database,
// Asia/Ho_Chi_Minh); earlier moments are left to Intl.
const PROVINCE_OFFSET_MS = 7 * 3_600_000
const PROVINCE_OFFSET_SINCE = Date.UTC(1975, 5, 13)

const twoDigits = (value: number) => (value < 10 ? `0${value}` : String(value))

/** dd/mm/yyyy of a time's UTC fields, or null for a year Intl writes differently (or no date). */
function dayMonthYear(time: number): string | null {
  const date = new Date(time)
  const year = date.getUTCFullYear()
  if (!(year >= 1000 && year <= 9999)) return null
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${year}`
}

/** The time shifted to read Vietnam's wall clock in UTC fields, or null before the fixed offset. */
function provinceWallClock(time: number): number | null {
  return time >= PROVINCE_OFFSET_SINCE ? time + PROVINCE_OFFSET_MS : null
}

/** Calendar dates are stored as UTC midnight, so they are read back in UTC: 23/11/2026. */
export function formatDate(date: Date | string | null | undefined, locale: Locale): string {
  if (!date) return ''
  const time = new Date(date).getTime()
  return (
    dayMonthYear(time) ??
    dateFormat(`date:${locale}`, intlLocale(locale), {
      timeZone: 'UTC',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(time)
  )
}

/** The calendar day of a moment (a timestamp), in Vietnam time: 23/11/2026. */
export function formatDayOf(moment: Date | string, locale: Locale): string {
  const time = new Date(moment).getTime()
  const wallClock = provinceWallClock(time)
  return (
    (wallClock === null ? null : dayMonthYear(wallClock)) ??
    dateFormat(`day:${locale}`, intlLocale(locale), {
      timeZone: PROVINCE_TIME_ZONE,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(time)
  )
}

/** A moment in Vietnam time, date first in both languages: 23/11/2026 09:14. */
export function formatDateTime(date: Date | string, locale: Locale): string {
  const time = new Date(date).getTime()
  const wallClock = provinceWallClock(time)
  const clock =
    wallClock === null
      ? dateFormat(`time:${locale}`, intlLocale(locale), {
          timeZone: PROVINCE_TIME_ZONE,
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        }).format(time)
      : `${twoDigits(Math.floor((wallClock % DAY_MS) / 3_600_000))}:${twoDigits(Math.floor((wallClock % 3_600_000) / 60_000))}`
  return `${formatDayOf(date, locale)} ${clock}`
}

/** 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const writer = numberWriter(locale, maximumFractionDigits)
  if (Object.is(value, -0)) return writer.format.format(value)
  let text = writer.written.get(value)
  if (text === undefined) {
    text = writer.format.format(value)
    if (writer.written.size >= WRITTEN_MAX) writer.written.clear()
    writer.written.set(value, text)
  }
  return text
}

/** A percentage from basis points: 5125 → "51,25 %" / "51.25%". */
export function formatBasisPoints(basisPoints: number, locale: Locale): string {
  const text = formatNumber(basisPoints / 100, locale, 2)
  return locale === 'vi' ? `${text} %` : `${text}%`
}

/** yyyy-mm-dd of a stored calendar date, for <input type="date">. */
export function toDateInputValue(date: Date | string | null | undefined): string {
  if (!date) return ''
  return new Date(date).toISOString().slice(0, 10)
}

/** Today's calendar date in the province, as UTC midnight (how dates are stored). */
export function provinceToday(now = new Date()): Date {
  const wallClock = provinceWallClock(now.getTime())
  if (wallClock !== null) return new Date(wallClock - (wallClock % DAY_MS))
  const parts = dateFormat('today', 'en-CA', {
    timeZone: PROVINCE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
  return new Date(`${parts}T00:00:00.000Z`)
}
