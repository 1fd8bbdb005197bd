import { type ReactNode, useId } from 'react'

export type ChartTable = {
  caption: string
  columns: readonly string[]
  rows: readonly (readonly string[])[]
}

/**
 * A chart as a figure: a visible title, a one-sentence reading of it, the SVG (which
 * names itself with its own <title> and <desc>), and the same numbers as a table for
 * anyone who does not see the picture.
 */
export function ChartFigure({
  title,
  description,
  tableLabel,
  table,
  children,
}: {
  title: string
  description: string
  tableLabel: string
  table: ChartTable
  children: (ids: { titleId: string; descId: string }) => ReactNode
}) {
  const id = useId()
  const captionId = `${id}-caption`
  return (
    <figure aria-labelledby={captionId} className="rounded-lg border border-slate-300 bg-white p-4">
      <figcaption id={captionId} className="text-base font-semibold text-slate-900">
        {title}
      </figcaption>
      <p className="mt-1 text-sm text-slate-700">{description}</p>
      <div className="mt-3">{children({ titleId: `${id}-title`, descId: `${id}-desc` })}</div>
      <details className="mt-3 text-sm">
        <summary className="text-brand-700 cursor-pointer underline underline-offset-2">{tableLabel}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">{table.caption}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={`px-3 py-1.5 font-medium ${index > 0 ? 'text-right' : ''}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {table.rows.map((row) => (
                <tr key={row[0]}>
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="px-3 py-1.5 text-left font-normal">
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className="px-3 py-1.5 text-right whitespace-nowrap">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
