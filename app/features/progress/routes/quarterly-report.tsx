import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { Section } from '~/components/ui/section'
import { ProgressCharts } from '~/features/progress/progress-charts'
import { resolveProgressPeriod } from '~/features/progress/progress-view'
import { getQuarterlyReport } from '~/features/progress/quarterly-report.server'
import { ReportAtRisk } from '~/features/progress/report-at-risk'
import { ReportGoals } from '~/features/progress/report-goals'
import { ReportRates } from '~/features/progress/report-rates'
import reportStylesHref from '~/styles/report-print.css?url'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, formatDateTime, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportStylesHref }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Tiendo` : 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:report')
  const locale = getLocale(request)
  const today = provinceToday()
  const { period, invalid } = resolveProgressPeriod(new URL(request.url).searchParams, today)
  const report = await getQuarterlyReport(period, today, locale)
  return {
    title: serverT(locale)('report.title', { period: report.period.label }),
    ...report,
    invalid,
    today,
    generatedAt: new Date(),
    isDemo: process.env.TIENDO_DEMO === '1',
  }
}

export default function ProgressReportPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const { period } = data
  const generatedAt = t('report.generatedAt', { dateTime: formatDateTime(data.generatedAt, locale) })
  return (
    <div className="space-y-4">
      <div role="group" aria-label={t('report.actions')} className="flex flex-wrap items-center gap-3 print:hidden">
        <button type="button" className={buttonClassName('primary')} onClick={() => window.print()}>
          {t('report.print')}
        </button>
        <AppLink to={`/progress?period=${period.key}`} className={buttonClassName('link')}>
          {t('report.backToProgress')}
        </AppLink>
      </div>
      <article
        aria-labelledby="report-title"
        className="report-sheet mx-auto max-w-4xl space-y-6 rounded-lg border border-slate-300 bg-white p-6 print:max-w-none print:rounded-none print:border-0 print:p-0"
      >
        <header className="report-keep space-y-1 border-b-2 border-slate-800 pb-4 text-center">
          <p className="text-sm font-semibold tracking-wide uppercase">{t('app.province')}</p>
          <p className="text-sm text-slate-700">{t('report.kicker')}</p>
          <h1 id="report-title" className="pt-1 text-2xl font-bold">
            {data.title}
          </h1>
          <p className="text-sm text-slate-800">
            {period.ended
              ? t('report.asOfEnded', {
                  end: formatDate(period.lastDay, locale),
                  date: formatDate(data.today, locale),
                })
              : t('report.asOf', { date: formatDate(data.today, locale) })}{' '}
            {generatedAt}
          </p>
          {data.isDemo ? <p className="text-sm font-semibold">{t('report.demoNotice')}</p> : null}
          {data.invalid ? (
            <p role="status" className="text-sm text-amber-900">
              {t('report.invalidPeriod', { value: data.invalid, period: period.label })}
            </p>
          ) : null}
        </header>

        <Section plain title={t('report.goals.heading')}>
          <ReportGoals goals={data.goals} periodLabel={period.label} />
        </Section>

        <Section plain title={t('report.charts.heading')}>
          <div className="report-charts">
            <ProgressCharts
              period={data.period.value}
              today={data.today}
              fdi={data.charts.fdi}
              fdiTarget={data.charts.fdiTarget}
              geometry={data.charts.geometry}
              hasRate={data.charts.fdiHasRate}
              latestRate={data.latestRate}
              starts={data.charts.starts}
            />
          </div>
        </Section>

        <Section plain title={t('report.atRisk.heading')}>
          <ReportAtRisk atRisk={data.atRisk} today={data.today} />
        </Section>

        <Section plain title={t('report.rates.heading')}>
          <ReportRates
            rate={data.rate}
            ratesApplied={data.ratesApplied}
            latestRate={data.latestRate}
            periodEnded={period.ended}
          />
        </Section>

        <footer className="report-keep border-t border-slate-300 pt-3 text-xs text-slate-700">
          <p>{t('report.footer.issuer', { issuer: t('app.province') })}</p>
          <p>{generatedAt}</p>
          <p>{t('report.footer.note')}</p>
        </footer>
      </article>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
