import { AppLink } from '~/components/app-link'
import { useTranslation } from '~/utils/translation'

/** A column header that sorts the list by its column; a second click reverses the order. */
export function SortableHeader({
  column,
  label,
  numeric = false,
  searchParams,
  sort,
  dir,
}: {
  column: string
  label: string
  numeric?: boolean
  searchParams: URLSearchParams
  sort: string
  dir: 'asc' | 'desc'
}) {
  const { t } = useTranslation()
  const active = sort === column
  const nextDir = active && dir === 'asc' ? 'desc' : 'asc'
  const params = new URLSearchParams(searchParams)
  params.set('sort', column)
  params.set('dir', nextDir)
  params.delete('page')
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={`px-3 py-2 font-semibold whitespace-nowrap ${numeric ? 'text-right' : ''}`}
    >
      <AppLink
        to={`?${params.toString()}`}
        className="inline-flex items-center gap-1 text-slate-900 hover:underline"
        aria-label={t('projectList.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true" className="text-slate-600">
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </AppLink>
    </th>
  )
}
