import { AppLink } from '~/components/app-link'
import { overdueObstaclesPath } from '~/features/obstacles/obstacle-list-query'
import type { QuarterlyReport } from '~/features/progress/quarterly-report.server'
import { formatDate } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

type AtRiskProject = QuarterlyReport['atRisk']['projects'][number]

/** The report's projects at risk: a table whose rows are never cut across two pages (report-keep). */
export function ReportAtRisk({ atRisk, today }: { atRisk: QuarterlyReport['atRisk']; today: Date }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { projects, more, staleDays } = atRisk
  return (
    <>
      <p className="text-sm text-slate-800">
        {t('report.atRisk.intro', { date: formatDate(today, locale), days: staleDays })}
      </p>
      {projects.length === 0 ? (
        <p className="text-sm">{t('report.atRisk.empty')}</p>
      ) : (
        <table className="min-w-full divide-y divide-slate-300 border border-slate-300 bg-white text-sm">
          <caption className="sr-only">{t('report.atRisk.caption')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {(['project', 'department', 'status', 'reason'] as const).map((column) => (
                <th key={column} scope="col" className="px-2 py-1.5">
                  {t(`report.atRisk.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {projects.map((project) => (
              <tr key={project.id} className="report-keep align-top">
                <th scope="row" className="px-2 py-1.5 text-left font-normal">
                  <AppLink to={`/projects/${project.id}`} className="text-brand-800 underline underline-offset-2">
                    {project.name}
                  </AppLink>{' '}
                  <span className="text-slate-700">({project.code})</span>
                </th>
                <td className="px-2 py-1.5">{localName(project.department, locale)}</td>
                <td className="px-2 py-1.5">{t(`status.${project.status}`)}</td>
                <td className="px-2 py-1.5">
                  <AtRiskReason project={project} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more > 0 ? <p className="text-sm">{t('report.atRisk.more', { count: more })}</p> : null}
    </>
  )
}

/** Why a project is listed: its overdue milestone, how long it has not changed, its overdue obstacles. */
function AtRiskReason({ project }: { project: AtRiskProject }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <>
      {[
        project.overdue
          ? t('report.atRisk.overdue', {
              days: project.overdue.days,
              milestone: t(`milestone.${project.overdue.kind}`),
              date: formatDate(project.overdue.plannedDate, locale),
            }) + (project.overdue.count > 1 ? t('report.atRisk.overdueMore', { count: project.overdue.count - 1 }) : '')
          : null,
        project.stale
          ? t('report.atRisk.stale', {
              days: project.stale.days,
              date: formatDate(project.stale.since, locale),
            })
          : null,
      ]
        .filter(Boolean)
        .join('. ')}
      {project.obstacles ? (
        <>
          {project.overdue || project.stale ? '. ' : null}
          <AppLink to={overdueObstaclesPath(project.id)} className="text-brand-800 underline underline-offset-2">
            {t('report.atRisk.obstacles', { count: project.obstacles.count })}
          </AppLink>
          {t(project.obstacles.count > 1 ? 'report.atRisk.obstaclesOldest' : 'report.atRisk.obstacleDue', {
            count: project.obstacles.days,
            date: formatDate(project.obstacles.oldestDeadline, locale),
          })}
        </>
      ) : null}
    </>
  )
}
