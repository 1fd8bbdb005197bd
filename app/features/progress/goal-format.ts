import { type TFunction } from 'i18next'
import { type GoalUnit } from '~/features/goals/goal-vocabulary'
import { type Change } from '~/features/progress/progress-view'
import { formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { formatUsd, formatVnd } from '~/utils/money'

const INDICATOR_UNITS = ['percent', 'index', 'kwh', 'tonnes', 'units'] as const

/** A goal's figure in its unit: "51,2 triệu USD", "1.250 tỷ đồng", "3 dự án", "12,5 ha", "20,15 %". */
export function formatGoalValue(
  value: number,
  unit: GoalUnit,
  indicatorUnit: string | null | undefined,
  locale: Locale,
  t: TFunction,
): string {
  switch (unit) {
    case 'usd':
      return formatUsd(BigInt(Math.round(value)), locale)
    case 'vnd':
      return formatVnd(BigInt(Math.round(value)), locale)
    case 'count':
      return t('progress.unit.projects', { count: value, value: formatNumber(value, locale, 1) })
    case 'ha':
      return t('progress.unit.ha', { value: formatNumber(value, locale, 2) })
    case 'indicator': {
      const text = formatNumber(value, locale, 2)
      const known = INDICATOR_UNITS.find((candidate) => candidate === indicatorUnit)
      if (known) return t(`progress.indicatorUnit.${known}`, { value: text })
      return indicatorUnit ? `${text} ${indicatorUnit}` : text
    }
  }
}

/** A percentage in the reader's locale: "62,5 %" / "62.5%". */
export function formatPercent(value: number, locale: Locale, digits = 1): string {
  const text = formatNumber(value, locale, digits)
  return locale === 'vi' ? `${text} %` : `${text}%`
}

/**
 * "tăng 33,3 %", "giảm 1,2 điểm %" (a rate compares in points), "tăng 50 triệu USD" when
 * the base was zero, "không đổi".
 */
export function formatChange(
  change: Change,
  unit: GoalUnit,
  indicatorUnit: string | null | undefined,
  locale: Locale,
  t: TFunction,
): string {
  if (change.kind === 'none') return t('common.none')
  if (change.kind === 'same') return t('progress.change.same')
  let amount: string
  if (unit === 'indicator' && indicatorUnit === 'percent') {
    amount = t('progress.change.points', { value: formatNumber(change.difference, locale, 2) })
  } else if (change.percent !== null) {
    amount = t('progress.change.percent', { value: formatNumber(change.percent, locale, 1) })
  } else {
    amount = formatGoalValue(change.difference, unit, indicatorUnit, locale, t)
  }
  return t(change.kind === 'up' ? 'progress.change.up' : 'progress.change.down', { value: amount })
}
