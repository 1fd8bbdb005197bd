import { useTranslation } from '~/utils/translation'

// Colour supports the word, never replaces it; every pair passes WCAG AA contrast.
const tones: Record<string, string> = {
  proposed: 'bg-slate-100 text-slate-800 ring-slate-300',
  policy_approved: 'bg-sky-50 text-sky-900 ring-sky-300',
  irc_issued: 'bg-indigo-50 text-indigo-900 ring-indigo-300',
  site_clearance: 'bg-amber-50 text-amber-900 ring-amber-300',
  under_construction: 'bg-orange-50 text-orange-900 ring-orange-300',
  operating: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  suspended: 'bg-yellow-50 text-yellow-900 ring-yellow-400',
  cancelled: 'bg-red-50 text-red-900 ring-red-300',
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation()
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${tones[status] ?? tones.proposed}`}
    >
      {t(`status.${status}`)}
    </span>
  )
}
