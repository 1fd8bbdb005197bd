import { type ReactNode } from 'react'
import { AppLink } from '~/components/app-link'
import { Section } from '~/components/ui/section'
import { isUnresolved } from '~/features/obstacles/obstacle-rules'
import { OverdueBadge } from '~/features/obstacles/obstacle-table'
import type { ObstacleDetail } from '~/features/obstacles/obstacle.server'
import { formatDate } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

const linkClass = 'text-brand-700 underline underline-offset-2'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  )
}

/** What an obstacle is: its project, deadline, who answers for it, where it came from, how it ended. */
export function ObstacleFacts({ obstacle, overdueDays }: { obstacle: ObstacleDetail; overdueDays: number }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const multiline = (text: string) => <span className="whitespace-pre-line">{text}</span>
  return (
    <Section title={t('obstacles.detail.facts')} spacing="space-y-4">
      <dl className="divide-y divide-slate-100">
        <Item label={t('obstacles.detail.project')}>
          <AppLink to={`/projects/${obstacle.project.id}`} className={linkClass}>
            {obstacle.project.name}
          </AppLink>{' '}
          <span className="font-mono text-xs text-slate-700">({obstacle.project.code})</span>
        </Item>
        <Item label={t('obstacles.detail.deadline')}>
          <span className={overdueDays > 0 ? 'font-semibold text-red-900' : undefined}>
            {formatDate(obstacle.deadline, locale)}
          </span>{' '}
          {overdueDays > 0 ? (
            <OverdueBadge days={overdueDays} />
          ) : isUnresolved(obstacle.status) ? (
            <span className="text-slate-700">({t('obstacles.detail.notOverdue')})</span>
          ) : null}
        </Item>
        <Item label={t('obstacles.detail.departments')}>
          <ul>
            {obstacle.departments.map(({ department }) => (
              <li key={department.id}>
                {localName(department, locale)} <span className="text-slate-600">({department.code})</span>
              </li>
            ))}
          </ul>
        </Item>
        <Item label={t('obstacles.detail.raisedOn')}>{formatDate(obstacle.raisedOn, locale)}</Item>
        <Item label={t('obstacles.detail.raisedBy')}>
          {t(`obstacles.raisedByKind.${obstacle.raisedByKind}`, { defaultValue: obstacle.raisedByKind })}:{' '}
          {obstacle.raisedByName}
        </Item>
        {obstacle.meeting ? (
          <Item label={t('obstacles.detail.meeting')}>
            <AppLink to={`/meetings/${obstacle.meeting.id}`} className={linkClass}>
              {t('obstacles.detail.meetingLink', {
                date: formatDate(obstacle.meeting.date, locale),
                venue: obstacle.meeting.place,
              })}
            </AppLink>
          </Item>
        ) : null}
        <Item label={t('obstacles.detail.description')}>
          {obstacle.description ? (
            multiline(obstacle.description)
          ) : (
            <span className="text-slate-600">{t('common.notSet')}</span>
          )}
        </Item>
        {obstacle.resolutionNote ? (
          <Item label={t('obstacles.detail.resolutionNote')}>{multiline(obstacle.resolutionNote)}</Item>
        ) : null}
        {obstacle.closedReason ? (
          <Item label={t('obstacles.detail.closedReason')}>{multiline(obstacle.closedReason)}</Item>
        ) : null}
        {obstacle.finishedOn ? (
          <Item label={t('obstacles.detail.finishedOn')}>{formatDate(obstacle.finishedOn, locale)}</Item>
        ) : null}
      </dl>
    </Section>
  )
}
