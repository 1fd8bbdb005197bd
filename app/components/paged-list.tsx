/**
 * What the registers draw alike under their filters (app/components/list-filters.tsx): how
 * many rows match, the table with its hidden caption, what is shown when nothing matches,
 * and the pages.
 */
import { useSearchParams } from '@remix-run/react'
import { type ReactNode } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'

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
