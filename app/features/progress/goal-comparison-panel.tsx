import { Section } from '~/components/ui/section'
import type { GoalProgress } from '~/features/goals/goal.server'
import { formatActual } from '~/features/progress/goal-card'
import { formatChange, formatGoalValue } from '~/features/progress/goal-format'
import { describeChange } from '~/features/progress/progress-view'
import { type Period, periodKey, periodLabel, previousPeriod, samePeriodLastYear } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The goal's figure beside the previous period's and the same period a year earlier. */
export function GoalComparisonPanel({
  period,
  progress,
  unitOf,
}: {
  period: Period
  progress: GoalProgress
  unitOf: string | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  // The previous period of a year is the year before: one row, not two.
  const others = [
    { other: previousPeriod(period), value: progress.previous },
    { other: samePeriodLastYear(period), value: progress.lastYear },
  ].filter(({ other }, index, all) => all.findIndex((item) => periodKey(item.other) === periodKey(other)) === index)
  return (
    <Section title={t('progress.goal.comparisonTitle')}>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t('progress.goal.comparisonCaption')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('progress.goal.comparisonColumns.period')}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t('progress.goal.comparisonColumns.value')}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('progress.goal.comparisonColumns.change')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            <tr>
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {t('progress.goal.thisPeriod', { period: periodLabel(period, locale) })}
              </th>
              <td className="px-3 py-2 text-right font-semibold">{formatActual(progress, unitOf, locale, t)}</td>
              <td className="px-3 py-2">{t('common.none')}</td>
            </tr>
            {others.map(({ other, value }) => (
              <tr key={periodKey(other)}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {periodLabel(other, locale)}
                </th>
                <td className="px-3 py-2 text-right">
                  {value === null
                    ? t('progress.status.no_data')
                    : formatGoalValue(value, progress.unit, unitOf, locale, t)}
                </td>
                <td className="px-3 py-2">
                  {formatChange(describeChange(progress.actual, value), progress.unit, unitOf, locale, t)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  )
}
