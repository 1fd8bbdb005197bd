import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Section } from '~/components/ui/section'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { listContributions } from '~/features/goals/goal-contributions.server'
import { listPipeline } from '~/features/goals/goal-metrics.server'
import { getGoal, getGoalProgress, metricOf, scopeOf } from '~/features/goals/goal.server'
import { ContributionsTable, StatisticEntriesTable } from '~/features/progress/contributions-table'
import { goalTitle } from '~/features/progress/goal-card'
import { GoalComparisonPanel } from '~/features/progress/goal-comparison-panel'
import { GoalFiguresPanel } from '~/features/progress/goal-figures-panel'
import { GoalPipelinePanel } from '~/features/progress/goal-pipeline-panel'
import { GoalRulePanel } from '~/features/progress/goal-rule-panel'
import { SourceLink } from '~/features/progress/source-link'
import { requirePermission } from '~/utils/auth.server'
import { provinceToday } from '~/utils/format'
import { localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { parsePeriodKey, periodKey, periodLabel } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.goal.title} · Tiendo` : 'Tiendo' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:report')
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  const today = provinceToday()
  const period = parsePeriodKey(goal.periodKey)
  const metric = metricOf(goal)
  const scope = scopeOf(goal)
  const [progress, contributions, pipeline, latestRate] = await Promise.all([
    getGoalProgress(goal, today),
    period ? listContributions(metric, period, scope, goal.indicatorId) : null,
    period ? listPipeline(metric, period, scope, today) : { projects: [], weighted: 0, total: 0 },
    // Named beside the USD figures: the actual converts at each day's rate, forecasts at this one.
    getLatestExchangeRate(),
  ])
  return { goal, metric, period, today, progress, contributions, pipeline, latestRate }
}

export default function GoalProgressPage() {
  const { goal, metric, period, today, progress, contributions, pipeline, latestRate } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const title = goalTitle(goal, locale)
  const unitOf = goal.indicator?.unit ?? null
  const label = period ? periodLabel(period, locale) : goal.periodKey
  const scopeText =
    goal.scopeType === 'sector' || goal.scopeType === 'kind'
      ? t(`progress.scope.${goal.scopeType}`, { value: t(`${goal.scopeType}.${goal.scopeValue}`) })
      : goal.scopeType === 'project'
        ? t('progress.scope.project')
        : t('progress.scope.province')
  const department = localName(goal.department, locale)

  return (
    <div className="space-y-6">
      <p>
        <AppLink
          to={period ? `/progress?period=${periodKey(period)}` : '/progress'}
          className="text-brand-700 text-sm underline underline-offset-2"
        >
          {t('progress.goal.back', { period: label })}
        </AppLink>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-700">
          {t('progress.goal.meta', { period: label, department, scope: scopeText })}
          {goal.scopeType === 'project' && goal.scopeValue ? (
            <>
              {' · '}
              <AppLink to={`/projects/${goal.scopeValue}`} className="text-brand-700 underline underline-offset-2">
                {t('progress.goal.columns.project')}
              </AppLink>
            </>
          ) : null}
        </p>
        {goal.sourceTitle ? (
          <p className="text-sm text-slate-700">
            {t('progress.goal.source')} <SourceLink title={goal.sourceTitle} url={goal.sourceUrl} />
          </p>
        ) : null}
      </div>

      {progress && period ? (
        <GoalFiguresPanel
          direction={goal.direction}
          progress={progress}
          metric={metric}
          unitOf={unitOf}
          latestRate={latestRate}
        />
      ) : (
        <p className="text-slate-800">{t('progress.status.no_data')}</p>
      )}

      {progress ? <GoalRulePanel goal={goal} progress={progress} unitOf={unitOf} /> : null}

      <Section title={t('progress.goal.definitionTitle')}>
        <p className="text-slate-800">{t(`progress.definition.${metric}`)}</p>
        {metric !== 'statistic' ? (
          <p className="text-sm text-slate-700">{t('progress.definition.common', { scope: scopeText })}</p>
        ) : null}
      </Section>

      {progress && period ? <GoalComparisonPanel period={period} progress={progress} unitOf={unitOf} /> : null}

      {metric === 'statistic' ? (
        <Section title={t('progress.goal.statisticTitle')}>
          {contributions ? <StatisticEntriesTable contributions={contributions} indicatorUnit={unitOf} /> : null}
        </Section>
      ) : (
        <Section title={t('progress.goal.contributionsTitle')}>
          {contributions ? <ContributionsTable metric={metric} contributions={contributions} /> : null}
        </Section>
      )}

      {metric !== 'statistic' ? (
        <GoalPipelinePanel
          metric={metric}
          progress={progress}
          pipeline={pipeline}
          today={today}
          latestRate={latestRate}
        />
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
