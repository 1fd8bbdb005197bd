import { z } from 'zod'
import { reasonField, rowIdField } from '~/features/project-events/correction-fields'
import { dayField, optionalText } from '~/utils/form-fields'
import { type Locale } from '~/utils/locale'
import { parseLocaleNumber } from '~/utils/number-input'

/**
 * A rate's fields. Its day may not be after today in Vietnam (provinceToday): the latest rate
 * converts every USD figure of the app, so a rate dated in the future would replace today's
 * everywhere at once.
 */
function rateFields(locale: Locale, today: Date) {
  return {
    date: dayField({ latest: today, tooLate: 'corrections.errors.rateInFuture' }),
    vndPerUsd: z.string({ error: 'errors.required' }).transform((value, ctx) => {
      const parsed = parseLocaleNumber(value, locale)
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (/[1-9]/.test(parsed.fractionDigits)) ctx.addIssue({ code: 'custom', message: 'errors.wholeNumber' })
      const rate = Number(parsed.integerDigits) * (parsed.negative ? -1 : 1)
      if (rate < 1_000 || rate > 100_000) ctx.addIssue({ code: 'custom', message: 'errors.rateRange' })
      return rate
    }),
    source: optionalText(300),
  }
}

/** A new rate. Its form sends intent `add`; a form without an intent is one too. */
export function createExchangeRateSchema(locale: Locale, today: Date) {
  return z.object({ intent: z.literal('add').optional(), ...rateFields(locale, today) })
}

/**
 * A rate corrected (docs/decisions/013): the row it replaces, the corrected fields and why.
 * The old row stays, voided, pointing to the new one.
 */
export function createExchangeRateCorrectionSchema(locale: Locale, today: Date) {
  return z.object({
    intent: z.literal('correct'),
    id: rowIdField,
    ...rateFields(locale, today),
    reason: reasonField,
  })
}

/** A rate withdrawn: it stays on the page, struck through, and converts nothing. */
export const ExchangeRateVoidSchema = z.object({ intent: z.literal('void'), id: rowIdField, reason: reasonField })
