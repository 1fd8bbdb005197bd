import { z } from 'zod'
import { LIKELIHOODS } from '~/features/goals/goal-vocabulary'
import { EVENT_KIND, type EventField, type EventKind } from '~/features/project-events/event-kinds'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { isCalendarDay } from '~/utils/calendar-day'
import { dayField, optionalText } from '~/utils/form-fields'
import { type Locale } from '~/utils/locale'
import { parseLocaleDecimal, parseVndAmount } from '~/utils/number-input'

/**
 * The forms of a project's "capital and land" page, told apart by their `intent`: an event
 * of each kind (event-kinds.ts) — a dated IRC capital adjustment, a disbursement, a
 * site-clearance handover — and the likelihood of a planned milestone. Amounts are read in
 * the reader's format, in whole đồng or hectares.
 */
const MAX_VND = 10n ** 16n
const MAX_HECTARES = 1_000_000

/** A number typed in the reader's format: its own message when it is not one, else those `check` finds. */
function amount<T>(
  parse: (value: string) => { value: T } | { error: string },
  check: (value: T) => (string | false)[],
) {
  return z.string({ error: 'errors.required' }).transform((value, ctx) => {
    const parsed = parse(value)
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error })
      return z.NEVER
    }
    for (const message of check(parsed.value)) if (message) ctx.addIssue({ code: 'custom', message })
    return parsed.value
  })
}

/** Every field an event may have, checked as its kind wants; each kind picks its own. */
function eventFieldSchemas(kind: EventKind, locale: Locale, today: Date) {
  // An adjustment may lower the capital: negative amounts are allowed, zero is not.
  const nonZero = EVENT_KIND[kind].sign === 'nonZero'
  return {
    date: dayField({ latest: today, tooLate: 'goals.errors.dateInFuture' }),
    amountVnd: amount(
      (value) => parseVndAmount(value, locale),
      (vnd) => [
        nonZero ? vnd === 0n && 'goals.errors.amountNonZero' : vnd <= 0n && 'goals.errors.amountPositive',
        (vnd > MAX_VND || vnd < -MAX_VND) && 'errors.tooLarge',
      ],
    ),
    hectares: amount(
      (value) => parseLocaleDecimal(value, locale),
      (ha) => [ha <= 0 && 'goals.errors.hectaresPositive', ha > MAX_HECTARES && 'errors.tooLarge'],
    ),
    documentNumber: optionalText(100),
    note: optionalText(2000, { multiline: true }),
  } satisfies Record<EventField, z.ZodType>
}

type EventFieldSchemas = ReturnType<typeof eventFieldSchemas>
type FieldsOf<K extends EventKind> = (typeof EVENT_KIND)[K]['fields'][number]

/** The fields of a kind, with their checks: what its entry form and its correction form share. */
export function eventFieldsShape<K extends EventKind>(kind: K, locale: Locale, today: Date) {
  const all = eventFieldSchemas(kind, locale, today)
  const fields: readonly FieldsOf<K>[] = EVENT_KIND[kind].fields
  return Object.fromEntries(fields.map((field) => [field, all[field]])) as Pick<EventFieldSchemas, FieldsOf<K>>
}

/** The entry form of a kind of event. */
export function createEventSchema<K extends EventKind>(kind: K, locale: Locale, today: Date) {
  return z.object({ intent: z.literal(kind), ...eventFieldsShape(kind, locale, today) })
}

// Each kind's entry form by name (the goals' tests read them).
export const createCapitalChangeSchema = (locale: Locale, today: Date) =>
  createEventSchema('capital-change', locale, today)
export const createDisbursementSchema = (locale: Locale, today: Date) =>
  createEventSchema('disbursement', locale, today)
export const createClearanceSchema = (locale: Locale, today: Date) => createEventSchema('clearance', locale, today)

export const LikelihoodSchema = z.object({
  intent: z.literal('likelihood'),
  milestoneKind: z.enum(MILESTONE_KINDS, { error: 'errors.unknownOption' }),
  // Left empty: not assessed (the forecast then counts it as medium).
  likelihood: z.enum(LIKELIHOODS, { error: 'errors.unknownOption' }).optional(),
  // The project's version the page was opened on (a milestone is the project's), and the
  // planned date the person was looking at: a stale answer shows it beside today's.
  version: z.number().int().min(1).optional(),
  plannedDate: z.string().refine(isCalendarDay).optional().catch(undefined),
})
