/**
 * The audit page's filters as they stand in the URL (?user=…&entity=…&action=…&from=…&to=…&page=…).
 * Anything malformed is dropped rather than refused: a hand-edited URL shows the unfiltered
 * list, never an error page.
 */
import { z } from 'zod'
import { readCalendarDay } from '~/utils/calendar-day'
import { PROVINCE_TIME_ZONE } from '~/utils/format'

const CODE = /^[a-z][a-z_]{0,39}$/

/**
 * yyyy-mm-dd that names a real calendar day (no 2025-02-30) within the forms' range
 * (1990–2100): the same reading as every form's date field (app/utils/calendar-day.ts).
 */
export function isCalendarDay(value: string): boolean {
  return readCalendarDay(value).ok && value.trim() === value
}

const calendarDay = z.string().refine(isCalendarDay)

export const AuditListQuerySchema = z.object({
  user: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  entity: z.string().regex(CODE).optional().catch(undefined),
  action: z.string().regex(CODE).optional().catch(undefined),
  from: calendarDay.optional().catch(undefined),
  to: calendarDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})

export type AuditListQuery = z.infer<typeof AuditListQuerySchema>

/** The query of a URL's search parameters; empty values count as absent. */
export function parseAuditListQuery(searchParams: URLSearchParams): AuditListQuery {
  const raw = Object.fromEntries([...searchParams].filter(([, value]) => value !== ''))
  return AuditListQuerySchema.parse(raw)
}

/** How far the province's clock is ahead of UTC at a moment, in milliseconds. */
function provinceOffsetMs(moment: Date): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: PROVINCE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value ?? 0)
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000
}

/** The moment a calendar day (yyyy-mm-dd) begins in the province: 00:00 Vietnam time. */
export function provinceDayStart(day: string): Date {
  const midnightUtc = new Date(`${day}T00:00:00.000Z`)
  return new Date(midnightUtc.getTime() - provinceOffsetMs(midnightUtc))
}

/**
 * The moment the day after begins, used as an exclusive bound: "to 12/08" keeps
 * everything up to 23:59:59.999 on the 12th, Vietnam time.
 */
export function provinceDayEnd(day: string): Date {
  const next = new Date(`${day}T00:00:00.000Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return provinceDayStart(next.toISOString().slice(0, 10))
}

/** The page number of a URL (?page=3); anything else is the first page. */
export function parsePageParam(searchParams: URLSearchParams): number {
  return AuditListQuerySchema.shape.page.parse(searchParams.get('page') ?? undefined)
}
