/**
 * The Zod fields every form's schema builds its dates and texts from, so that a hostile or
 * mistyped value gets the same clear answer in every form (docs/decisions/004). No
 * `.server` import: the browser runs the schemas too.
 *
 * Both are string schemas at heart. Conform's own coercion (`@conform-to/zod/v4`) turns
 * the text of a `z.date()` into a Date with `new Date(text)` before any check sees it, and
 * that reads "1" as 2001 and "2025-02-30" as 2 March; a string schema is only stripped of
 * empty values, so the text reaches the checks below as it was sent.
 */
import { z } from 'zod'
import { type DayRange, readCalendarDay } from '~/utils/calendar-day'
import { cleanLineText, cleanMultilineText } from '~/utils/clean-text'

export type DayFieldOptions = DayRange & {
  /** The message for a day after `latest` ("not after today" fields have their own). */
  tooLate?: string
  /** The message for a day before `earliest`. */
  tooEarly?: string
}

/**
 * A calendar day sent as `yyyy-mm-dd`, read as a Date at UTC midnight. Anything else is
 * `errors.date`; a real day outside the range (1990-01-01 to 2100-12-31 unless told) is
 * `errors.dateRange`, or the message given for that end. Add `.optional()` for a day that
 * may be left empty.
 */
export function dayField({ earliest, latest, tooEarly, tooLate }: DayFieldOptions = {}) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'errors.required' : 'errors.date') })
    .transform((text, ctx) => {
      const reading = readCalendarDay(text, { earliest, latest })
      if (reading.ok) return reading.date
      const message =
        reading.problem === 'format'
          ? 'errors.date'
          : reading.problem === 'tooEarly'
            ? (tooEarly ?? 'errors.dateRange')
            : (tooLate ?? 'errors.dateRange')
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    })
}

export type TextFieldOptions = {
  /** A textarea: tabs and line breaks are kept (app/utils/clean-text.ts). */
  multiline?: boolean
}

/**
 * A text as typed, cleaned of invisible control and formatting characters, normalised
 * (NFC) and trimmed, then at most `max` characters. It stays a ZodString, so `.min()`,
 * `.regex()`, `.email()` and `.toLowerCase()` chain after the cleaning, and Conform still
 * reads its length limit for the `maxlength` attribute.
 *
 * Passwords do not use it: a password is compared, never shown, and cleaning it would
 * change the secret someone chose without telling them.
 */
export function textField(max: number, { multiline = false }: TextFieldOptions = {}) {
  return z
    .string({ error: 'errors.required' })
    .overwrite(multiline ? cleanMultilineText : cleanLineText)
    .trim()
    .max(max, `errors.tooLong:${max}`)
}

/** A text that must have at least one visible character once cleaned. */
export function requiredText(max: number, options?: TextFieldOptions) {
  return textField(max, options).min(1, 'errors.required')
}

/**
 * A text that may be left empty. Empty once cleaned (spaces, invisible characters) is
 * absent, as an empty box is: what is stored is then null, never an empty string.
 */
export function optionalText(max: number, options?: TextFieldOptions) {
  return textField(max, options)
    .transform((text) => (text === '' ? undefined : text))
    .optional()
}
