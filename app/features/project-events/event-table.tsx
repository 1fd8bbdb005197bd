import { type ReactNode } from 'react'
import { type RevisionState, RevisionCell, Struck, correctedBy, rowAnchor } from '~/features/project-events/corrections'
import { EVENT_KIND, type EventField, type EventKind, type ProjectTotals } from '~/features/project-events/event-kinds'
import { formatDate, formatDateTime, formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { formatVnd, formatVndFull } from '~/utils/money'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A recorded event of any kind, as the page lists it: each kind has its own of the optional fields. */
export type EventRow = RevisionState & {
  id: string
  date: Date
  note: string | null
  createdAt: Date
  amountVnd?: bigint
  hectares?: number
  documentNumber?: string | null
}

const hectares = (value: number, locale: Locale) => formatNumber(value, locale, 4)

function Money({ vnd }: { vnd: bigint }) {
  const locale = useLocale()
  return (
    <>
      <span className="font-medium">{formatVnd(vnd, locale)}</span>
      <span className="block text-xs text-slate-700">{formatVndFull(vnd, locale)}</span>
    </>
  )
}

/**
 * The project's total this kind of event moves, and the sum of those recorded: the project's
 * figure may also have been set on its own form, so the two can differ.
 */
export function EventTotals({
  kind,
  project,
  sum,
}: {
  kind: EventKind
  project: ProjectTotals
  /** The events in force, added up. */
  sum: bigint | number
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { strings, total, cap, totalLabel } = EVENT_KIND[kind]
  const value = project[total]
  const needed = cap && project[cap.column]
  const done = hectares(typeof value === 'number' ? value : 0, locale)
  // Money: the figure or "not set"; land: what is handed over, of what needs clearing if known.
  const current =
    EVENT_KIND[kind].value === 'amountVnd'
      ? t(`projectEvents.${strings}.current`, {
          amount: typeof value === 'bigint' ? formatVnd(value, locale) : t('common.notSet'),
        })
      : typeof needed === 'number'
        ? t(`projectEvents.${strings}.currentOfNeeded`, { done, needed: hectares(needed, locale) })
        : t(`projectEvents.${strings}.current`, { done })
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-2">
      <div>
        <dt className="sr-only">{t(totalLabel)}</dt>
        <dd>{current}</dd>
      </div>
      <div>
        <dt className="sr-only">{t(`projectEvents.${strings}.caption`)}</dt>
        <dd>
          {typeof sum === 'bigint'
            ? t(`projectEvents.${strings}.total`, { amount: formatVnd(sum, locale) })
            : t(`projectEvents.${strings}.total`, { hectares: hectares(sum, locale) })}
        </dd>
      </div>
    </dl>
  )
}

/** Each field's column: its heading (projectEvents.columns.*), and whether it holds an amount. */
const COLUMNS: Record<EventField, { label: string; numeric?: boolean }> = {
  date: { label: 'date' },
  amountVnd: { label: 'amount', numeric: true },
  hectares: { label: 'hectares', numeric: true },
  documentNumber: { label: 'document' },
  note: { label: 'note' },
}

/**
 * The events of a kind recorded so far, the latest first, and how many there are in all: a
 * voided one struck through with its status, a correction linked to the row it corrects.
 */
export function EventTable({
  kind,
  rows,
  count,
  canRevise,
}: {
  kind: EventKind
  rows: readonly EventRow[]
  count: number
  canRevise: boolean
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { strings, fields } = EVENT_KIND[kind]
  if (rows.length === 0) return <p className="text-slate-700">{t(`projectEvents.${strings}.empty`)}</p>
  const corrects = correctedBy(rows)
  const headers = [
    ...fields.map((field) => ({ ...COLUMNS[field], label: t(`projectEvents.columns.${COLUMNS[field].label}`) })),
    { label: t('projectEvents.columns.recordedAt') },
    { label: t('corrections.status') },
  ]
  const cell = (row: EventRow, field: EventField): ReactNode => {
    const voided = row.voidedAt !== null
    switch (field) {
      case 'date':
        return <Struck voided={voided}>{formatDate(row.date, locale)}</Struck>
      case 'amountVnd':
        return <Struck voided={voided}>{row.amountVnd === undefined ? null : <Money vnd={row.amountVnd} />}</Struck>
      case 'hectares':
        return <Struck voided={voided}>{`${hectares(row.hectares ?? 0, locale)} ha`}</Struck>
      case 'documentNumber':
        return row.documentNumber ?? t('common.none')
      case 'note':
        return row.note ?? ''
    }
  }
  const align = (numeric?: boolean) => `py-2 pr-4 ${numeric ? 'text-right' : ''}`
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t(`projectEvents.${strings}.caption`)}</caption>
        <thead className="text-left">
          <tr className="border-b border-slate-300">
            {headers.map((header) => (
              <th key={header.label} scope="col" className={align(header.numeric)}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={rowAnchor('event', row.id)} className="border-b border-slate-100 align-top">
              {fields.map((field) => (
                <td key={field} className={align(COLUMNS[field].numeric)}>
                  {cell(row, field)}
                </td>
              ))}
              <td className={align()}>{formatDateTime(row.createdAt, locale)}</td>
              <td className={align()}>
                <RevisionCell
                  row={row}
                  what={t(`corrections.what.${kind}`, { date: formatDate(row.date, locale) })}
                  anchorPrefix="event"
                  correctsId={corrects.get(row.id) ?? null}
                  canRevise={canRevise}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {count > rows.length ? (
        <p className="mt-2 text-sm text-slate-700">{t('projectEvents.shownLatest', { shown: rows.length, count })}</p>
      ) : null}
    </div>
  )
}
