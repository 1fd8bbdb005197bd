import { Fragment } from 'react'
import { AppLink } from '~/components/app-link'
import { SortableHeader } from '~/components/sortable-header'
import { daysOverdue } from '~/features/obstacles/obstacle-rules'
import { formatDate, formatDayOf } from '~/utils/format'
import { type Locale, localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'

// Colour supports the word, never replaces it; every pair passes WCAG AA contrast.
const statusTones: Record<string, string> = {
  open: 'bg-sky-50 text-sky-900 ring-sky-300',
  in_progress: 'bg-amber-50 text-amber-900 ring-amber-300',
  escalated: 'bg-violet-50 text-violet-900 ring-violet-300',
  resolved: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  closed: 'bg-slate-100 text-slate-800 ring-slate-300',
}

export function ObstacleStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${statusTones[status] ?? statusTones.open}`}
    >
      {t(`obstacles.status.${status}`, { defaultValue: status })}
    </span>
  )
}

export function ObstaclePriority({ priority }: { priority: string }) {
  const { t } = useTranslation()
  const label = t(`obstacles.priority.${priority}`, { defaultValue: priority })
  // Only a high priority stands out; the others are plain text in the surrounding colour.
  return priority === 'high' ? <span className="font-semibold text-red-800">{label}</span> : label
}

/** "Overdue by 12 days": a word and a number first, the red and the sign only support them. */
export function OverdueBadge({ days }: { days: number }) {
  const { t } = useTranslation()
  if (days <= 0) return null
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-red-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-red-900 ring-1 ring-red-400">
      <span aria-hidden="true">⚠</span>
      {t('obstacles.overdue.badge', { count: days })}
    </span>
  )
}

type Department = { id: string; code: string; nameVi: string; nameEn: string }

/** An obstacle as the model lists it. */
type ListedObstacle = {
  id: string
  code: string
  title: string
  category: string
  status: string
  priority: string
  deadline: Date
  raisedOn: Date
  updatedAt: Date
  project: { id: string; name: string }
  departments: { department: Department }[]
}

/** A row of an obstacles table: what the table shows, in the reader's language, with the days overdue. */
export type ObstacleTableRow = ReturnType<typeof obstacleTableRows>[number]

/**
 * What a loader sends for its rows: only the fields the table shows, dates written out and
 * each department's name in the reader's language. A department named on several rows is one object, which the
 * page's data then carries once (a page of 25 rows is sent with every page load).
 */
export function obstacleTableRows(rows: ListedObstacle[], today: Date, locale: Locale) {
  const departments = new Map<string, { id: string; code: string; name: string }>()
  const named = ({ department }: { department: Department }) => {
    let shared = departments.get(department.id)
    if (!shared) {
      shared = { id: department.id, code: department.code, name: localName(department, locale) }
      departments.set(department.id, shared)
    }
    return shared
  }
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category,
    status: row.status,
    priority: row.priority,
    // Written out here, in the reader's language: the page's data carries text, not dates.
    raisedOn: formatDate(row.raisedOn, locale),
    deadline: formatDate(row.deadline, locale),
    updatedOn: formatDayOf(row.updatedAt, locale),
    overdueDays: daysOverdue(row, today),
    projectId: row.project.id,
    projectName: row.project.name,
    departments: row.departments.map(named),
  }))
}

type Sorting = { searchParams: URLSearchParams; sort: string; dir: 'asc' | 'desc' }

/**
 * Obstacles as a table: the register (sortable headers) and a project's tab (no project
 * column). Overdue rows carry a left rule and a tinted background, and always the words.
 */
export function ObstacleTable({
  rows,
  caption,
  sorting,
  showProject = true,
}: {
  rows: ObstacleTableRow[]
  caption: string
  sorting?: Sorting
  showProject?: boolean
}) {
  const { t } = useTranslation()
  const header = (column: string, label: string) =>
    sorting ? (
      <SortableHeader
        key={column}
        column={column}
        label={label}
        searchParams={sorting.searchParams}
        sort={sorting.sort}
        dir={sorting.dir}
      />
    ) : (
      <th key={column} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
        {label}
      </th>
    )
  const plain = (label: string) => (
    <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
      {label}
    </th>
  )

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {header('code', t('obstacles.columns.code'))}
            {plain(t('obstacles.columns.title'))}
            {plain(t('obstacles.columns.category'))}
            {plain(t('obstacles.columns.departments'))}
            {plain(t('obstacles.columns.priority'))}
            {plain(t('obstacles.columns.status'))}
            {header('raisedOn', t('obstacles.columns.raisedOn'))}
            {header('deadline', t('obstacles.columns.deadline'))}
            {header('updatedAt', t('obstacles.columns.updatedAt'))}
          </tr>
        </thead>
        {/* The cells' padding and the date columns' wrapping are set once here, not on each of
            the page's 225 cells: a class on every cell was 5–8 % of the page's server time. */}
        <tbody className="divide-y divide-slate-200 [&>tr>td]:px-3 [&>tr>td]:py-2 [&>tr>td:nth-child(n+7)]:whitespace-nowrap">
          {rows.map((row) => {
            const overdue = row.overdueDays > 0
            return (
              <tr key={row.id} className={overdue ? 'bg-red-50/60' : 'hover:bg-slate-50'}>
                <td
                  className={`font-mono text-xs whitespace-nowrap ${overdue ? 'border-l-4 border-red-600' : 'border-l-4 border-transparent'}`}
                >
                  {row.code}
                </td>
                <td className="min-w-64">
                  <AppLink
                    to={`/obstacles/${row.id}`}
                    className="text-brand-700 font-medium underline-offset-2 hover:underline"
                  >
                    {row.title}
                  </AppLink>
                  {showProject ? (
                    <span className="mt-0.5 block text-xs text-slate-700">
                      {`${t('obstacles.columns.project')}: `}
                      <AppLink
                        to={`/projects/${row.projectId}`}
                        className="text-brand-700 underline underline-offset-2"
                      >
                        {row.projectName}
                      </AppLink>
                    </span>
                  ) : null}
                </td>
                <td>{t(`obstacles.category.${row.category}`, { defaultValue: row.category })}</td>
                <td>
                  {/* Codes separated by commas: one or two per row, a list element each would only add markup. */}
                  {row.departments.map((department, index) => (
                    <Fragment key={department.id}>
                      {index > 0 ? ', ' : null}
                      <abbr title={department.name} className="no-underline">
                        {department.code}
                      </abbr>
                    </Fragment>
                  ))}
                </td>
                <td>
                  <ObstaclePriority priority={row.priority} />
                </td>
                <td>
                  <ObstacleStatusBadge status={row.status} />
                </td>
                <td>{row.raisedOn}</td>
                <td>
                  {overdue ? (
                    <>
                      <span className="font-semibold text-red-900">{row.deadline}</span>
                      <span className="mt-0.5 block">
                        <OverdueBadge days={row.overdueDays} />
                      </span>
                    </>
                  ) : (
                    row.deadline
                  )}
                </td>
                <td>{row.updatedOn}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
