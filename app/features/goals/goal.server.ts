import { type MetricScope, computeMetric, pipelineForecast } from '~/features/goals/goal-metrics.server'
import {
  GOAL_DIRECTIONS,
  GOAL_METRICS,
  GOAL_SCOPES,
  type GoalMetric,
  METRIC_ACCUMULATION,
  METRIC_UNIT,
} from '~/features/goals/goal-vocabulary'
import { type Progress, computeProgress } from '~/features/progress/progress'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { ensureDb, prisma } from '~/utils/db.server'
import { type Period, parsePeriodKey, periodKey, previousPeriod, samePeriodLastYear } from '~/utils/period'

/** A goal's own stored fields: what the pages read, and what its audit rows compare before and after. */
export const goalStoredFields = {
  title: true,
  titleEn: true,
  periodKey: true,
  metric: true,
  indicatorId: true,
  target: true,
  direction: true,
  scopeType: true,
  scopeValue: true,
  departmentId: true,
  sourceTitle: true,
  sourceUrl: true,
  monthlyPhasing: true,
} as const

const goalSelect = {
  id: true,
  ...goalStoredFields,
  version: true,
  indicator: { select: { code: true, nameVi: true, nameEn: true, unit: true } },
  department: { select: { code: true, nameVi: true, nameEn: true } },
} as const

export type GoalRecord = NonNullable<Awaited<ReturnType<typeof getGoal>>>

/** Goals whose period overlaps the given one: the period itself and the longer periods of its year that contain it. */
export async function listGoalsForPeriod(period: Period) {
  await ensureDb()
  return prisma.goal.findMany({
    where: { deletedAt: null, periodKey: { in: periodKeysShownWith(period) } },
    orderBy: [{ periodKey: 'asc' }, { createdAt: 'asc' }],
    take: 200,
    select: goalSelect,
  })
}

/**
 * A quarter's overview also shows the year's goals and the halves or "first N months"
 * goals that end in or after it — what a director must keep in view that quarter.
 */
export function periodKeysShownWith(period: Period): string[] {
  const keys = new Set([periodKey(period)])
  if (period.kind === 'quarter') {
    keys.add(String(period.year))
    keys.add(`${period.year}-H${period.index <= 2 ? 1 : 2}`)
    for (let months = (period.index - 1) * 3 + 1; months <= period.index * 3; months += 1) {
      keys.add(`${period.year}-M${months}`)
    }
  }
  return [...keys]
}

export async function getGoal(id: string) {
  await ensureDb()
  return prisma.goal.findFirst({ where: { id, deletedAt: null }, select: goalSelect })
}

type GoalForProgress = {
  periodKey: string
  metric: string
  indicatorId: string | null
  target: number
  direction: string
  scopeType: string
  scopeValue: string | null
  monthlyPhasing: string | null
}

/** A goal's metric, an unknown one read as a statistic. */
export function metricOf(goal: Pick<GoalForProgress, 'metric'>): GoalMetric {
  return isOneOf(GOAL_METRICS, goal.metric) ? goal.metric : 'statistic'
}

/** What a goal counts over, an unknown scope read as the whole province. */
export function scopeOf(goal: Pick<GoalForProgress, 'scopeType' | 'scopeValue'>): MetricScope {
  return { type: isOneOf(GOAL_SCOPES, goal.scopeType) ? goal.scopeType : 'province', value: goal.scopeValue }
}

function phasingOf(goal: GoalForProgress): number[] | null {
  if (!goal.monthlyPhasing) return null
  try {
    const parsed: unknown = JSON.parse(goal.monthlyPhasing)
    return Array.isArray(parsed) && parsed.every((share) => typeof share === 'number') ? parsed : null
  } catch {
    return null
  }
}

export type GoalProgress = Progress & {
  metric: GoalMetric
  unit: (typeof METRIC_UNIT)[GoalMetric]
  /** exact money actual (USD or VND), when the metric is money */
  actualExact: bigint | null
  /** the weighted forecast of projects still to reach the milestone, apart from the actual */
  pipeline: number
  forecast: number | null
  previous: number | null
  lastYear: number | null
}

/**
 * A goal's standing today: the actual, the progress rule's verdict, the forecast and the
 * same metric in the previous period and a year earlier (same target scope).
 */
export async function getGoalProgress(goal: GoalForProgress, today: Date): Promise<GoalProgress | null> {
  const period = parsePeriodKey(goal.periodKey)
  if (!period) return null
  const metric = metricOf(goal)
  const scope = scopeOf(goal)
  const [actual, previous, lastYear, pipeline] = await Promise.all([
    computeMetric(metric, period, scope, goal.indicatorId),
    computeMetric(metric, previousPeriod(period), scope, goal.indicatorId),
    computeMetric(metric, samePeriodLastYear(period), scope, goal.indicatorId),
    pipelineForecast(metric, period, scope, today),
  ])
  const progress = computeProgress({
    target: goal.target,
    actual: actual?.value ?? null,
    direction: isOneOf(GOAL_DIRECTIONS, goal.direction) ? goal.direction : 'at_least',
    accumulation: METRIC_ACCUMULATION[metric],
    period,
    today,
    monthlyPhasing: phasingOf(goal),
  })
  return {
    ...progress,
    metric,
    unit: METRIC_UNIT[metric],
    actualExact: actual?.exact ?? null,
    pipeline: pipeline.weighted,
    forecast: actual === null ? null : actual.value + pipeline.weighted,
    previous: previous?.value ?? null,
    lastYear: lastYear?.value ?? null,
  }
}
