/**
 * The one way an action reads its form (lint forbids `request.formData()` elsewhere).
 * `request.formData()` throws on a body that is not a form (JSON, text/plain, a broken
 * multipart), which was a 500; Conform's parse recurses once per level of a field name, so
 * `a[0][0]…` thousands deep overflowed the stack, a 500 even on the anonymous /login. Here
 * each of those is a short plain-text refusal in the reader's language instead.
 * The body's size in bytes is the server's limit (server/body-limit.ts), before any of this.
 */
import { getLocale, serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'

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
  if (!areConformControlsSane(form)) throw refusal(locale, 400, 'security.form.malformed')
  return form
}

/**
 * Conform's own fields: a list's add and remove buttons send `__intent__`, and `__state__`
 * carries its state. Conform JSON.parses both before any schema runs, so text that is not
 * its JSON ("<script>", "/%09/evil") was a 500; a name or index inside them is a path it
 * walks like a field's. Each must be one string of plain JSON with a known intent, a sane
 * name and indexes within the form's limits.
 */
const CONFORM_CONTROLS = ['__intent__', '__state__'] as const
const CONFORM_INTENTS = new Set(['validate', 'update', 'reset', 'insert', 'remove', 'reorder'])
const CONTROL_LENGTH = 10_000
const CONTROL_DEPTH = 16

function areConformControlsSane(form: FormData): boolean {
  for (const control of CONFORM_CONTROLS) {
    const values = form.getAll(control)
    if (values.length === 0) continue
    const [value] = values
    if (values.length > 1 || typeof value !== 'string' || value.length > CONTROL_LENGTH) return false
    if (jsonDepth(value) > CONTROL_DEPTH) return false
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      return false
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false
    if (control === '__intent__' && !isSaneIntent(parsed)) return false
  }
  return true
}

function isSaneIntent(intent: object): boolean {
  const { type, payload } = intent as { type?: unknown; payload?: unknown }
  if (typeof type !== 'string' || !CONFORM_INTENTS.has(type)) return false
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false
  const { name, index, from, to } = payload as Record<string, unknown>
  if (name !== undefined && (typeof name !== 'string' || !isSaneFieldName(name))) return false
  return [index, from, to].every(
    (position) =>
      position === undefined ||
      (typeof position === 'number' && Number.isInteger(position) && position >= 0 && position < FORM_LIMITS.fields),
  )
}

/** How deeply a JSON text nests its arrays and objects (brackets inside strings aside). */
function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const character = text[i]
    if (inString) {
      if (character === '\\') i++
      else if (character === '"') inString = false
    } else if (character === '"') inString = true
    else if (character === '[' || character === '{') deepest = Math.max(deepest, ++depth)
    else if (character === ']' || character === '}') depth--
  }
  return deepest
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
