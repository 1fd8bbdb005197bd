import { useId } from 'react'
import { AppLink } from '~/components/app-link'
import { type GoalMetric } from '~/features/goals/goal-vocabulary'
import type { GoalProgress } from '~/features/goals/goal.server'
import { formatChange, formatGoalValue } from '~/features/progress/goal-format'
import { GoalProgressBar, progressBarFigures } from '~/features/progress/goal-progress-bar'
import { GoalStatusBadge } from '~/features/progress/goal-status-badge'
import { describeChange } from '~/features/progress/progress-view'
import { type LatestRate, UsdRateNote } from '~/features/progress/usd-rate-note'
import { type Locale } from '~/utils/locale'
import { formatUsd, formatVnd } from '~/utils/money'
import { parsePeriodKey, periodLabel, previousPeriod, samePeriodLastYear, periodKey } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** Metrics whose forecast adds projects still to reach a milestone (goal-metrics' pipeline). */
export const FORECAST_METRICS: readonly GoalMetric[] = [
  'fdi_attracted_usd',
  'registered_capital_vnd',
  'policy_approvals',
  'ircs_issued',
  'construction_starts',
]

/** A goal as its card shows it: the title and the department's name in the reader's language. */
export type GoalSummary = {
  id: string
  title: string
  periodKey: string
  target: number
  direction: string
  indicatorUnit: string | null
  department: { code: string; name: string }
}

export function goalTitle(goal: { title: string; titleEn: string | null }, locale: Locale) {
  return locale === 'en' && goal.titleEn ? goal.titleEn : goal.title
}

/** The actual in its unit, exact for money. */
export function formatActual(
  progress: GoalProgress,
  indicatorUnit: string | null | undefined,
  locale: Locale,
  t: Parameters<typeof formatGoalValue>[4],
) {
  if (progress.actual === null) return t('progress.status.no_data')
  if (progress.actualExact !== null && progress.unit === 'usd') return formatUsd(progress.actualExact, locale)
  if (progress.actualExact !== null && progress.unit === 'vnd') return formatVnd(progress.actualExact, locale)
  return formatGoalValue(progress.actual, progress.unit, indicatorUnit, locale, t)
}

export function GoalCard({
  goal,
  progress,
  latestRate,
}: {
  goal: GoalSummary
  progress: GoalProgress | null
  /** the newest exchange rate, named beside a figure in USD */
  latestRate: LatestRate | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const titleId = useId()
  const period = parsePeriodKey(goal.periodKey)
  const title = goal.title
  const department = goal.department.name
  if (!period || !progress) {
    return (
      <article aria-labelledby={titleId} className="rounded-lg border border-slate-300 bg-white p-4">
        <h3 id={titleId} className="font-semibold">
          {title}
        </h3>
        <p className="mt-2 text-sm text-slate-700">{t('progress.status.no_data')}</p>
      </article>
    )
  }
  const unitOf = goal.indicatorUnit
  const format = (value: number) => formatGoalValue(value, progress.unit, unitOf, locale, t)
  const cumulative = progress.metric !== 'statistic'
  const { percentText, expectedPercent, barLabel } = progressBarFigures(progress, locale, t)
  const showForecast = FORECAST_METRICS.includes(progress.metric) && !progress.ended && progress.forecast !== null
  const comparisons = [previousPeriod(period), samePeriodLastYear(period)]
    .filter((other, index, all) => all.findIndex((item) => periodKey(item) === periodKey(other)) === index)
    .map((other, index) => ({ period: other, value: index === 0 ? progress.previous : progress.lastYear }))

  return (
    <article
      aria-labelledby={titleId}
      className="flex h-full flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold text-slate-900">
          {title}
        </h3>
        <GoalStatusBadge status={progress.status} />
      </div>
      <p className="text-sm text-slate-700">
        {periodLabel(period, locale)} ·{' '}
        <abbr title={department} className="no-underline">
          {goal.department.code}
        </abbr>
      </p>
      <dl className="grid grid-cols-2 gap-2 [&_dd]:text-xl [&_dd]:font-semibold [&_dd]:text-slate-900 [&_dt]:text-xs [&_dt]:font-medium [&_dt]:text-slate-700">
        <div>
          <dt>{t('progress.card.actual')}</dt>
          <dd>{formatActual(progress, unitOf, locale, t)}</dd>
        </div>
        <div>
          <dt>{goal.direction === 'at_most' ? t('progress.card.targetAtMost') : t('progress.card.target')}</dt>
          <dd>{format(progress.target)}</dd>
        </div>
      </dl>
      <div>
        <GoalProgressBar
          label={barLabel}
          percent={progress.percentOfTarget}
          expectedPercent={expectedPercent}
          status={progress.status}
        />
        <p className="mt-1 text-sm text-slate-800">
          {percentText !== null ? t('progress.card.percent', { percent: percentText }) : null}
          {progress.ended ? ` · ${t('progress.card.ended')}` : null}
        </p>
        {!progress.ended && progress.actual !== null ? (
          <p className="text-sm text-slate-800">
            {cumulative
              ? t('progress.card.expected', { value: format(progress.expected) })
              : t('progress.card.expectedLevel', { value: format(progress.expected) })}
          </p>
        ) : null}
      </div>
      {showForecast && progress.forecast !== null ? (
        <p className="rounded-md border border-dashed border-slate-400 bg-slate-50 p-2 text-sm text-slate-800">
          {progress.pipeline > 0
            ? t('progress.card.forecast', { forecast: format(progress.forecast), pipeline: format(progress.pipeline) })
            : t('progress.card.forecastNone', { forecast: format(progress.forecast) })}
        </p>
      ) : null}
      {progress.unit === 'usd' ? (
        <UsdRateNote rate={latestRate} converts={showForecast ? 'perDayAndForecast' : 'perDay'} />
      ) : null}
      <ul className="space-y-0.5 text-sm text-slate-800">
        {comparisons.map(({ period: other, value }) => (
          <li key={periodKey(other)}>
            {value === null
              ? t('progress.card.versusNoData', { period: periodLabel(other, locale) })
              : progress.actual === null
                ? t('progress.card.versusValue', { period: periodLabel(other, locale), value: format(value) })
                : t('progress.card.versus', {
                    period: periodLabel(other, locale),
                    value: format(value),
                    change: formatChange(describeChange(progress.actual, value), progress.unit, unitOf, locale, t),
                  })}
          </li>
        ))}
      </ul>
      <p className="mt-auto pt-1">
        <AppLink
          to={`/progress/goals/${goal.id}`}
          className="text-brand-700 text-sm font-medium underline underline-offset-2"
        >
          {t('progress.card.details')}
          <span className="sr-only">{t('progress.card.detailsOf', { title })}</span>
        </AppLink>
      </p>
    </article>
  )
}
