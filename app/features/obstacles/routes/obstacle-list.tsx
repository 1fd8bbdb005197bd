import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ListFilters } from '~/components/list-filters'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { ObstacleCounts } from '~/features/obstacles/obstacle-counts'
import {
  OBSTACLE_FILTER_KEYS,
  type ObstacleListQuery,
  myDepartmentObstaclesPath,
  parseObstacleListQuery,
} from '~/features/obstacles/obstacle-list-query'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES, OBSTACLE_STATUSES } from '~/features/obstacles/obstacle-rules'
import { ObstacleTable, obstacleTableRows } from '~/features/obstacles/obstacle-table'
import { getObstacleRegister } from '~/features/obstacles/obstacle.server'
import { getAdministrativeUnitChoices } from '~/features/projects/administrative-units.server'
import { requirePermission } from '~/utils/auth.server'
import { createDerivedMemo } from '~/utils/derived-memo'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

function filtersActive(query: ObstacleListQuery) {
  return OBSTACLE_FILTER_KEYS.some((key) => {
    const value = query[key]
    return value !== undefined && value !== '' && value !== false
  })
}

const tableRows = createDerivedMemo<object, ReturnType<typeof obstacleTableRows>>()

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:obstacle')
  const query = parseObstacleListQuery(new URL(request.url).searchParams)
  const today = provinceToday()
  const { list: result, options } = await getObstacleRegister(query, today)
  const locale = getLocale(request)
  const t = serverT(locale)
  return {
    title: `${t('obstacles.list.title')} · Tiendo`,
    canCreate: hasPermission(user, 'create:obstacle'),
    myDepartmentPath: user.departmentId ? myDepartmentObstaclesPath(user.departmentId) : null,
    query,
    filtersActive: filtersActive(query),
    ...result,
    // Made once per cached page of rows, language and day (the rows come back unchanged).
    rows: tableRows(result.rows, `${locale}|${today.toISOString()}`, () =>
      obstacleTableRows(result.rows, today, locale),
    ),
    ...options,
    units: getAdministrativeUnitChoices(options.units, locale),
  }
}

export default function ObstacleListPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [searchParams] = useSearchParams()
  const { query } = data
  const name = (row: { nameVi: string; nameEn: string }) => localName(row, locale)

  const sortLabels: Record<string, string> = {
    code: t('obstacles.columns.code'),
    raisedOn: t('obstacles.columns.raisedOn'),
    deadline: t('obstacles.columns.deadline'),
    updatedAt: t('obstacles.columns.updatedAt'),
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('obstacles.list.title')}</h1>
          <p className="text-slate-700">{t('obstacles.list.intro')}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          {data.myDepartmentPath ? (
            <AppLink to={data.myDepartmentPath} className={buttonClassName('secondary')}>
              {t('obstacles.list.myDepartment')}
            </AppLink>
          ) : null}
          {data.canCreate ? (
            <AppLink to="/obstacles/new" className={buttonClassName('primary')}>
              {t('obstacles.list.record')}
            </AppLink>
          ) : null}
        </div>
      </div>

      <ListFilters
        label={t('obstacles.list.filters')}
        hidden={{ sort: query.sort, dir: query.dir }}
        active={data.filtersActive}
        clearTo="/obstacles"
        clearLabel={t('obstacles.list.clearFilters')}
        filters={[
          {
            kind: 'search',
            name: 'q',
            label: t('obstacles.list.searchLabel'),
            value: query.q,
            placeholder: t('obstacles.list.searchPlaceholder'),
          },
          {
            kind: 'select',
            name: 'department',
            label: t('obstacles.list.department'),
            value: query.department,
            options: data.departments.map((department) => ({ value: department.id, label: name(department) })),
          },
          {
            kind: 'select',
            name: 'category',
            label: t('obstacles.list.category'),
            value: query.category,
            options: OBSTACLE_CATEGORIES.map((category) => ({
              value: category,
              label: t(`obstacles.category.${category}`),
            })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('obstacles.list.status'),
            value: query.status,
            options: [
              { value: 'unresolved', label: t('obstacles.list.unresolved') },
              ...OBSTACLE_STATUSES.map((status) => ({ value: status, label: t(`obstacles.status.${status}`) })),
            ],
          },
          {
            kind: 'select',
            name: 'priority',
            label: t('obstacles.list.priority'),
            value: query.priority,
            options: OBSTACLE_PRIORITIES.map((priority) => ({
              value: priority,
              label: t(`obstacles.priority.${priority}`),
            })),
          },
          // Only a project the address names (from the project's tab or the projects at
          // risk); choosing "all" removes it. The search box finds projects by name.
          ...(data.projects.length > 0
            ? [
                {
                  kind: 'select' as const,
                  name: 'project',
                  className: 'md:col-span-2',
                  label: t('obstacles.list.project'),
                  value: query.project,
                  options: data.projects.map((project) => ({
                    value: project.id,
                    label: `${project.name} (${project.code})`,
                  })),
                },
              ]
            : []),
          { kind: 'select', name: 'unit', label: t('obstacles.list.unit'), value: query.unit, options: data.units },
          { kind: 'checkbox', name: 'overdue', label: t('obstacles.list.overdueOnly'), checked: query.overdue },
        ]}
      />

      <section aria-live="polite" className="space-y-1">
        <p className="font-medium">
          {t('obstacles.list.count', { count: data.total })}
          {data.overdue > 0 ? (
            <>
              {' '}
              <span className="font-semibold text-red-900">
                ({t('obstacles.list.overdueCount', { count: data.overdue })})
              </span>
            </>
          ) : null}
        </p>
      </section>

      {data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          {data.filtersActive ? (
            <>
              <h2 className="text-lg font-semibold">{t('obstacles.list.emptyTitle')}</h2>
              <p className="mt-1 text-slate-700">{t('obstacles.list.emptyHint')}</p>
              <AppLink to="/obstacles" className={buttonClassName('secondary', 'mt-4')}>
                {t('obstacles.list.clearFilters')}
              </AppLink>
            </>
          ) : (
            <>
              <h2 className="text-lg font-semibold">{t('obstacles.list.emptyRegister')}</h2>
              {data.canCreate ? (
                <>
                  <p className="mt-1 text-slate-700">{t('obstacles.list.emptyRegisterHint')}</p>
                  <AppLink to="/obstacles/new" className={buttonClassName('primary', 'mt-4')}>
                    {t('obstacles.list.record')}
                  </AppLink>
                </>
              ) : (
                <p className="mt-1 text-slate-700">{t('obstacles.list.emptyRegisterReadOnly')}</p>
              )}
            </>
          )}
        </div>
      ) : (
        <>
          <ObstacleTable
            rows={data.rows}
            caption={t('obstacles.list.tableCaption', {
              column: sortLabels[query.sort] ?? query.sort,
              direction: t(query.dir === 'asc' ? 'obstacles.list.ascending' : 'obstacles.list.descending'),
            })}
            sorting={{ searchParams, sort: query.sort, dir: query.dir }}
          />
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />

          <ObstacleCounts
            departments={data.departments}
            byDepartment={data.byDepartment}
            byCategory={data.byCategory}
            searchParams={searchParams}
          />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
