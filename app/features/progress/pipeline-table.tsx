import type { PipelineProject } from '~/features/goals/goal-metrics.server'
import { type GoalUnit } from '~/features/goals/goal-vocabulary'
import { formatGoalValue } from '~/features/progress/goal-format'
import { ProjectNameWithCode } from '~/features/projects/project-name'
import { formatDate, formatNumber } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The projects the forecast counts on, each with its likelihood and weight: never part of the actual. */
export function PipelineTable({
  projects,
  weighted,
  total,
  unit,
  today,
}: {
  projects: PipelineProject[]
  weighted: number
  /** how many projects the forecast counts: more than listed when the list stops */
  total: number
  unit: GoalUnit
  today: Date
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (projects.length === 0) return <p className="text-slate-800">{t('progress.goal.pipelineEmpty')}</p>
  const format = (value: number) => formatGoalValue(value, unit, null, locale, t)
  return (
    <div className="overflow-x-auto">
      {total > projects.length ? (
        <p className="mb-2 text-sm text-slate-700">
          {t('progress.goal.pipelineShown', { shown: projects.length, total })}
        </p>
      ) : null}
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('progress.goal.pipelineCaption')}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('progress.goal.pipelineColumns.project')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('progress.goal.pipelineColumns.planned')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('progress.goal.pipelineColumns.likelihood')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('progress.goal.pipelineColumns.value')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('progress.goal.pipelineColumns.weight')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {t('progress.goal.pipelineColumns.weighted')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {projects.map((project) => (
            <tr key={project.id}>
              <td className="px-3 py-2">
                <ProjectNameWithCode id={project.id} name={project.name} code={project.code} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {project.plannedDate < today
                  ? t('progress.goal.overduePlan', { date: formatDate(project.plannedDate, locale) })
                  : formatDate(project.plannedDate, locale)}
              </td>
              <td className="px-3 py-2">{t(`progress.goal.likelihood.${project.likelihood}`)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap">{format(project.value)}</td>
              <td className="px-3 py-2 text-right">{formatNumber(project.weight, locale, 2)}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap">{format(project.value * project.weight)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-400 font-semibold">
          <tr>
            <th scope="row" colSpan={5} className="px-3 py-2 text-left">
              {t('progress.goal.total')}
            </th>
            <td className="px-3 py-2 text-right whitespace-nowrap">{format(weighted)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
