import { type TFunction } from 'i18next'
import { type ReactNode, useId } from 'react'
import { AppLink } from '~/components/app-link'
import { FORECAST_METRICS, formatActual } from '~/features/progress/goal-card'
import { formatGoalValue, formatPercent } from '~/features/progress/goal-format'
import { GoalStatusBadge } from '~/features/progress/goal-status-badge'
import { PROGRESS_STATUSES } from '~/features/progress/progress'
import type { ReportGoal } from '~/features/progress/quarterly-report.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The report's first section: how many goals stand where, then one card per goal. */
export function ReportGoals({ goals, periodLabel }: { goals: ReportGoal[]; periodLabel: string }) {
  const { t } = useTranslation()
  if (goals.length === 0) return <p className="text-sm">{t('report.goals.empty', { period: periodLabel })}</p>
  return (
    <>
      <p className="text-sm">{summaryText(goals, t)}</p>
      <ul className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
        {goals.map((goal) => (
          <ReportGoalCard key={goal.id} goal={goal} />
        ))}
      </ul>
    </>
  )
}

function summaryText(goals: ReportGoal[], t: TFunction) {
  const items = PROGRESS_STATUSES.flatMap((status) => {
    const count = goals.filter((goal) => goal.progress.status === status).length
    return count ? [t('report.summaryItem', { count, status: t(`report.status.${status}`) })] : []
  })
  return t('report.summary', { count: goals.length, items: items.join(t('report.summarySeparator')) })
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-700">{label}</dt>
      <dd className="text-sm font-semibold text-slate-900">{children}</dd>
    </div>
  )
}

/** A goal on paper: its figures and forecast in words, kept whole on one page (report-keep). */
function ReportGoalCard({ goal }: { goal: ReportGoal }) {
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
