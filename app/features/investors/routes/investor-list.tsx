import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
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
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('investors.title')}</h1>
      <p className="text-slate-700">{t('investors.intro')}</p>
      <Form
        method="get"
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-[2fr_1fr_auto] md:items-end"
      >
        <TextField
          label={t('investors.searchLabel')}
          inputProps={{ type: 'search', name: 'q', defaultValue: data.query.q ?? '' }}
        />
        <SelectField
          label={t('investors.country')}
          placeholder={t('common.all')}
          selectProps={{ name: 'country', defaultValue: data.query.country ?? '' }}
          options={INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
        />
        <button type="submit" className={buttonClassName('primary')}>
          {t('common.search')}
        </button>
      </Form>
      <p aria-live="polite" className="font-medium">
        {t('investors.count', { count: data.total })}
      </p>
      {data.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p>{t('investors.empty')}</p>
          <AppLink to="/investors" className={buttonClassName('secondary', 'mt-4')}>
            {t('projectList.clearFilters')}
          </AppLink>
        </div>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('investors.tableCaption')}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('investors.name')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('investors.country')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('investors.type')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('investors.contact')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t('investors.projects')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {data.rows.map((investor) => (
                  <tr key={investor.id}>
                    <td className="px-3 py-2">
                      <AppLink
                        to={`/investors/${investor.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {investor.name}
                      </AppLink>
                    </td>
                    <td className="px-3 py-2">{t(`country.${investor.country}`)}</td>
                    <td className="px-3 py-2">
                      {investor.country === 'VN' ? t('project.domestic') : t('project.foreign')}
                    </td>
                    <td className="px-3 py-2">{investor.contact || t('common.none')}</td>
                    <td className="px-3 py-2 text-right">{investor._count.projects}</td>
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

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
