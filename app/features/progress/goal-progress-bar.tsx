import { GOAL_STATUS_TONES } from '~/features/progress/goal-status-badge'
import { type ProgressStatus } from '~/features/progress/progress'

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
