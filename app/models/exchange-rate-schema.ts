import { z } from 'zod'
import { type Locale } from '~/utils/locale'
import { parseLocaleNumber } from '~/utils/number-input'

export function createExchangeRateSchema(locale: Locale) {
  return z.object({
    date: z.date({ error: (issue) => (issue.input === undefined ? 'errors.required' : 'errors.date') }),
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
    source: z.string().trim().max(300, 'errors.tooLong:300').optional(),
  })
}
