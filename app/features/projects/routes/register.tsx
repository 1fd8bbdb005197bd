import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { useRef } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { SortableHeader } from '~/components/sortable-header'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { placeChoices } from '~/features/projects/administrative-units.server'
import { hasActiveFilters, parseProjectListQuery } from '~/features/projects/project-list-query'
import { type ProjectListRow } from '~/features/projects/project-list.server'
import { getProjectRegister } from '~/features/projects/project-register.server'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
} from '~/features/projects/project-vocabulary'
import { StatusBadge } from '~/features/projects/status-badge'
import { requirePermission } from '~/utils/auth.server'
import { createDerivedMemo } from '~/utils/derived-memo'
import { formatDate, formatDayOf } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'
import { formatUsd, formatVnd, vndToUsd } from '~/utils/money'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useFiltersFollowAddress } from '~/utils/use-filters-follow-address'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const shownRows = createDerivedMemo<object, ReturnType<typeof registerRows>>()

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const query = parseProjectListQuery(new URL(request.url).searchParams)
  const { list: result, unresolvedObstacles, options, rate } = await getProjectRegister(query)
  const locale = getLocale(request)
  const t = serverT(locale)
  return {
    title: `${t('projectList.title')} · Tiendo`,
    canCreate: hasPermission(user, 'create:project'),
    query,
    filtersActive: hasActiveFilters(query),
    ...result,
    // Made once per cached page of rows and language (the rows come back unchanged).
    rows: shownRows(result.rows, locale, () => registerRows(result.rows, locale)),
    unresolvedObstacles,
    rate,
    units: placeChoices(options.units, locale),
    departments: options.departments,
  }
}

/**
 * What the register sends for its rows: only what the table shows, written out in the
 * reader's language (place, capital, date), each department one object however many rows
 * name it. A page of 25 rows is sent with every load of the list.
 */
function registerRows(rows: ProjectListRow[], locale: Locale) {
  const t = serverT(locale)
  const departments = new Map<string, { code: string; name: string }>()
  return rows.map((row) => {
    let department = departments.get(row.departmentId)
    if (!department) {
      department = { code: row.department.code, name: localName(row.department, locale) }
      departments.set(row.departmentId, department)
    }
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      status: row.status,
      place: `${t(`unitKind.${row.unit.kind}`)} ${row.unit.name}`,
      department,
      registeredCapital: row.registeredCapitalVnd === null ? null : formatVnd(row.registeredCapitalVnd, locale),
      updatedOn: formatDayOf(row.updatedAt, locale),
    }
  })
}

