import { Section } from '~/components/ui/section'
import { formatDate } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The project's status changes, oldest first: when, from what to what, and why. */
export function StatusTimeline({
  changes,
}: {
  changes: {
    id: string
    fromStatus: string | null
    toStatus: string
    effectiveDate: Date
    reason: string | null
    note: string | null
  }[]
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <Section spacing="space-y-2" title={t('project.sections.timeline')}>
      {changes.length === 0 ? (
        <p className="text-slate-700">{t('project.timelineEmpty')}</p>
      ) : (
        <ol className="relative space-y-4 border-l-2 border-slate-300 pl-6">
          {changes.map((change) => (
            <li key={change.id}>
              <p className="text-sm text-slate-700">
                <time dateTime={new Date(change.effectiveDate).toISOString().slice(0, 10)}>
                  {formatDate(change.effectiveDate, locale)}
                </time>
              </p>
              <p className="font-medium">
                {change.fromStatus
                  ? t('project.timelineEntry', {
                      from: t(`status.${change.fromStatus}`),
                      to: t(`status.${change.toStatus}`),
                    })
                  : t('project.timelineCreated', { to: t(`status.${change.toStatus}`) })}
              </p>
              {change.reason ? (
                <p className="text-sm">
                  <span className="font-medium">{t('project.reason')}:</span> {change.reason}
                </p>
              ) : null}
              {change.note ? (
                <p className="text-sm">
                  <span className="font-medium">{t('project.note')}:</span> {change.note}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}
