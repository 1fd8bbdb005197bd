import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { type ReactNode, useId } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { listContributions } from '~/features/goals/goal-contributions.server'
import { listPipeline } from '~/features/goals/goal-metrics.server'
import { GOAL_METRICS, GOAL_SCOPES, LIKELIHOOD_WEIGHT, METRIC_ACCUMULATION } from '~/features/goals/goal-vocabulary'
import { getGoal, getGoalProgress } from '~/features/goals/goal.server'
import { ContributionsTable, StatisticEntriesTable } from '~/features/progress/contributions-table'
import { FORECAST_METRICS, formatActual, goalTitle } from '~/features/progress/goal-card'
import { formatChange, formatGoalValue, formatPercent } from '~/features/progress/goal-format'
import { GoalProgressBar } from '~/features/progress/goal-progress-bar'
import { GoalStatusBadge } from '~/features/progress/goal-status-badge'
import { PipelineTable } from '~/features/progress/pipeline-table'
import { RULE_MARGINS, describeChange, explainProgress } from '~/features/progress/progress-view'
import { UsdRateNote } from '~/features/progress/usd-rate-note'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { requirePermission } from '~/utils/auth.server'
import { formatNumber, provinceToday } from '~/utils/format'
import { localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { parsePeriodKey, periodKey, periodLabel, previousPeriod, samePeriodLastYear } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.goal.title} · Tiendo` : 'Tiendo' },
]

/** The milestone whose planned date feeds each forecast (as goal-metrics' pipeline uses it). */
const PIPELINE_MILESTONE = {
  fdi_attracted_usd: 'irc',
  registered_capital_vnd: 'irc',
  ircs_issued: 'irc',
  policy_approvals: 'policy_approval',
  construction_starts: 'construction_start',
} as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:report')
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  const today = provinceToday()
  const period = parsePeriodKey(goal.periodKey)
  const metric = isOneOf(GOAL_METRICS, goal.metric) ? goal.metric : 'statistic'
  const scope = { type: isOneOf(GOAL_SCOPES, goal.scopeType) ? goal.scopeType : 'province', value: goal.scopeValue }
  const [progress, contributions, pipeline, latestRate] = await Promise.all([
    getGoalProgress(goal, today),
    period ? listContributions(metric, period, scope, goal.indicatorId) : null,
    period ? listPipeline(metric, period, scope, today) : { projects: [], weighted: 0, total: 0 },
    // Named beside the USD figures: the actual converts at each day's rate, forecasts at this one.
    getLatestExchangeRate(),
  ])
  return { goal, metric, period, today, progress, contributions, pipeline, latestRate }
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
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
            {t('progress.goal.source')}{' '}
            {goal.sourceUrl ? (
              <a
                href={goal.sourceUrl}
                className="text-brand-700 underline underline-offset-2"
                rel="noreferrer noopener"
              >
                {goal.sourceTitle}
              </a>
            ) : (
              goal.sourceTitle
            )}
          </p>
        ) : null}
      </div>

      {progress && period ? (
        <GoalFigures goal={goal} progress={progress} metric={metric} unitOf={unitOf} latestRate={latestRate} />
      ) : (
        <p className="text-slate-800">{t('progress.status.no_data')}</p>
      )}

      {progress ? <RuleSection goal={goal} progress={progress} unitOf={unitOf} /> : null}

      <Section title={t('progress.goal.definitionTitle')}>
        <p className="text-slate-800">{t(`progress.definition.${metric}`)}</p>
        {metric !== 'statistic' ? (
          <p className="text-sm text-slate-700">{t('progress.definition.common', { scope: scopeText })}</p>
        ) : null}
      </Section>

      {progress && period ? (
        <Section title={t('progress.goal.comparisonTitle')}>
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('progress.goal.comparisonCaption')}</caption>
              <thead className="bg-slate-100 text-left">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('progress.goal.comparisonColumns.period')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('progress.goal.comparisonColumns.value')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('progress.goal.comparisonColumns.change')}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                <tr>
                  <th scope="row" className="px-3 py-2 text-left font-semibold">
                    {t('progress.goal.thisPeriod', { period: label })}
                  </th>
                  <td className="px-3 py-2 text-right font-semibold">{formatActual(progress, unitOf, locale, t)}</td>
                  <td className="px-3 py-2">{t('common.none')}</td>
                </tr>
                {[
                  { other: previousPeriod(period), value: progress.previous },
                  { other: samePeriodLastYear(period), value: progress.lastYear },
                ]
                  .filter(
                    ({ other }, index, all) =>
                      all.findIndex((item) => periodKey(item.other) === periodKey(other)) === index,
                  )
                  .map(({ other, value }) => (
                    <tr key={periodKey(other)}>
                      <th scope="row" className="px-3 py-2 text-left font-normal">
                        {periodLabel(other, locale)}
                      </th>
                      <td className="px-3 py-2 text-right">
                        {value === null
                          ? t('progress.status.no_data')
                          : formatGoalValue(value, progress.unit, unitOf, locale, t)}
                      </td>
                      <td className="px-3 py-2">
                        {formatChange(describeChange(progress.actual, value), progress.unit, unitOf, locale, t)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </Section>
      ) : null}

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
        <Section title={t('progress.goal.pipelineTitle')}>
          {metric in PIPELINE_MILESTONE ? (
            <>
              <p className="text-sm text-slate-700">
                {t('progress.goal.pipelineIntro', {
                  milestone: t(`milestone.${PIPELINE_MILESTONE[metric as keyof typeof PIPELINE_MILESTONE]}`),
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
          ) : (
            <p className="text-slate-800">{t('progress.goal.pipelineNone')}</p>
          )}
        </Section>
      ) : null}
    </div>
  )
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type Goal = LoaderData['goal']
type Progress = NonNullable<LoaderData['progress']>

function GoalFigures({
  goal,
  progress,
  metric,
  unitOf,
  latestRate,
}: {
  goal: Goal
  progress: Progress
  metric: LoaderData['metric']
  unitOf: string | null
  latestRate: LoaderData['latestRate']
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const format = (value: number) => formatGoalValue(value, progress.unit, unitOf, locale, t)
  const percentText = progress.percentOfTarget === null ? null : formatPercent(progress.percentOfTarget, locale)
  const cumulative = METRIC_ACCUMULATION[metric] === 'cumulative'
  const expectedPercent =
    cumulative && !progress.ended && progress.target !== 0 ? (progress.expected / progress.target) * 100 : null
  const barLabel =
    percentText === null
      ? t('progress.card.barNoData')
      : expectedPercent === null
        ? t('progress.card.barEnded', { percent: percentText })
        : t('progress.card.bar', { percent: percentText, expected: formatPercent(expectedPercent, locale) })
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
          goal.direction === 'at_most' ? t('progress.goal.targetAtMost') : t('progress.goal.target'),
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

function RuleSection({ goal, progress, unitOf }: { goal: Goal; progress: Progress; unitOf: string | null }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const format = (value: number) => formatGoalValue(value, progress.unit, unitOf, locale, t)
  const direction = goal.direction === 'at_most' ? 'at_most' : 'at_least'
  const accumulation = METRIC_ACCUMULATION[progress.metric]
  const explanation = explainProgress(progress, direction)
  return (
    <Section title={t('progress.rule.title')}>
      <p className="text-slate-800">
        {accumulation === 'level'
          ? t('progress.rule.level')
          : goal.monthlyPhasing
            ? t('progress.rule.cumulativePhased')
            : t('progress.rule.cumulative')}
      </p>
      <p className="text-slate-800">
        {t(direction === 'at_most' ? 'progress.rule.atMost' : 'progress.rule.atLeast', RULE_MARGINS)}
      </p>
      <p className="text-slate-800">{t('progress.rule.noData')}</p>
      <h3 className="font-semibold">{t('progress.rule.appliedTitle')}</h3>
      <p className="text-slate-900">
        {t(`progress.rule.applied.${explanation.case}`, {
          actual: progress.actual === null ? '' : formatActual(progress, unitOf, locale, t),
          target: format(progress.target),
          expected: format(progress.expected),
          gap: explanation.case === 'behind' ? format(explanation.gap) : '',
          gapShare: explanation.case === 'behind' ? formatPercent(explanation.gapShare * 100, locale) : '',
          status: t(`progress.status.${progress.status}`),
        })}
      </p>
    </Section>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
