import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { useId, useRef } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import {
  OBSTACLE_FILTER_KEYS,
  type ObstacleListQuery,
  myDepartmentObstaclesPath,
  parseObstacleListQuery,
} from '~/features/obstacles/obstacle-list-query'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES, OBSTACLE_STATUSES } from '~/features/obstacles/obstacle-rules'
import { ObstacleTable, obstacleTableRows } from '~/features/obstacles/obstacle-table'
import { getObstacleRegister } from '~/features/obstacles/obstacle.server'
import { placeChoices } from '~/features/projects/administrative-units.server'
import { requirePermission } from '~/utils/auth.server'
import { createDerivedMemo } from '~/utils/derived-memo'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useFiltersFollowAddress } from '~/utils/use-filters-follow-address'
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
    units: placeChoices(options.units, locale),
  }
}

/** A count in the summary links to the same list narrowed to that department or category. */
function narrowedHref(searchParams: URLSearchParams, key: string, value: string): AppHref {
  const params = new URLSearchParams(searchParams)
  params.set(key, value)
  params.delete('page')
  return `?${params.toString()}`
}

export default function ObstacleListPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [searchParams] = useSearchParams()
  const countsHeadingId = useId()
  const { query } = data
  const filtersForm = useRef<HTMLFormElement>(null)
  useFiltersFollowAddress(filtersForm, {
    q: query.q ?? '',
    department: query.department ?? '',
    category: query.category ?? '',
    status: query.status ?? '',
    priority: query.priority ?? '',
    project: query.project ?? '',
    unit: query.unit ?? '',
    overdue: query.overdue,
  })
  const name = (row: { nameVi: string; nameEn: string }) => localName(row, locale)

  const sortLabels: Record<string, string> = {
    code: t('obstacles.columns.code'),
    raisedOn: t('obstacles.columns.raisedOn'),
    deadline: t('obstacles.columns.deadline'),
    updatedAt: t('obstacles.columns.updatedAt'),
  }
  const departmentCounts = data.departments
    .map((department) => ({ department, count: data.byDepartment[department.id] ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count)
  const categoryCounts = OBSTACLE_CATEGORIES.map((category) => ({
    category,
    count: data.byCategory[category] ?? 0,
  })).filter((row) => row.count > 0)

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

      <Form
        ref={filtersForm}
        method="get"
        className="rounded-lg border border-slate-300 bg-white p-4"
        aria-label={t('obstacles.list.filters')}
      >
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-4">
          <TextField
            className="md:col-span-3 lg:col-span-4"
            label={t('obstacles.list.searchLabel')}
            inputProps={{
              type: 'search',
              name: 'q',
              defaultValue: query.q ?? '',
              placeholder: t('obstacles.list.searchPlaceholder'),
            }}
          />
          <SelectField
            label={t('obstacles.list.department')}
            placeholder={t('common.all')}
            selectProps={{ name: 'department', defaultValue: query.department ?? '' }}
            options={data.departments.map((department) => ({ value: department.id, label: name(department) }))}
          />
          <SelectField
            label={t('obstacles.list.category')}
            placeholder={t('common.all')}
            selectProps={{ name: 'category', defaultValue: query.category ?? '' }}
            options={OBSTACLE_CATEGORIES.map((category) => ({
              value: category,
              label: t(`obstacles.category.${category}`),
            }))}
          />
          <SelectField
            label={t('obstacles.list.status')}
            placeholder={t('common.all')}
            selectProps={{ name: 'status', defaultValue: query.status ?? '' }}
            options={[
              { value: 'unresolved', label: t('obstacles.list.unresolved') },
              ...OBSTACLE_STATUSES.map((status) => ({ value: status, label: t(`obstacles.status.${status}`) })),
            ]}
          />
          <SelectField
            label={t('obstacles.list.priority')}
            placeholder={t('common.all')}
            selectProps={{ name: 'priority', defaultValue: query.priority ?? '' }}
            options={OBSTACLE_PRIORITIES.map((priority) => ({
              value: priority,
              label: t(`obstacles.priority.${priority}`),
            }))}
          />
          {/* Only a project the address names (from the project's tab or the projects at
              risk); choosing "all" removes it. The search box finds projects by name. */}
          {data.projects.length > 0 ? (
            <SelectField
              className="md:col-span-2"
              label={t('obstacles.list.project')}
              placeholder={t('common.all')}
              selectProps={{ name: 'project', defaultValue: query.project ?? '' }}
              options={data.projects.map((project) => ({
                value: project.id,
                label: `${project.name} (${project.code})`,
              }))}
            />
          ) : null}
          <SelectField
            label={t('obstacles.list.unit')}
            placeholder={t('common.all')}
            selectProps={{ name: 'unit', defaultValue: query.unit ?? '' }}
            options={data.units}
          />
          <div className="flex items-end">
            <label className="inline-flex items-center gap-2 py-2 text-sm font-medium text-slate-800">
              <input
                type="checkbox"
                name="overdue"
                value="1"
                defaultChecked={query.overdue}
                className="h-4 w-4 rounded border-slate-400"
              />
              {t('obstacles.list.overdueOnly')}
            </label>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName('primary')}>
            {t('common.apply')}
          </button>
          {data.filtersActive ? (
            <AppLink to="/obstacles" className={buttonClassName('secondary')}>
              {t('obstacles.list.clearFilters')}
            </AppLink>
          ) : null}
        </div>
      </Form>

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

          <section aria-labelledby={countsHeadingId} className="space-y-3">
            <h2 id={countsHeadingId} className="text-lg font-semibold">
              {t('obstacles.list.countsTitle')}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              <CountTable
                caption={t('obstacles.list.byDepartment')}
                header={t('obstacles.list.department')}
                note={t('obstacles.list.countsNote')}
                rows={departmentCounts.map(({ department, count }) => ({
                  key: department.id,
                  label: name(department),
                  count,
                  href: narrowedHref(searchParams, 'department', department.id),
                }))}
              />
              <CountTable
                caption={t('obstacles.list.byCategory')}
                header={t('obstacles.list.category')}
                rows={categoryCounts.map(({ category, count }) => ({
                  key: category,
                  label: t(`obstacles.category.${category}`),
                  count,
                  href: narrowedHref(searchParams, 'category', category),
                }))}
              />
            </div>
          </section>
        </>
      )}
    </div>
  )
}

function CountTable({
  caption,
  header,
  note,
  rows,
}: {
  caption: string
  header: string
  note?: string
  rows: { key: string; label: string; count: number; href: AppHref }[]
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      <table className="min-w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="text-left">
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">
              {header}
            </th>
            <th scope="col" className="py-1 text-right">
              {t('obstacles.list.countColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                <AppLink
                  to={row.href}
                  className="text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t('obstacles.list.filterBy', { name: row.label })}
                >
                  {row.label}
                </AppLink>
              </th>
              <td className="py-1 text-right">{row.count.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
