import { type ReactNode } from 'react'
import { Section } from '~/components/ui/section'
import { type GoalMetric } from '~/features/goals/goal-vocabulary'
import type { GoalProgress } from '~/features/goals/goal.server'
import { FORECAST_METRICS, formatActual } from '~/features/progress/goal-card'
import { formatGoalValue } from '~/features/progress/goal-format'
import { GoalProgressBar, progressBarFigures } from '~/features/progress/goal-progress-bar'
import { GoalStatusBadge } from '~/features/progress/goal-status-badge'
import { type LatestRate, UsdRateNote } from '~/features/progress/usd-rate-note'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A goal's page, first panel: the actual against the target, its bar and the forecast. */
export function GoalFiguresPanel({
  direction,
  progress,
  metric,
  unitOf,
  latestRate,
}: {
  direction: string
  progress: GoalProgress
  metric: GoalMetric
  unitOf: string | null
  latestRate: LatestRate | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const format = (value: number) => formatGoalValue(value, progress.unit, unitOf, locale, t)
  const { percentText, expectedPercent, barLabel } = progressBarFigures(progress, locale, t)
  const item = (term: string, value: ReactNode) => (
    <div>
      <dt className="text-sm font-medium text-slate-700">{term}</dt>
      <dd className="text-xl font-semibold text-slate-900">{value}</dd>
    </div>
  )
  return (
    <Section title={t('progress.goal.figuresTitle')}>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {item(t('progress.goal.actual'), formatActual(progress, unitOf, locale, t))}
        {item(
          direction === 'at_most' ? t('progress.goal.targetAtMost') : t('progress.goal.target'),
          format(progress.target),
        )}
        {item(t('progress.goal.percent'), percentText ?? t('common.none'))}
        {item(t('progress.goal.status'), <GoalStatusBadge status={progress.status} />)}
        {item(t('progress.goal.expected'), progress.ended ? t('common.none') : format(progress.expected))}
      </dl>
      <GoalProgressBar
        label={barLabel}
        percent={progress.percentOfTarget}
        expectedPercent={expectedPercent}
        status={progress.status}
      />
      {progress.unit === 'usd' ? (
        <UsdRateNote
          rate={latestRate}
          converts={!progress.ended && progress.forecast !== null ? 'perDayAndForecast' : 'perDay'}
          className="text-sm text-slate-700"
        />
      ) : null}
      {FORECAST_METRICS.includes(metric) ? (
        <div className="rounded-md border border-dashed border-slate-400 bg-slate-50 p-3">
          <h3 className="text-sm font-semibold text-slate-900">{t('progress.goal.forecastTitle')}</h3>
          <p className="text-sm text-slate-800">
            {progress.ended || progress.forecast === null
              ? t('progress.goal.forecastEnded')
              : t('progress.goal.forecastBody', {
                  forecast: format(progress.forecast),
                  actual: formatActual(progress, unitOf, locale, t),
                  pipeline: format(progress.pipeline),
                })}
          </p>
        </div>
      ) : null}
    </Section>
  )
}
