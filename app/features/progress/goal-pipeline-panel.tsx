import { Section } from '~/components/ui/section'
import type { PipelineProject } from '~/features/goals/goal-metrics.server'
import { type GoalMetric, LIKELIHOOD_WEIGHT } from '~/features/goals/goal-vocabulary'
import type { GoalProgress } from '~/features/goals/goal.server'
import { PipelineTable } from '~/features/progress/pipeline-table'
import { type LatestRate, UsdRateNote } from '~/features/progress/usd-rate-note'
import { formatNumber } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The milestone whose planned date feeds each forecast (as goal-metrics' pipeline uses it). */
const PIPELINE_MILESTONE = {
  fdi_attracted_usd: 'irc',
  registered_capital_vnd: 'irc',
  ircs_issued: 'irc',
  policy_approvals: 'policy_approval',
  construction_starts: 'construction_start',
} as const

/** The projects still to reach the goal's milestone, weighted by likelihood: the forecast, never the actual. */
export function GoalPipelinePanel({
  metric,
  progress,
  pipeline,
  today,
  latestRate,
}: {
  metric: GoalMetric
  progress: GoalProgress | null
  pipeline: { projects: PipelineProject[]; weighted: number; total: number }
  today: Date
  latestRate: LatestRate | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const milestone = metric in PIPELINE_MILESTONE ? PIPELINE_MILESTONE[metric as keyof typeof PIPELINE_MILESTONE] : null
  return (
    <Section title={t('progress.goal.pipelineTitle')}>
      {milestone === null ? (
        <p className="text-slate-800">{t('progress.goal.pipelineNone')}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t('progress.goal.pipelineIntro', {
              milestone: t(`milestone.${milestone}`),
              low: formatNumber(LIKELIHOOD_WEIGHT.low, locale, 2),
              medium: formatNumber(LIKELIHOOD_WEIGHT.medium, locale, 2),
              high: formatNumber(LIKELIHOOD_WEIGHT.high, locale, 2),
            })}
          </p>
          {progress?.ended ? (
            <p className="text-slate-800">{t('progress.goal.forecastEnded')}</p>
          ) : (
            <>
              <PipelineTable
                projects={pipeline.projects}
                weighted={pipeline.weighted}
                total={pipeline.total}
                unit={progress?.unit ?? 'count'}
                today={today}
              />
              {progress?.unit === 'usd' && pipeline.total > 0 ? (
                <UsdRateNote rate={latestRate} converts="latest" className="text-sm text-slate-700" />
              ) : null}
            </>
          )}
        </>
      )}
    </Section>
  )
}
