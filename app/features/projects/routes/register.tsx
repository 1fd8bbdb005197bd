import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ListFilters } from '~/components/list-filters'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { getAdministrativeUnitChoices } from '~/features/projects/administrative-units.server'
import { hasActiveFilters, parseProjectListQuery } from '~/features/projects/project-list-query'
import { ProjectRegisterTable } from '~/features/projects/project-register-table'
import { getProjectRegister, toRegisterRows } from '~/features/projects/project-register.server'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  PROJECT_KINDS,
  PROJECT_STATUSES,
} from '~/features/projects/project-vocabulary'
import { requirePermission } from '~/utils/auth.server'
import { formatDate } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { formatUsd, formatVnd, vndToUsd } from '~/utils/money'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

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
    rows: toRegisterRows(result.rows, locale),
    unresolvedObstacles,
    rate,
    units: getAdministrativeUnitChoices(options.units, locale),
    departments: options.departments,
  }
}

export default function ProjectListPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [searchParams] = useSearchParams()
  const { query } = data

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

      <ListFilters
        label={t('projectList.filters')}
        hidden={{ sort: query.sort, dir: query.dir }}
        active={data.filtersActive}
        clearTo="/projects"
        clearLabel={t('projectList.clearFilters')}
        filters={[
          {
            kind: 'search',
            name: 'q',
            label: t('projectList.searchLabel'),
            value: query.q,
            placeholder: t('projectList.searchPlaceholder'),
          },
          {
            kind: 'select',
            name: 'kind',
            label: t('projectList.kind'),
            value: query.kind,
            options: PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
          },
          {
            kind: 'select',
            name: 'status',
            label: t('projectList.status'),
            value: query.status,
            options: PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
          },
          { kind: 'select', name: 'unit', label: t('projectList.unit'), value: query.unit, options: data.units },
          {
            kind: 'select',
            name: 'department',
            label: t('projectList.department'),
            value: query.department,
            options: data.departments.map((department) => ({
              value: department.id,
              label: localName(department, locale),
            })),
          },
          {
            kind: 'select',
            name: 'type',
            label: t('projectList.investmentType'),
            value: query.type,
            options: INVESTMENT_TYPES.map((type) => ({ value: type, label: t(`investmentType.${type}`) })),
          },
          {
            kind: 'select',
            name: 'country',
            label: t('projectList.country'),
            value: query.country,
            options: INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) })),
          },
        ]}
      />

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
          <ProjectRegisterTable
            rows={data.rows}
            unresolvedObstacles={data.unresolvedObstacles}
            sort={query.sort}
            dir={query.dir}
            searchParams={searchParams}
          />
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
