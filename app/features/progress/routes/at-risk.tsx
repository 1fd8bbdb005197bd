import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Pagination } from '~/components/pagination'
import { parsePageParam } from '~/features/audit/audit-filters'
import { AtRiskTable, atRiskRow } from '~/features/progress/at-risk-panel'
import { listProjectsAtRisk } from '~/features/progress/at-risk.server'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const PAGE_SIZE = 25

/**
 * Every project at risk, worst first, a page at a time: where the overview's "see all"
 * leads. The same rule and order as the overview's panel (app/features/progress/at-risk.server.ts).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:report')
  const locale = getLocale(request)
  const today = provinceToday()
  const requested = parsePageParam(new URL(request.url).searchParams)
  let result = await listProjectsAtRisk(today, PAGE_SIZE, (requested - 1) * PAGE_SIZE)
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE))
  // A page past the end (the list shrank since the link was made) shows the last one.
  const page = Math.min(requested, pageCount)
  if (page !== requested) result = await listProjectsAtRisk(today, PAGE_SIZE, (page - 1) * PAGE_SIZE)
  return {
    title: `${serverT(locale)('progress.atRiskPage.title')} · Tiendo`,
    today,
    page,
    pageCount,
    total: result.total,
    staleDays: result.staleDays,
    projects: result.projects.map((project) => atRiskRow(project, locale)),
  }
}

export default function ProjectsAtRiskPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className="space-y-4">
      <p>
        <AppLink to="/progress" className="text-brand-700 text-sm underline underline-offset-2">
          {t('progress.atRiskPage.back')}
        </AppLink>
      </p>
      <h1 className="text-2xl font-semibold">{t('progress.atRiskPage.title')}</h1>
      <p className="text-slate-700">
        {t('progress.atRisk.intro', { days: data.staleDays })}{' '}
        {t('progress.atRiskPage.asOf', { date: formatDate(data.today, locale) })}
      </p>
      {data.projects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-slate-800">
          {t('progress.atRisk.empty')}
        </p>
      ) : (
        <>
          <p className="font-medium">{t('progress.atRiskPage.count', { count: data.total })}</p>
          <div className="rounded-lg border border-slate-300 bg-white">
            <AtRiskTable projects={data.projects} />
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
