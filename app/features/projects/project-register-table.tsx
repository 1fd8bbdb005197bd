import { AppLink } from '~/components/app-link'
import { SortableHeader } from '~/components/sortable-header'
import { type ProjectSortColumn } from '~/features/projects/project-list-query'
import { StatusBadge } from '~/features/projects/status-badge'
import { useTranslation } from '~/utils/translation'

/**
 * A row of the register as the table shows it, written out on the server in the reader's
 * language (toRegisterRows): the administrative unit, the capital, the date.
 */
export type RegisterRow = {
  id: string
  code: string
  name: string
  kind: string
  status: string
  /** The administrative unit, named as people say it ("Phường Hà Lầm"). */
  place: string
  department: { code: string; name: string }
  registeredCapital: string | null
  updatedOn: string
}

/** The register's table: its sortable columns, and each project's unresolved obstacles. */
export function ProjectRegisterTable({
  rows,
  unresolvedObstacles,
  sort,
  dir,
  searchParams,
}: {
  rows: RegisterRow[]
  unresolvedObstacles: Record<string, number>
  sort: ProjectSortColumn
  dir: 'asc' | 'desc'
  searchParams: URLSearchParams
}) {
  const { t } = useTranslation()
  const columns = [
    { key: 'code', label: t('projectList.columns.code') },
    { key: 'name', label: t('projectList.columns.name') },
    { key: 'kind', label: t('projectList.columns.kind') },
    { key: 'status', label: t('projectList.columns.status') },
    { key: 'unit', label: t('projectList.columns.unit') },
    { key: 'department', label: t('projectList.columns.department') },
    { key: 'registeredCapital', label: t('projectList.columns.registeredCapital'), numeric: true },
    { key: 'updatedAt', label: t('projectList.columns.updatedAt') },
  ] as const
  const sortedColumn = columns.find((column) => column.key === sort) ?? columns[1]

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">
          {t('projectList.tableCaption', {
            column: sortedColumn.label,
            direction: t(dir === 'asc' ? 'projectList.ascending' : 'projectList.descending'),
          })}
        </caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.key}
                column={column.key}
                label={column.label}
                numeric={'numeric' in column}
                searchParams={searchParams}
                sort={sort}
                dir={dir}
              />
            ))}
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('obstacles.projectColumn')}
            </th>
          </tr>
        </thead>
        {/* The cells' padding is set once here, not on each of the page's 225 cells (docs/performance.md). */}
        <tbody className="divide-y divide-slate-200 [&>tr>td]:px-3 [&>tr>td]:py-2">
          {rows.map((project) => (
            <tr key={project.id} className="hover:bg-slate-50">
              <td className="font-mono text-xs whitespace-nowrap">{project.code}</td>
              <td>
                <AppLink
                  to={`/projects/${project.id}`}
                  className="text-brand-700 font-medium underline-offset-2 hover:underline"
                >
                  {project.name}
                </AppLink>
              </td>
              <td>{t(`kind.${project.kind}`)}</td>
              <td>
                <StatusBadge status={project.status} />
              </td>
              <td>{project.place}</td>
              <td>
                <abbr title={project.department.name} className="no-underline">
                  {project.department.code}
                </abbr>
              </td>
              <td className="text-right whitespace-nowrap">{project.registeredCapital ?? t('common.none')}</td>
              <td className="whitespace-nowrap">{project.updatedOn}</td>
              <td className="text-right">
                <UnresolvedObstacles
                  count={unresolvedObstacles[project.id] ?? 0}
                  projectId={project.id}
                  projectName={project.name}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The project's unresolved obstacles, linking to them in the obstacles register. */
function UnresolvedObstacles({
  count,
  projectId,
  projectName,
}: {
  count: number
  projectId: string
  projectName: string
}) {
  const { t } = useTranslation()
  if (count === 0) return <span className="text-slate-600">0</span>
  return (
    <AppLink
      to={`/obstacles?${new URLSearchParams({ project: projectId, status: 'unresolved' })}`}
      className="text-brand-700 font-medium underline underline-offset-2"
      aria-label={t('obstacles.projectCountLink', { count, name: projectName })}
    >
      {count}
    </AppLink>
  )
}
