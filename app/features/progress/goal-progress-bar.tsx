import { type TFunction } from 'i18next'
import { METRIC_ACCUMULATION } from '~/features/goals/goal-vocabulary'
import type { GoalProgress } from '~/features/goals/goal.server'
import { formatPercent } from '~/features/progress/goal-format'
import { GOAL_STATUS_TONES } from '~/features/progress/goal-status-badge'
import { type ProgressStatus } from '~/features/progress/progress'
import { type Locale } from '~/utils/locale'

/**
 * What a goal's bar shows (the actual as a share of the target; for a cumulative goal still
 * running, the share due by today) and the words it is named by, on a card or a goal's page.
 */
export function progressBarFigures(progress: GoalProgress, locale: Locale, t: TFunction) {
  const percentText = progress.percentOfTarget === null ? null : formatPercent(progress.percentOfTarget, locale)
  const cumulative = METRIC_ACCUMULATION[progress.metric] === 'cumulative'
  const expectedPercent =
    cumulative && !progress.ended && progress.target !== 0 ? (progress.expected / progress.target) * 100 : null
  const barLabel =
    percentText === null
      ? t('progress.card.barNoData')
      : expectedPercent === null
        ? t('progress.card.barEnded', { percent: percentText })
        : t('progress.card.bar', { percent: percentText, expected: formatPercent(expectedPercent, locale) })
  return { percentText, expectedPercent, barLabel }
}

/**
 * The actual as a share of the target, with a mark at what is due by today. An SVG with
 * attributes only (the CSP refuses style attributes), named for assistive technology.
 */
export function GoalProgressBar({
  label,
  percent,
  expectedPercent,
  status,
}: {
  label: string
  percent: number | null
  expectedPercent: number | null
  status: ProgressStatus
}) {
  const filled = Math.max(0, Math.min(100, percent ?? 0))
  const mark = expectedPercent === null ? null : Math.max(0, Math.min(100, expectedPercent))
  return (
    <svg role="img" aria-label={label} viewBox="0 0 100 12" preserveAspectRatio="none" className="h-3 w-full">
      <rect x="0" y="2" width="100" height="8" rx="2" className="fill-slate-200" />
      <rect x="0" y="2" width={filled} height="8" rx="2" className={GOAL_STATUS_TONES[status].bar} />
      {mark !== null ? (
        <rect x={Math.min(99.2, mark)} y="0" width="0.8" height="12" className="fill-slate-900" />
      ) : null}
    </svg>
  )
}
