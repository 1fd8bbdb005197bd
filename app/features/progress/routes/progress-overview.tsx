import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { progressChartsGeometry } from '~/components/charts/chart-geometry.server'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { AtRiskPanel, atRiskRow } from '~/features/progress/at-risk-panel'
import { GoalCard, goalTitle } from '~/features/progress/goal-card'
import { GOAL_STATUS_TONES } from '~/features/progress/goal-status-badge'
import { PeriodSelector } from '~/features/progress/period-selector'
import { PROGRESS_STATUSES } from '~/features/progress/progress'
import { ProgressCharts } from '~/features/progress/progress-charts'
import { getProgressOverview } from '~/features/progress/progress-overview.server'
import { RULE_MARGINS, resolveProgressPeriod, selectableYears } from '~/features/progress/progress-view'
import { requirePermission } from '~/utils/auth.server'
import { formatDate, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { periodKey, periodLabel, periodRange } from '~/utils/period'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:report')
  const today = provinceToday()
  const { period, invalid } = resolveProgressPeriod(new URL(request.url).searchParams, today)
  // Every figure is an SQL aggregate, cached until the database changes (docs/decisions/010).
  const [{ goals, progress, fdi, starts, atRisk }, latestRate] = await Promise.all([
    getProgressOverview(period, today),
    // Named beside every USD figure: FDI converts at each day's rate, forecasts at this one.
    getLatestExchangeRate(),
  ])
  const cards = goals.map((goal, index) => ({ goal, progress: progress[index] ?? null }))
  const key = periodKey(period)
  const fdiGoal = goals.find(
    (goal) =>
      goal.metric === 'fdi_attracted_usd' &&
      goal.periodKey === key &&
      (goal.scopeType === 'province' || !goal.scopeValue),
  )
  const locale = getLocale(request)
  const t = serverT(locale)
  return {
    title: `${t('progress.heading', { period: periodLabel(period, locale) })} · Tiendo`,
    period,
    today,
    invalid,
    years: selectableYears(today, period),
    canCreateGoal: hasPermission(user, 'create:goal'),
    // What the cards and the table show, names in the reader's language: sent with every load.
    cards: cards.map(({ goal, progress }) => ({
      goal: {
        id: goal.id,
        title: goalTitle(goal, locale),
        periodKey: goal.periodKey,
        target: goal.target,
        direction: goal.direction,
        indicatorUnit: goal.indicator?.unit ?? null,
        department: { code: goal.department.code, name: localName(goal.department, locale) },
      },
      progress,
    })),
    fdi: { months: fdi.months, begun: fdi.begun, inMonth: fdi.inMonth, cumulative: fdi.cumulative },
    fdiHasRate: fdi.hasRate,
    latestRate,
    fdiTarget: fdiGoal?.target ?? null,
    starts,
    chartGeometry: progressChartsGeometry({ fdi, fdiTarget: fdiGoal?.target ?? null, starts, today }),
    atRisk: {
      total: atRisk.total,
      staleDays: atRisk.staleDays,
      projects: atRisk.projects.map((project) => atRiskRow(project, locale)),
    },
  }
}

export default function ProgressOverviewPage() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const label = periodLabel(data.period, locale)
  const { end } = periodRange(data.period)
  const lastDay = new Date(end.getTime() - 86_400_000)
  const ended = data.today >= end
  const counts = PROGRESS_STATUSES.map((status) => ({
    status,
    count: data.cards.filter((card) => (card.progress?.status ?? 'no_data') === status).length,
  })).filter((item) => item.count > 0)

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('progress.heading', { period: label })}</h1>
        <p className="text-slate-700">
          {ended
            ? t('progress.asOfEnded', { date: formatDate(lastDay, locale) })
            : t('progress.asOf', { date: formatDate(data.today, locale) })}
        </p>
        {data.invalid !== null ? (
          <p role="status" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-amber-900">
            {t('progress.invalidPeriod', { value: data.invalid, period: label })}
          </p>
        ) : null}
      </div>

      <PeriodSelector period={data.period} years={data.years} />

      {data.cards.length === 0 ? (
        <section className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <h2 className="text-lg font-semibold">{t('progress.empty.title', { period: label })}</h2>
          {data.canCreateGoal ? (
            <>
              <p className="mt-1 text-slate-700">{t('progress.empty.hint')}</p>
              <AppLink to="/goals/new" className={buttonClassName('primary', 'mt-4')}>
                {t('progress.empty.create')}
              </AppLink>
            </>
          ) : (
            <p className="mt-1 text-slate-700">{t('progress.empty.noPermission')}</p>
          )}
        </section>
      ) : (
        <section aria-labelledby="progress-goals" className="space-y-3">
          <h2 id="progress-goals" className="text-lg font-semibold">
            {t('progress.goalsHeading')}
          </h2>
          <p className="text-slate-800">
            {t('progress.summary', { count: data.cards.length })}{' '}
            {counts
              .map(({ status, count }) => t('progress.summaryItem', { count, status: t(`progress.status.${status}`) }))
              .join(', ')}
          </p>
          <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {data.cards.map((card) => (
              <li key={card.goal.id}>
                <GoalCard goal={card.goal} progress={card.progress} latestRate={data.latestRate} />
              </li>
            ))}
          </ul>
          <details className="rounded-lg border border-slate-300 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium">{t('progress.legend.title')}</summary>
            <dl className="mt-2 space-y-1">
              {PROGRESS_STATUSES.map((status) => (
                <div key={status} className="flex flex-wrap gap-2">
                  <dt
                    className={`inline-flex rounded-full px-2 font-semibold ring-1 ${GOAL_STATUS_TONES[status].badge}`}
                  >
                    <span aria-hidden="true" className="mr-1">
                      {GOAL_STATUS_TONES[status].symbol}
                    </span>
                    {t(`progress.status.${status}`)}
                  </dt>
                  <dd className="text-slate-800">{t(`progress.legend.${status}`, RULE_MARGINS)}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-2 text-slate-700">{t('progress.legend.expected')}</p>
          </details>
        </section>
      )}

      <AtRiskPanel projects={data.atRisk.projects} total={data.atRisk.total} staleDays={data.atRisk.staleDays} />

      <section aria-labelledby="progress-charts" className="space-y-3">
        <h2 id="progress-charts" className="text-lg font-semibold">
          {t('progress.charts.heading')}
        </h2>
        <ProgressCharts
          period={data.period}
          today={data.today}
          fdi={data.fdi}
          fdiTarget={data.fdiTarget}
          geometry={data.chartGeometry}
          hasRate={data.fdiHasRate}
          latestRate={data.latestRate}
          starts={data.starts}
        />
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
