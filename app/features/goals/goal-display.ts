import { type TFunction } from 'i18next'
import { GOAL_METRICS, METRIC_UNIT } from '~/features/goals/goal-vocabulary'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { formatUsd, formatVnd } from '~/utils/money'
import { parsePeriodKey, periodLabel } from '~/utils/period'

/** How goals read on a page: their period, target and scope, in the reader's language. Pure. */

export function goalPeriodText(key: string, locale: Locale): string {
  const period = parsePeriodKey(key)
  return period ? periodLabel(period, locale) : key
}

/** A figure in an indicator's unit: "24,95 %", "22,45 tỷ kWh". */
export function formatIndicatorValue(value: number, unit: string, locale: Locale, t: TFunction): string {
  const number = formatNumber(value, locale)
  if (unit === 'percent') return locale === 'vi' ? `${number} %` : `${number}%`
  return `${number} ${t(`goals.indicatorUnit.${unit}`, { defaultValue: unit })}`
}

/** A target in its metric's unit: "200 triệu USD", "1.250 tỷ đồng", "5 dự án", "24,95 %". */
export function formatGoalTarget(
  goal: { metric: string; target: number; indicator?: { unit: string } | null },
  locale: Locale,
  t: TFunction,
): string {
  const unit = isOneOf(GOAL_METRICS, goal.metric) ? METRIC_UNIT[goal.metric] : 'indicator'
  switch (unit) {
    case 'usd':
      return formatUsd(BigInt(Math.round(goal.target)), locale)
    case 'vnd':
      return formatVnd(BigInt(Math.round(goal.target)), locale)
    case 'count':
      return `${formatNumber(goal.target, locale)} ${t('goals.unit.count')}`
    case 'ha':
      return `${formatNumber(goal.target, locale)} ha`
    case 'indicator':
      return goal.indicator
        ? formatIndicatorValue(goal.target, goal.indicator.unit, locale, t)
        : formatNumber(goal.target, locale)
  }
}

/** "Tối thiểu 200 triệu USD". */
export function formatGoalRequirement(
  goal: { metric: string; target: number; direction: string; indicator?: { unit: string } | null },
  locale: Locale,
  t: TFunction,
): string {
  const direction = goal.direction === 'at_most' ? 'at_most' : 'at_least'
  return t(`goals.directionShort.${direction}`, { target: formatGoalTarget(goal, locale, t) })
}

/** "Toàn tỉnh", "Ngành Khai khoáng", "Loại dự án: Khu công nghiệp", or the project's name. */
export function goalScopeText(
  goal: { scopeType: string; scopeValue: string | null },
  t: TFunction,
  projectNames: Record<string, string> = {},
): string {
  switch (goal.scopeType) {
    case 'sector':
      return t('goals.scopeShort.sector', { name: t(`sector.${goal.scopeValue}`, { defaultValue: goal.scopeValue }) })
    case 'kind':
      return t('goals.scopeShort.kind', { name: t(`kind.${goal.scopeValue}`, { defaultValue: goal.scopeValue }) })
    case 'project':
      return t('goals.scopeShort.project', {
        name: (goal.scopeValue && projectNames[goal.scopeValue]) ?? goal.scopeValue ?? '',
      })
    default:
      return t('goals.scopeShort.province')
  }
}
