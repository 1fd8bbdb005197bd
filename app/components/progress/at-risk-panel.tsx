import { useId } from 'react'
import { useTranslation } from '~/utils/translation'
import { StatusBadge } from '~/components/status-badge'
import type { AtRiskProject } from '~/models/at-risk.server'
import { overdueObstaclesPath } from '~/models/obstacle-list-query'
import { formatDate, formatDayOf } from '~/utils/format'
import { useLocale } from '~/utils/use-locale'
import { AppLink } from '~/components/app-link'

/** "What holds us back": overdue milestones, long-unchanged projects and overdue obstacles, worst first. */
/** A project at risk as the panel shows it: its department's name in the reader's language. */
export type AtRiskRow = Omit<AtRiskProject, 'department'> & { department: { code: string; name: string } }

export function AtRiskPanel({ projects, more, staleDays }: { projects: AtRiskRow[]; more: number; staleDays: number }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-4">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('progress.atRisk.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('progress.atRisk.intro', { days: staleDays })}</p>
      {projects.length === 0 ? (
        <p className="mt-3 text-slate-800">{t('progress.atRisk.empty')}</p>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('progress.atRisk.caption')}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('progress.atRisk.columns.project')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('progress.atRisk.columns.department')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('progress.atRisk.columns.status')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('progress.atRisk.columns.reason')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {projects.map((project) => (
                <tr key={project.id}>
                  <td className="px-3 py-2">
                    <AppLink
                      to={`/projects/${project.id}`}
                      className="text-brand-700 font-medium underline-offset-2 hover:underline"
                    >
                      {project.name}
                    </AppLink>
                    <div className="font-mono text-xs text-slate-700">{project.code}</div>
                  </td>
                  <td className="px-3 py-2">
                    <abbr title={project.department.name} className="no-underline">
                      {project.department.code}
                    </abbr>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={project.status} />
                  </td>
                  <td className="px-3 py-2">
                    <ul className="space-y-0.5">
                      {project.overdue ? (
                        <li>
                          {t('progress.atRisk.milestoneLate', {
                            days: project.overdue.days,
                            milestone: t(`milestone.${project.overdue.kind}`),
                            date: formatDate(project.overdue.plannedDate, locale),
                          })}
                          {project.overdue.count > 1
                            ? ` ${t('progress.atRisk.moreMilestones', { count: project.overdue.count - 1 })}`
                            : null}
                        </li>
                      ) : null}
                      {project.stale ? (
                        <li>
                          {t('progress.atRisk.stale', {
                            days: project.stale.days,
                            date: formatDayOf(project.stale.since, locale),
                          })}
                        </li>
                      ) : null}
                      {project.obstacles ? (
                        <li>
                          <AppLink
                            to={overdueObstaclesPath(project.id)}
                            className="text-brand-700 font-medium underline underline-offset-2"
                          >
                            {t('progress.atRisk.obstaclesLate', { count: project.obstacles.count })}
                          </AppLink>{' '}
                          {t(
                            project.obstacles.count > 1
                              ? 'progress.atRisk.obstaclesOldest'
                              : 'progress.atRisk.obstacleDue',
                            {
                              count: project.obstacles.days,
                              date: formatDate(project.obstacles.oldestDeadline, locale),
                            },
                          )}
                        </li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more > 0 ? <p className="mt-2 text-sm text-slate-800">{t('progress.atRisk.more', { count: more })}</p> : null}
    </section>
  )
}