export default function ProjectListPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [searchParams] = useSearchParams()
  const { query } = data
  const filtersForm = useRef<HTMLFormElement>(null)
  useFiltersFollowAddress(filtersForm, {
    q: query.q ?? '',
    kind: query.kind ?? '',
    status: query.status ?? '',
    unit: query.unit ?? '',
    department: query.department ?? '',
    type: query.type ?? '',
    country: query.country ?? '',
  })
  const departmentName = (department: { nameVi: string; nameEn: string }) => localName(department, locale)

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
  const sortedColumn = columns.find((column) => column.key === query.sort) ?? columns[1]

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('projectList.title')}</h1>
        {data.canCreate ? (
          <AppLink to="/projects/new" className={buttonClassName('primary')}>
            {t('nav.newProject')}
          </AppLink>
        ) : null}
      </div>

      <Form
        ref={filtersForm}
        method="get"
        className="rounded-lg border border-slate-300 bg-white p-4"
        aria-label={t('projectList.filters')}
      >
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="grid gap-4 md:grid-cols-3 lg:grid-cols-4">
          <TextField
            className="md:col-span-3 lg:col-span-4"
            label={t('projectList.searchLabel')}
            inputProps={{
              type: 'search',
              name: 'q',
              defaultValue: query.q ?? '',
              placeholder: t('projectList.searchPlaceholder'),
            }}
          />
          <SelectField
            label={t('projectList.kind')}
            placeholder={t('common.all')}
            selectProps={{ name: 'kind', defaultValue: query.kind ?? '' }}
            options={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          />
          <SelectField
            label={t('projectList.status')}
            placeholder={t('common.all')}
            selectProps={{ name: 'status', defaultValue: query.status ?? '' }}
            options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
          <SelectField
            label={t('projectList.unit')}
            placeholder={t('common.all')}
            selectProps={{ name: 'unit', defaultValue: query.unit ?? '' }}
            options={data.units}
          />
          <SelectField
            label={t('projectList.department')}
            placeholder={t('common.all')}
            selectProps={{ name: 'department', defaultValue: query.department ?? '' }}
            options={data.departments.map((department) => ({
              value: department.id,
              label: departmentName(department),
            }))}
          />
          <SelectField
            label={t('projectList.investmentType')}
            placeholder={t('common.all')}
            selectProps={{ name: 'type', defaultValue: query.type ?? '' }}
            options={INVESTMENT_TYPES.map((type) => ({ value: type, label: t(`investmentType.${type}`) }))}
          />
          <SelectField
            label={t('projectList.country')}
            placeholder={t('common.all')}
            selectProps={{ name: 'country', defaultValue: query.country ?? '' }}
            options={INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
          />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName('primary')}>
            {t('common.apply')}
          </button>
          {data.filtersActive ? (
            <AppLink to="/projects" className={buttonClassName('secondary')}>
              {t('projectList.clearFilters')}
            </AppLink>
          ) : null}
        </div>
      </Form>

      <section aria-live="polite" className="space-y-1">
        <p className="font-medium">{t('projectList.count', { count: data.total })}</p>
        <p className="text-sm text-slate-700">
          {t('projectList.totals', {
            registered: formatVnd(data.registeredTotalVnd, locale),
            disbursed: formatVnd(data.disbursedTotalVnd, locale),
          })}
        </p>
        {data.rate ? (
          <p className="text-sm text-slate-700">
            {t('projectList.totalsUsd', {
              registered: formatUsd(vndToUsd(data.registeredTotalVnd, data.rate.vndPerUsd), locale),
              disbursed: formatUsd(vndToUsd(data.disbursedTotalVnd, data.rate.vndPerUsd), locale),
              rate: data.rate.vndPerUsd.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US'),
              date: formatDate(data.rate.date, locale),
            })}
          </p>
        ) : null}
      </section>

      {data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          {data.filtersActive ? (
            <>
              <h2 className="text-lg font-semibold">{t('projectList.emptyTitle')}</h2>
              <p className="mt-1 text-slate-700">{t('projectList.emptyHint')}</p>
              <AppLink to="/projects" className={buttonClassName('secondary', 'mt-4')}>
                {t('projectList.clearFilters')}
              </AppLink>
            </>
          ) : (
            <>
              <h2 className="text-lg font-semibold">{t('projectList.emptyRegister')}</h2>
              {data.canCreate ? (
                <>
                  <p className="mt-1 text-slate-700">{t('projectList.emptyRegisterHint')}</p>
                  <AppLink to="/projects/new" className={buttonClassName('primary', 'mt-4')}>
                    {t('nav.newProject')}
                  </AppLink>
                </>
              ) : null}
            </>
          )}
        </div>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">
                {t('projectList.tableCaption', {
                  column: sortedColumn.label,
                  direction: t(query.dir === 'asc' ? 'projectList.ascending' : 'projectList.descending'),
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
                      sort={query.sort}
                      dir={query.dir}
                    />
                  ))}
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    {t('obstacles.projectColumn')}
                  </th>
                </tr>
              </thead>
              {/* The cells' padding is set once here, not on each of the page's 225 cells (docs/performance.md). */}
              <tbody className="divide-y divide-slate-200 [&>tr>td]:px-3 [&>tr>td]:py-2">
                {data.rows.map((project) => (
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
                        count={data.unresolvedObstacles[project.id] ?? 0}
                        projectId={project.id}
                        projectName={project.name}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
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

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
