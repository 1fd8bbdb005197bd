import { useId } from 'react'
import { AppLink } from '~/components/app-link'
import { overdueObstaclesPath } from '~/features/obstacles/obstacle-list-query'
import type { AtRiskProject } from '~/features/progress/at-risk.server'
import { ProjectNameWithCode } from '~/features/projects/project-name'
import { StatusBadge } from '~/features/projects/status-badge'
import { formatDate, formatDayOf } from '~/utils/format'
import { type Locale, localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A project at risk as the table shows it: its department's name in the reader's language. */
export type AtRiskRow = Omit<AtRiskProject, 'department'> & { department: { code: string; name: string } }

export function atRiskRow(project: AtRiskProject, locale: Locale): AtRiskRow {
  return { ...project, department: { code: project.department.code, name: localName(project.department, locale) } }
}

/**
 * "What holds us back" on the overview: the worst few projects (overdue milestones,
 * long-unchanged projects, overdue obstacles), and a link to all of them.
 */
export function AtRiskPanel({
  projects,
  total,
  staleDays,
}: {
  projects: AtRiskRow[]
  total: number
  staleDays: number
}) {
  const { t } = useTranslation()
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
        <AtRiskTable projects={projects} className="mt-3" />
      )}
      {total > projects.length ? (
        <p className="mt-2 text-sm">
          <AppLink to="/progress/at-risk" className="text-brand-700 font-medium underline underline-offset-2">
            {t('progress.atRisk.seeAll', { count: total })}
          </AppLink>
        </p>
      ) : null}
    </section>
  )
}

/** The projects at risk, one row each with every reason: the overview's few, or a page of /progress/at-risk. */
export function AtRiskTable({ projects, className }: { projects: AtRiskRow[]; className?: string }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className={`overflow-x-auto ${className ?? ''}`}>
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
        {/* Cells padded from the body, as in the registers (docs/performance.md). */}
        <tbody className="divide-y divide-slate-200 [&>tr>td]:px-3 [&>tr>td]:py-2">
          {projects.map((project) => (
            <tr key={project.id}>
              <td>
                <ProjectNameWithCode id={project.id} name={project.name} code={project.code} />
              </td>
              <td>
                <abbr title={project.department.name} className="no-underline">
                  {project.department.code}
                </abbr>
              </td>
              <td>
                <StatusBadge status={project.status} />
              </td>
              <td>
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
                        project.obstacles.count > 1 ? 'progress.atRisk.obstaclesOldest' : 'progress.atRisk.obstacleDue',
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
  )
}
