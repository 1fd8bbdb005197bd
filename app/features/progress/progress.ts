import { type Period, elapsedFraction, hasEnded, monthsCompleted, periodMonths, periodRange } from '~/utils/period'

/**
 * Where a goal stands. The rule, as written in docs/decisions (goals and progress):
 *
 * - A **cumulative** metric (FDI attracted, projects licensed, hectares handed over) is
 *   expected to grow through the period: by the share of days elapsed (today included), or
 *   by the goal's own monthly phasing when it has one (cumulative shares, linear within a
 *   month). A **level** metric (a growth rate the statistics office reports) is expected to
 *   stand at the target all along.
 * - "At least": met once the actual reaches the target (for a level metric, only when the
 *   period has ended). Otherwise the shortfall against what was expected by today, as a
 *   share of the target, decides: up to 10 % on track, up to 25 % at risk, more off track.
 *   When the period has ended below the target it is off track.
 * - "At most" mirrors it: above the target is off track at once; at the end, at or under it
 *   is met; before, an excess over the expected pace of up to 10 % of the target is on
 *   track, up to 25 % at risk, more off track.
 * - No figure at all (a statistic not yet reported) is "no data", never a silent zero.
 */
export type Direction = 'at_least' | 'at_most'
export type Accumulation = 'cumulative' | 'level'
/** Best first, the order the pages count and explain them in. */
export const PROGRESS_STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'no_data'] as const
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number]

export const ON_TRACK_MARGIN = 0.1
export const AT_RISK_MARGIN = 0.25

export type ProgressInput = {
  target: number
  actual: number | null
  direction: Direction
  accumulation: Accumulation
  period: Period
  today: Date
  /** cumulative share of the target due by the end of each month of the period (last = 1) */
  monthlyPhasing?: readonly number[] | null
}

export type Progress = {
  actual: number | null
  target: number
  /** actual as a percentage of the target, or null when there is no actual or no target */
  percentOfTarget: number | null
  expected: number
  status: ProgressStatus
  ended: boolean
}

/** The share of the target due by `today`. */
export function expectedShare(period: Period, today: Date, phasing?: readonly number[] | null): number {
  if (!phasing || phasing.length !== periodMonths(period)) return elapsedFraction(period, today)
  const done = monthsCompleted(period, today)
  if (done >= phasing.length) return 1
  const before = done === 0 ? 0 : (phasing[done - 1] ?? 0)
  const after = phasing[done] ?? 1
  // How far into the current month today is (today included).
  const { start } = periodRange(period)
  const monthStart = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + done, 1))
  const nextMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + done + 1, 1))
  if (today < monthStart) return before
  const within = (today.getTime() - monthStart.getTime() + 86_400_000) / (nextMonth.getTime() - monthStart.getTime())
  return before + (after - before) * Math.min(1, within)
}

function byMargin(gapShareOfTarget: number): ProgressStatus {
  if (gapShareOfTarget <= ON_TRACK_MARGIN) return 'on_track'
  if (gapShareOfTarget <= AT_RISK_MARGIN) return 'at_risk'
  return 'off_track'
}

export function computeProgress(input: ProgressInput): Progress {
  const { target, actual, direction, accumulation, period, today } = input
  const ended = hasEnded(period, today)
  const expected = accumulation === 'level' ? target : target * expectedShare(period, today, input.monthlyPhasing)
  const percentOfTarget = actual === null || target === 0 ? null : (actual / target) * 100
  const result = (status: ProgressStatus): Progress => ({ actual, target, percentOfTarget, expected, status, ended })

  if (actual === null) return result('no_data')
  const scale = Math.abs(target) || 1

  if (direction === 'at_least') {
    if (actual >= target && (accumulation === 'cumulative' || ended)) return result('met')
    if (ended) return result('off_track')
    if (actual >= expected) return result('on_track')
    return result(byMargin((expected - actual) / scale))
  }
  if (actual > target) return result('off_track')
  if (ended) return result('met')
  if (actual <= expected) return result('on_track')
  return result(byMargin((actual - expected) / scale))
}
