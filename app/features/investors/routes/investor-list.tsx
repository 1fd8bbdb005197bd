import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ListFilters } from '~/components/list-filters'
import { EmptyState, PagedResults, RecordTable } from '~/components/paged-list'
import { InvestorListQuerySchema } from '~/features/investors/investor-schema'
import { listInvestors } from '~/features/investors/investor.server'
import { INVESTOR_COUNTRIES } from '~/features/projects/project-vocabulary'
import { requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:investor')
  const raw = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ''))
  const query = InvestorListQuerySchema.parse(raw)
  const t = serverT(getLocale(request))
  return { title: `${t('investors.title')} · Tiendo`, query, ...(await listInvestors(query)) }
}

export default function InvestorsPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('investors.title')}</h1>
      <p className="text-slate-700">{t('investors.intro')}</p>
      <ListFilters
        label={t('investors.filters')}
        gridClassName="md:grid-cols-[2fr_1fr_auto] md:items-end"
        buttonsInGrid
        active={false}
        applyLabel={t('common.search')}
        filters={[
          { kind: 'search', name: 'q', label: t('investors.searchLabel'), value: data.query.q, className: '' },
          {
            kind: 'select',
            name: 'country',
            label: t('investors.country'),
            value: data.query.country,
            options: INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) })),
          },
        ]}
      />
      <PagedResults
        total={data.total}
        countLabel={t('investors.count', { count: data.total })}
        page={data.page}
        pageCount={data.pageCount}
        empty={
          <EmptyState
            message={t('investors.empty')}
            clear={{ to: '/investors', label: t('projectList.clearFilters') }}
          />
        }
      >
        <RecordTable
          caption={t('investors.tableCaption')}
          columns={[
            { label: t('investors.name') },
            { label: t('investors.country') },
            { label: t('investors.type') },
            { label: t('investors.contact') },
            { label: t('investors.projects'), numeric: true },
          ]}
        >
          {data.rows.map((investor) => (
            <tr key={investor.id}>
              <td className="px-3 py-2">
                <AppLink to={`/investors/${investor.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {investor.name}
                </AppLink>
              </td>
              <td className="px-3 py-2">{t(`country.${investor.country}`)}</td>
              <td className="px-3 py-2">{investor.country === 'VN' ? t('project.domestic') : t('project.foreign')}</td>
              <td className="px-3 py-2">{investor.contact || t('common.none')}</td>
              <td className="px-3 py-2 text-right">{investor._count.projects}</td>
            </tr>
          ))}
        </RecordTable>
      </PagedResults>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
