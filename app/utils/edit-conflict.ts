import { type SubmissionResult } from '@conform-to/react'

/**
 * A save refused because the record changed since its form was opened (docs/decisions/007):
 * what the answer (409) shows, field by field — what the person sent next to what is saved
 * now, both as the reader sees them — while the form keeps what was typed and moves on to
 * the current version, so saving again (deliberately) goes through. Pure: the routes of
 * goals, obstacles, departments, investors and accounts build their rows with it, and the
 * panel (app/components/edit-conflict.tsx) shows them.
 */

/** One field that differs: its form name, its label and both values, in the reader's words. */
export type FieldDifference = { field: string; label: string; mine: string; current: string }

/** A field to compare; `differs` when the stored values are compared rather than their words. */
export type FieldComparison = FieldDifference & { differs?: boolean }

/** Text as typed: surrounding spaces and the browser's CRLF line ends do not count. */
function comparableText(value: string) {
  return value.replace(/\r\n?/g, '\n').trim()
}

/** The fields where what was sent differs from what is saved, in the order given. */
export function differingFields(rows: readonly FieldComparison[]): FieldDifference[] {
  return rows
    .filter((row) => row.differs ?? comparableText(row.mine) !== comparableText(row.current))
    .map(({ field, label, mine, current }) => ({ field, label, mine, current }))
}

/** What a refused save answers besides the form. */
export type StaleEditAnswer = { differences: FieldDifference[] }

/**
 * A simple editor's action answer: the form's reply, and after a refused save the
 * differences. Named so every answer of the action has one type (the 409's would
 * otherwise be folded into the 400's, its subtype, and the page could not read it).
 */
export type EditAnswer = { result: SubmissionResult<string[]>; stale?: StaleEditAnswer }

/**
 * The refused form's reply as it goes back: what was typed, standing on the version saved
 * now (the form's hidden "version" takes it), so the next save is a deliberate overwrite.
 */
export function replyOnVersion<Reply extends { initialValue?: Record<string, unknown> | null }>(
  reply: Reply,
  version: number,
): Reply {
  return { ...reply, initialValue: { ...(reply.initialValue ?? {}), version: String(version) } }
}
