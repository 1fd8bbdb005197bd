import { z } from 'zod'
import { LIKELIHOODS } from '~/features/goals/goal-vocabulary'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { isCalendarDay } from '~/utils/calendar-day'
import { dayField, optionalText } from '~/utils/form-fields'
import { type Locale } from '~/utils/locale'
import { parseLocaleDecimal, parseVndAmount } from '~/utils/number-input'

/**
 * The forms of a project's "capital and land" page, told apart by their `intent`: a dated
 * IRC capital adjustment, a disbursement, a site-clearance handover, and the likelihood
 * of a planned milestone. Amounts are read in the reader's format, in whole đồng.
 */
export const EVENT_INTENTS = ['capital-change', 'disbursement', 'clearance', 'likelihood'] as const
export type EventIntent = (typeof EVENT_INTENTS)[number]

const MAX_VND = 10n ** 16n
const MAX_HECTARES = 1_000_000
const multiline = { multiline: true }

function eventDate(today: Date) {
  return dayField({ latest: today, tooLate: 'goals.errors.dateInFuture' })
}

function vndAmount(locale: Locale, { positive }: { positive: boolean }) {
  return z.string({ error: 'errors.required' }).transform((value, ctx) => {
    const parsed = parseVndAmount(value, locale)
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error })
      return z.NEVER
    }
    const amount = parsed.value
    if (positive && amount <= 0n) ctx.addIssue({ code: 'custom', message: 'goals.errors.amountPositive' })
    if (!positive && amount === 0n) ctx.addIssue({ code: 'custom', message: 'goals.errors.amountNonZero' })
    if (amount > MAX_VND || amount < -MAX_VND) ctx.addIssue({ code: 'custom', message: 'errors.tooLarge' })
    return amount
  })
}

export function createCapitalChangeSchema(locale: Locale, today: Date) {
  return z.object({
    intent: z.literal('capital-change'),
    date: eventDate(today),
    // An adjustment may lower the capital: negative amounts are allowed.
    amountVnd: vndAmount(locale, { positive: false }),
    documentNumber: optionalText(100),
    note: optionalText(2000, multiline),
  })
}

export function createDisbursementSchema(locale: Locale, today: Date) {
  return z.object({
    intent: z.literal('disbursement'),
    date: eventDate(today),
    amountVnd: vndAmount(locale, { positive: true }),
    note: optionalText(2000, multiline),
  })
}

export function createClearanceSchema(locale: Locale, today: Date) {
  return z.object({
    intent: z.literal('clearance'),
    date: eventDate(today),
    hectares: z.string({ error: 'errors.required' }).transform((value, ctx) => {
      const parsed = parseLocaleDecimal(value, locale)
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (parsed.value <= 0) ctx.addIssue({ code: 'custom', message: 'goals.errors.hectaresPositive' })
      if (parsed.value > MAX_HECTARES) ctx.addIssue({ code: 'custom', message: 'errors.tooLarge' })
      return parsed.value
    }),
    note: optionalText(2000, multiline),
  })
}

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

/** The schema for a submitted intent, or null for a form this page does not have. */
export function eventSchemaFor(intent: unknown, locale: Locale, today: Date) {
  switch (intent) {
    case 'capital-change':
      return createCapitalChangeSchema(locale, today)
    case 'disbursement':
      return createDisbursementSchema(locale, today)
    case 'clearance':
      return createClearanceSchema(locale, today)
    case 'likelihood':
      return LikelihoodSchema
    default:
      return null
  }
}
