import { type SubmissionResult } from '@conform-to/react'
import { type ReactNode, useEffect, useId, useRef } from 'react'
import { type FieldDifference } from '~/utils/edit-conflict'
import { useTranslation } from '~/utils/translation'

/**
 * What a refused save (409) shows above its form: the fields that differ, what the person
 * sent next to what is saved now (docs/decisions/007). The project editor adds a column of
 * its own (how its merge left each field); the simpler editors show the two values.
 */

export type ConflictTableRow = {
  key: string
  label: string
  mine: ReactNode
  current: ReactNode
  /** The extra column's cell, when the table has one. */
  extra?: ReactNode
}

export function ConflictTable({
  caption,
  rows,
  extraColumn,
}: {
  caption: string
  rows: readonly ConflictTableRow[]
  /** The heading of a fourth column, after the two values. */
  extraColumn?: string
}) {
  const { t } = useTranslation()
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="pb-2 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="p-2">
              {t('conflict.columns.field')}
            </th>
            <th scope="col" className="p-2">
              {t('conflict.columns.mine')}
            </th>
            <th scope="col" className="p-2">
              {t('conflict.columns.current')}
            </th>
            {extraColumn ? (
              <th scope="col" className="p-2">
                {extraColumn}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200 align-top">
              <th scope="row" className="p-2 font-medium">
                {row.label}
              </th>
              <td className="p-2 break-words">{row.mine}</td>
              <td className="p-2 break-words">{row.current}</td>
              {extraColumn ? <td className="space-y-2 p-2">{row.extra}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/**
 * The heading moves focus to itself when an answer arrives, so a screen reader announces
 * it; `answer` is what changes with each refused save.
 */
export function ConflictSection({ title, answer, children }: { title: string; answer: unknown; children: ReactNode }) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    headingRef.current?.focus()
  }, [answer])
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-amber-500 bg-amber-50 p-5 text-slate-900"
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** A value as the panel shows it: "(empty)" for nothing, line breaks kept. */
function ConflictValue({ value }: { value: string }) {
  const { t } = useTranslation()
  if (value.trim() === '') return <span className="text-slate-700 italic">{t('conflict.empty')}</span>
  return <span className="whitespace-pre-wrap">{value}</span>
}

/**
 * A simple editor's refused save: what happened, then each field that differs with the
 * person's value beside the saved one. The form below still holds what they typed.
 */
export function StaleEditPanel({
  title,
  explanation,
  caption,
  differences,
}: {
  title: string
  /** Paragraphs before the table: what happened, what to do (by default, words for any form). */
  explanation?: readonly string[]
  caption?: string
  differences: readonly FieldDifference[]
}) {
  const { t } = useTranslation()
  explanation ??= [t('conflict.stale.explanation'), t('conflict.stale.nextStep')]
  caption ??= t('conflict.tableCaption')
  return (
    <ConflictSection title={title} answer={differences}>
      {explanation.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {differences.length > 0 ? (
        <ConflictTable
          caption={caption}
          rows={differences.map((row) => ({
            key: row.field,
            label: row.label,
            mine: <ConflictValue value={row.mine} />,
            current: <ConflictValue value={row.current} />,
          }))}
        />
      ) : null}
    </ConflictSection>
  )
}

/**
 * The version a form was opened on, sent back with it. After a refused save the answer
 * carries the version saved now (app/utils/edit-conflict.ts, replyOnVersion), and that
 * wins, so saving again is a deliberate overwrite of what the person has just seen.
 */
export function VersionField({
  version,
  lastResult,
}: {
  version: number
  lastResult?: SubmissionResult<string[]> | null
}) {
  const echoed = lastResult?.initialValue?.version
  return <input type="hidden" name="version" value={typeof echoed === 'string' ? echoed : String(version)} />
}
