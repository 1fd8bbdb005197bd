/**
 * The one way an action reads its form (lint forbids `request.formData()` elsewhere).
 * `request.formData()` throws on a body that is not a form (JSON, text/plain, a broken
 * multipart), which was a 500; Conform's parse recurses once per level of a field name, so
 * `a[0][0]…` thousands deep overflowed the stack, a 500 even on the anonymous /login. Here
 * each of those is a short plain-text refusal in the reader's language instead.
 * The body's size in bytes is the server's limit (server/body-limit.ts), before any of this.
 */
import { type Locale } from '~/utils/locale'
import { getLocale, serverT } from '~/utils/i18n'

export const FORM_LIMITS = {
  /**
   * Entries (a field sent twice counts twice). The largest form is a dialogue meeting with
   * 50 obstacles of 6 fields and up to 10 departments each, and 100 projects: about 900.
   */
  fields: 2000,
  /** Characters in one field's name; the longest the app makes ("obstacles[49].departmentIds") has 27. */
  nameLength: 200,
  /** Levels in one field's name ("a.b[0]" has three); the app's deepest have three. */
  nameDepth: 16,
} as const

const FORM_MEDIA_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data'])

/** The form a browser sent, or a thrown 415, 400 or 413 Response for anything else. */
export async function readForm(request: Request): Promise<FormData> {
  const locale = getLocale(request)
  if (!FORM_MEDIA_TYPES.has(mediaTypeOf(request.headers.get('Content-Type')))) {
    throw refusal(locale, 415, 'security.form.notAForm')
  }
  let form: FormData
  try {
    // eslint-disable-next-line no-restricted-syntax -- the one place a form is read
    form = await request.formData()
  } catch {
    // A multipart body without its boundary or cut short, or a body that failed to arrive.
    throw refusal(locale, 400, 'security.form.malformed')
  }
  let fields = 0
  for (const name of form.keys()) {
    fields += 1
    if (fields > FORM_LIMITS.fields) throw refusal(locale, 413, 'security.form.tooManyFields')
    if (!isSaneFieldName(name)) throw refusal(locale, 400, 'security.form.badFieldName')
  }
  return form
}

/** "multipart/form-data; boundary=…" → "multipart/form-data"; '' when there is none. */
function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()
}

function isSaneFieldName(name: string): boolean {
  if (name.length > FORM_LIMITS.nameLength) return false
  // Conform's path syntax: every "." and "[" opens a level.
  let depth = 1
  for (const character of name) {
    if (character === '.' || character === '[') depth += 1
  }
  return depth <= FORM_LIMITS.nameDepth
}

function refusal(locale: Locale, status: number, messageKey: string): Response {
  return new Response(`${serverT(locale)(messageKey)}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
}
