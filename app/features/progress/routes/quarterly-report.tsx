import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { type TFunction } from 'i18next'
import { type ReactNode, useId } from 'react'
import { AppLink } from '~/components/app-link'
import { progressChartsGeometry } from '~/components/charts/chart-geometry.server'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { listExchangeRates } from '~/features/exchange-rates/exchange-rate.server'
import { overdueObstaclesPath } from '~/features/obstacles/obstacle-list-query'
import { FORECAST_METRICS, formatActual } from '~/features/progress/goal-card'
import { formatGoalValue, formatPercent } from '~/features/progress/goal-format'
import { GoalStatusBadge } from '~/features/progress/goal-status-badge'
import { type ProgressStatus } from '~/features/progress/progress'
import { ProgressCharts } from '~/features/progress/progress-charts'
import { getProgressOverview } from '~/features/progress/progress-overview.server'
import { resolveProgressPeriod } from '~/features/progress/progress-view'
import reportStylesHref from '~/styles/report-print.css?url'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, formatDateTime, formatNumber, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'
import { type Period, hasEnded, parsePeriodKey, periodKey, periodLabel, periodRange } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: reportStylesHref }]

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.title} · Tiendo` : 'Tiendo' }]

const DAY_MS = 86_400_000
const STATUS_ORDER: readonly ProgressStatus[] = ['met', 'on_track', 'at_risk', 'off_track', 'no_data']

/** "quý III/2025" inside a Vietnamese sentence, "Q3 2025" in English. */
function reportPeriodLabel(period: Period, locale: Locale): string {
  const label = periodLabel(period, locale)
  return locale === 'vi' ? label.charAt(0).toLowerCase() + label.slice(1) : label
}

type Rate = { date: Date; vndPerUsd: number }

/**
 * The rates the period's figures were converted at: the one in force on its first day
 * (the earliest known when none was), then each one dated within it up to today.
 */
function ratesApplied(descending: readonly Rate[], start: Date, until: Date): Rate[] {
  const ascending = [...descending].reverse()
  const atStart = ascending.filter((rate) => rate.date <= start).at(-1) ?? ascending[0]
  const within = ascending.filter((rate) => rate.date > start && rate.date < until)
  return atStart ? [atStart, ...within.filter((rate) => rate !== atStart)] : within
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:report')
  const locale = getLocale(request)
  const t = serverT(locale)
  const today = provinceToday()
  const { period, invalid } = resolveProgressPeriod(new URL(request.url).searchParams, today)
  const key = periodKey(period)
  const { start, end } = periodRange(period)
  const [{ goals, progress, fdi, starts, atRisk }, rates] = await Promise.all([
    getProgressOverview(period, today),
    listExchangeRates(),
  ])
  const rows = goals.flatMap((goal, index) => {
    const result = progress[index]
    if (!result) return []
    const goalPeriod = parsePeriodKey(goal.periodKey) ?? period
    return [
      {
        id: goal.id,
        title: locale === 'en' && goal.titleEn ? goal.titleEn : goal.title,
        periodKey: goal.periodKey,
        periodLabel: periodLabel(goalPeriod, locale),
        department: localName(goal.department, locale),
        metric: goal.metric,
        scopeType: goal.scopeType,
        direction: goal.direction,
        indicatorUnit: goal.indicator?.unit ?? null,
        sourceTitle: goal.sourceTitle,
        progress: result,
      },
    ]
  })
  // The report's own period first, then the longer periods that contain it.
  rows.sort((a, b) => Number(b.periodKey === key) - Number(a.periodKey === key))

  const until = new Date(Math.min(end.getTime(), today.getTime() + DAY_MS))
  const applied = ratesApplied(rates, start, until)
  const fdiGoal = rows.find(
    (row) => row.metric === 'fdi_attracted_usd' && row.scopeType === 'province' && row.periodKey === key,
  )

  const label = reportPeriodLabel(period, locale)
  return {
    title: t('report.title', { period: label }),
    period: {
      value: period,
      key,
      label,
      lastDay: new Date(end.getTime() - DAY_MS),
      ended: hasEnded(period, today),
    },
    invalid,
    today,
    generatedAt: new Date(),
    goals: rows,
    /** the rate in force at the report's date, and every rate the period's figures used */
    rate: applied.at(-1) ?? null,
    ratesApplied: applied,
    /** forecasts convert at the latest rate (app/models/goal-metrics.server.ts) */
    latestRate: rates[0] ?? null,
    charts: {
      fdi: { months: fdi.months, begun: fdi.begun, inMonth: fdi.inMonth, cumulative: fdi.cumulative },
      fdiHasRate: fdi.hasRate,
      fdiTarget: fdiGoal?.progress.target ?? null,
      starts,
      geometry: progressChartsGeometry({ fdi, fdiTarget: fdiGoal?.progress.target ?? null, starts, today }),
    },
    atRisk,
    isDemo: process.env.TIENDO_DEMO === '1',
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="border-b border-slate-300 pb-1 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-700">{label}</dt>
      <dd className="text-sm font-semibold text-slate-900">{children}</dd>
    </div>
  )
}

function GoalCard({ goal }: { goal: LoaderData['goals'][number] }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const headingId = useId()
  const { progress } = goal
  const value = (amount: number) => formatGoalValue(amount, progress.unit, goal.indicatorUnit, locale, t)
  const forecast = () => {
    if (progress.ended) return t('report.goals.forecastEnded')
    if (progress.forecast === null) return t('report.goals.forecastNoData')
    if (progress.pipeline > 0) {
      return t('report.goals.forecast', { forecast: value(progress.forecast), pipeline: value(progress.pipeline) })
    }
    return t('report.goals.forecastNone', { forecast: value(progress.forecast) })
  }
  return (
    <li className="report-keep">
      <article aria-labelledby={headingId} className="h-full rounded-lg border border-slate-300 bg-white p-4">
        <h3 id={headingId} className="font-semibold">
          <AppLink
            to={`/progress/goals/${goal.id}`}
            className="text-brand-800 hover:text-brand-900 underline underline-offset-2"
          >
            {goal.title}
          </AppLink>
        </h3>
        <p className="mt-1 text-xs text-slate-700">
          {t('report.goals.meta', { period: goal.periodLabel, department: goal.department })}
        </p>
        <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2">
          <Figure label={t('report.goals.actual')}>
            {progress.actual === null
              ? t('report.goals.noValue')
              : formatActual(progress, goal.indicatorUnit, locale, t)}
          </Figure>
          <Figure label={t(goal.direction === 'at_most' ? 'report.goals.targetAtMost' : 'report.goals.target')}>
            {value(progress.target)}
          </Figure>
          <Figure label={t('report.goals.percent')}>
            {progress.percentOfTarget === null ? t('common.none') : formatPercent(progress.percentOfTarget, locale)}
          </Figure>
          <Figure label={t('report.goals.status')}>
            <GoalStatusBadge status={progress.status} />
          </Figure>
        </dl>
        {FORECAST_METRICS.includes(progress.metric) ? (
          <div className="mt-3 border-t border-dashed border-slate-400 pt-2 text-sm">
            <p className="font-medium text-slate-800">{t('report.goals.forecastTitle')}</p>
            <p className="text-slate-800">{forecast()}</p>
          </div>
        ) : null}
        {goal.sourceTitle ? (
          <p className="mt-2 text-xs text-slate-700">{t('report.goals.source', { source: goal.sourceTitle })}</p>
        ) : null}
      </article>
    </li>
  )
}

function summaryText(goals: LoaderData['goals'], t: TFunction) {
  const items = STATUS_ORDER.flatMap((status) => {
    const count = goals.filter((goal) => goal.progress.status === status).length
    return count ? [t('report.summaryItem', { count, status: t(`report.status.${status}`) })] : []
  })
  return t('report.summary', { count: goals.length, items: items.join(t('report.summarySeparator')) })
}

function AtRiskTable({ data }: { data: LoaderData }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { projects, more, staleDays } = data.atRisk
  return (
    <>
      <p className="text-sm text-slate-800">
        {t('report.atRisk.intro', { date: formatDate(data.today, locale), days: staleDays })}
      </p>
      {projects.length === 0 ? (
        <p className="text-sm">{t('report.atRisk.empty')}</p>
      ) : (
        <table className="min-w-full divide-y divide-slate-300 border border-slate-300 bg-white text-sm">
          <caption className="sr-only">{t('report.atRisk.caption')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-2 py-1.5">
                {t('report.atRisk.columns.project')}
              </th>
              <th scope="col" className="px-2 py-1.5">
                {t('report.atRisk.columns.department')}
              </th>
              <th scope="col" className="px-2 py-1.5">
                {t('report.atRisk.columns.status')}
              </th>
              <th scope="col" className="px-2 py-1.5">
                {t('report.atRisk.columns.reason')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {projects.map((project) => (
              <tr key={project.id} className="report-keep align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  <AppLink to={`/projects/${project.id}`} className="text-brand-800 underline underline-offset-2">
                    {project.name}
                  </AppLink>{' '}
                  <span className="text-slate-700">({project.code})</span>
                </th>
                <td className="px-2 py-1.5">{localName(project.department, locale)}</td>
                <td className="px-2 py-1.5">{t(`status.${project.status}`)}</td>
                <td className="px-2 py-1.5">
                  {[
                    project.overdue
                      ? t('report.atRisk.overdue', {
                          days: project.overdue.days,
                          milestone: t(`milestone.${project.overdue.kind}`),
                          date: formatDate(project.overdue.plannedDate, locale),
                        }) +
                        (project.overdue.count > 1
                          ? t('report.atRisk.overdueMore', { count: project.overdue.count - 1 })
                          : '')
                      : null,
                    project.stale
                      ? t('report.atRisk.stale', {
                          days: project.stale.days,
                          date: formatDate(project.stale.since, locale),
                        })
                      : null,
                  ]
                    .filter(Boolean)
                    .join('. ')}
                  {project.obstacles ? (
                    <>
                      {project.overdue || project.stale ? '. ' : null}
                      <AppLink
                        to={overdueObstaclesPath(project.id)}
                        className="text-brand-800 underline underline-offset-2"
                      >
                        {t('report.atRisk.obstacles', { count: project.obstacles.count })}
                      </AppLink>
                      {t(project.obstacles.count > 1 ? 'report.atRisk.obstaclesOldest' : 'report.atRisk.obstacleDue', {
                        count: project.obstacles.days,
                        date: formatDate(project.obstacles.oldestDeadline, locale),
                      })}
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 ? <p className="text-sm">{t('report.atRisk.more', { count: more })}</p> : null}
    </>
  )
}

function Rates({ data }: { data: LoaderData }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (!data.rate) return <p className="text-sm">{t('report.rates.none')}</p>
  const item = (rate: Rate) =>
    t('report.rates.item', { rate: formatNumber(rate.vndPerUsd, locale), date: formatDate(rate.date, locale) })
  return (
    <div className="report-keep space-y-1 text-sm">
      <p>{t('report.rates.method')}</p>
      <p>{t('report.rates.applied')}</p>
      <ul className="list-disc pl-6">
        {data.ratesApplied.map((rate) => (
          <li key={rate.date.toISOString()}>{item(rate)}</li>
        ))}
      </ul>
      <p>
        {t('report.rates.latest', {
          rate: formatNumber(data.rate.vndPerUsd, locale),
          date: formatDate(data.rate.date, locale),
        })}
      </p>
      {!data.period.ended && data.latestRate && data.latestRate.date.getTime() !== data.rate.date.getTime() ? (
        <p>
          {t('report.rates.forecast', {
            rate: formatNumber(data.latestRate.vndPerUsd, locale),
            date: formatDate(data.latestRate.date, locale),
          })}
        </p>
      ) : null}
    </div>
  )
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

        <Section title={t('report.goals.heading')}>
          {data.goals.length === 0 ? (
            <p className="text-sm">{t('report.goals.empty', { period: period.label })}</p>
          ) : (
            <>
              <p className="text-sm">{summaryText(data.goals, t)}</p>
              <ul className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
                {data.goals.map((goal) => (
                  <GoalCard key={goal.id} goal={goal} />
                ))}
              </ul>
            </>
          )}
        </Section>

        <Section title={t('report.charts.heading')}>
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

        <Section title={t('report.atRisk.heading')}>
          <AtRiskTable data={data} />
        </Section>

        <Section title={t('report.rates.heading')}>
          <Rates data={data} />
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
