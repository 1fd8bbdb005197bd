import { type ProgressStatus } from '~/features/progress/progress'
import { useTranslation } from '~/utils/translation'

// The word carries the meaning; colour and the symbol only support it. Each pair passes WCAG AA.
export const GOAL_STATUS_TONES: Record<ProgressStatus, { badge: string; bar: string; symbol: string }> = {
  met: { badge: 'bg-emerald-50 text-emerald-900 ring-emerald-400', bar: 'fill-emerald-600', symbol: '✓' },
  on_track: { badge: 'bg-sky-50 text-sky-900 ring-sky-400', bar: 'fill-sky-600', symbol: '→' },
  at_risk: { badge: 'bg-amber-50 text-amber-900 ring-amber-500', bar: 'fill-amber-500', symbol: '!' },
  off_track: { badge: 'bg-red-50 text-red-900 ring-red-400', bar: 'fill-red-600', symbol: '✕' },
  no_data: { badge: 'bg-slate-100 text-slate-800 ring-slate-400', bar: 'fill-slate-400', symbol: '?' },
}

export function GoalStatusBadge({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation()
  const tone = GOAL_STATUS_TONES[status]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ring-1 ${tone.badge}`}
    >
      <span aria-hidden="true">{tone.symbol}</span>
      {t(`progress.status.${status}`)}
    </span>
  )
}
