/**
 * What the site's registers (accounts, investors, departments, exchange rates) draw alike:
 * the filter card, how many rows match, the table with its hidden caption, what is shown
 * when nothing matches, and the pages.
 */
import { Form, useSearchParams } from '@remix-run/react'
import { type ReactNode } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { useTranslation } from '~/utils/translation'

/** The register's free-text search, sent as `q`. */
export function SearchField({ label, value }: { label: string; value: string | undefined }) {
  return <TextField label={label} inputProps={{ type: 'search', name: 'q', defaultValue: value ?? '' }} />
}

/** One of the register's filters: a value to keep to, or all. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string
  name: string
  value: string | undefined
  options: { value: string; label: string }[]
}) {
  const { t } = useTranslation()
  return (
    <SelectField
      label={label}
      placeholder={t('common.all')}
      selectProps={{ name, defaultValue: value ?? '' }}
      options={options}
    />
  )
}

/**
 * A register's filters: a GET form, so the address says what is shown and can be shared.
 * `grid` is the wide screen's columns (a Tailwind class), the button's last.
 */
export function FilterForm({
  grid,
  submitLabel,
  children,
}: {
  grid: string
  submitLabel: string
  children: ReactNode
}) {
  return (
    <Form method="get" className={`grid gap-4 rounded-lg border border-slate-300 bg-white p-4 ${grid} md:items-end`}>
      {children}
      <button type="submit" className={buttonClassName('primary')}>
        {submitLabel}
      </button>
    </Form>
  )
}

export type Column = { label: string; /** Figures, right-aligned. */ numeric?: boolean }

/** A table of records: its caption for assistive technology, its headings, then the rows given. */
export function RecordTable({
  caption,
  columns,
  children,
}: {
  caption: string
  columns: readonly Column[]
  children: ReactNode
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'px-3 py-2 text-right' : 'px-3 py-2'}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  )
}

/** What an empty register says, with a way back to everything when filters emptied it. */
export function EmptyState({ message, clear }: { message: string; clear?: { to: AppHref; label: string } }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
      <p>{message}</p>
      {clear ? (
        <AppLink to={clear.to} className={buttonClassName('secondary', 'mt-4')}>
          {clear.label}
        </AppLink>
      ) : null}
    </div>
  )
}

/**
 * One page of a filtered register: the count (announced as the filters change), then the
 * table and the links to the other pages, or the empty state when nothing matches.
 */
export function PagedResults({
  total,
  countLabel,
  empty,
  page,
  pageCount,
  children,
}: {
  total: number
  countLabel: string
  empty: ReactNode
  page: number
  pageCount: number
  /** The table. */
  children: ReactNode
}) {
  const [searchParams] = useSearchParams()
  return (
    <>
      <p aria-live="polite" className="font-medium">
        {countLabel}
      </p>
      {total === 0 ? (
        empty
      ) : (
        <>
          {children}
          <Pagination page={page} pageCount={pageCount} searchParams={searchParams} />
        </>
      )}
    </>
  )
}
