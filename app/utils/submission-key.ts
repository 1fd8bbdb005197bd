/**
 * The key of an opened create form (docs/decisions/007): made by the page's loader, sent
 * back in a hidden field, recorded with the record it saved. Browser and server alike.
 */

/** The hidden field's name in every create form. */
export const SUBMISSION_KEY_FIELD = 'submissionKey'

/** One set of messages for every form: the same form sent again, or a key of someone else's. */
export const SUBMISSION_KEY_MESSAGES = {
  /** Toast on the way back to what the first sending saved. */
  alreadySaved: 'conflict.alreadySaved',
  /** Form error: the key was issued to another account, or is not a key at all. */
  formNotYours: 'conflict.formNotYours',
} as const

const KEY_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** A fresh key for a form being opened: a random UUID, so no two opened forms share one. */
export function newSubmissionKey() {
  return crypto.randomUUID()
}

/**
 * The key a form sent: null when it sent none (a script, a page from before keys), 'invalid'
 * when it is not one of ours. Keys are compared in lower case, whatever the browser sent.
 */
export function readSubmissionKey(value: unknown): string | null | 'invalid' {
  if (value === undefined || value === null || value === '') return null
  return typeof value === 'string' && KEY_PATTERN.test(value) ? value.toLowerCase() : 'invalid'
}
