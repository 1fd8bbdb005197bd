import type { Contributions } from '~/features/goals/goal-contributions.server'
import { type GoalMetric } from '~/features/goals/goal-vocabulary'
import { formatGoalValue } from '~/features/progress/goal-format'
import { SourceLink } from '~/features/progress/source-link'
import { ProjectNameWithCode } from '~/features/projects/project-name'
import { formatDate, formatDateTime, formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

type Column = 'date' | 'project' | 'event' | 'document' | 'amountVnd' | 'rate' | 'usd' | 'hectares'

const COLUMNS: Record<Exclude<GoalMetric, 'statistic'>, Column[]> = {
  fdi_attracted_usd: ['date', 'project', 'event', 'document', 'amountVnd', 'rate', 'usd'],
  registered_capital_vnd: ['date', 'project', 'event', 'document', 'amountVnd'],
  policy_approvals: ['date', 'project', 'event', 'document'],
  ircs_issued: ['date', 'project', 'event', 'document'],
  construction_starts: ['date', 'project', 'event'],
  capital_disbursed_vnd: ['date', 'project', 'document', 'amountVnd'],
  clearance_handed_over_ha: ['date', 'project', 'document', 'hectares'],
}
const NUMERIC: Column[] = ['amountVnd', 'usd', 'hectares']

/** Every digit, so a figure can be checked: "2.500.000.000.000". */
function digits(value: bigint, locale: Locale) {
  return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')
}

/** The records a computed figure adds up, with a total row that matches the figure. */
export function ContributionsTable({ metric, contributions }: { metric: GoalMetric; contributions: Contributions }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (contributions.kind === 'statistic' || metric === 'statistic') return null
  const columns = COLUMNS[metric]
  const { rows } = contributions
  if (rows.length === 0) return <p className="text-slate-800">{t('progress.goal.contributionsEmpty')}</p>
  const cell = (row: (typeof rows)[number], column: Column) => {
    switch (column) {
      case 'date':
        return formatDate(row.date, locale)
      case 'project':
        return <ProjectNameWithCode id={row.projectId} name={row.name} code={row.code} />
      case 'event':
        return t(`progress.goal.event.${row.event}`)
      case 'document':
        return row.note ?? t('common.none')
      case 'amountVnd':
        return row.amountVnd === null ? t('common.none') : digits(row.amountVnd, locale)
      case 'rate':
        return row.vndPerUsd && row.rateDate
          ? t('progress.goal.rate', {
              rate: formatNumber(row.vndPerUsd, locale, 0),
              date: formatDate(row.rateDate, locale),
            })
          : t('progress.goal.noRate')
      case 'usd':
        return row.usd === null ? t('common.none') : digits(row.usd, locale)
      case 'hectares':
        return row.hectares === null ? t('common.none') : formatNumber(row.hectares, locale, 4)
    }
  }
  const total: Partial<Record<Column, string>> = {
    amountVnd: contributions.totalVnd !== null ? digits(contributions.totalVnd, locale) : undefined,
    usd: contributions.totalUsd !== null ? digits(contributions.totalUsd, locale) : undefined,
    hectares: contributions.totalHectares !== null ? formatNumber(contributions.totalHectares, locale, 4) : undefined,
  }
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t('progress.goal.contributionsCaption')}</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              {columns.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={`px-3 py-2 font-medium ${NUMERIC.includes(column) ? 'text-right' : ''}`}
                >
                  {t(`progress.goal.columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {rows.map((row, index) => (
              <tr key={`${row.projectId}-${row.event}-${index}`}>
                {columns.map((column) => (
                  <td
                    key={column}
                    className={`px-3 py-2 ${NUMERIC.includes(column) ? 'text-right whitespace-nowrap tabular-nums' : ''} ${column === 'date' ? 'whitespace-nowrap' : ''}`}
                  >
                    {cell(row, column)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-400 font-semibold">
            <tr>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column} scope="row" className="px-3 py-2 text-left">
                    {t('progress.goal.total')}
                  </th>
                ) : (
                  <td
                    key={column}
                    className={`px-3 py-2 ${NUMERIC.includes(column) ? 'text-right whitespace-nowrap tabular-nums' : ''}`}
                  >
                    {column === 'project'
                      ? t('progress.goal.contributionsCount', { count: rows.length })
                      : (total[column] ?? '')}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        </table>
      </div>
      {contributions.roundingUsd !== null && contributions.roundingUsd !== 0n ? (
        <p className="text-sm text-slate-700">
          {t('progress.goal.rounding', { difference: `${digits(contributions.roundingUsd, locale)} USD` })}
        </p>
      ) : null}
      {contributions.truncated ? (
        <p className="text-sm text-slate-700">{t('progress.goal.contributionsTruncated', { count: rows.length })}</p>
      ) : null}
    </div>
  )
}

/** A reported statistic: every report of the period, the latest in use, the others corrected. */
export function StatisticEntriesTable({
  contributions,
  indicatorUnit,
}: {
  contributions: Contributions
  indicatorUnit: string | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (contributions.kind !== 'statistic') return null
  const { entries } = contributions
  if (entries.length === 0) return <p className="text-slate-800">{t('progress.goal.statisticEmpty')}</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('progress.goal.statisticCaption')}</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            {(['state', 'value', 'referenceDate', 'source', 'note', 'enteredBy', 'enteredAt'] as const).map(
              (column) => (
                <th
                  key={column}
                  scope="col"
                  className={`px-3 py-2 font-medium ${column === 'value' ? 'text-right' : ''}`}
                >
                  {t(`progress.goal.statisticColumns.${column}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {entries.map((entry, index) => (
            <tr key={entry.id}>
              <td className="px-3 py-2 whitespace-nowrap">
                {index === 0 ? (
                  <strong>{t('progress.goal.current')}</strong>
                ) : (
                  <span className="text-slate-700">{t('progress.goal.corrected')}</span>
                )}
              </td>
              <td
                className={`px-3 py-2 text-right whitespace-nowrap tabular-nums ${index === 0 ? 'font-semibold' : 'text-slate-700 line-through'}`}
              >
                {formatGoalValue(entry.value, 'indicator', indicatorUnit, locale, t)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(entry.referenceDate, locale)}</td>
              <td className="px-3 py-2">
                <SourceLink title={entry.sourceTitle} url={entry.sourceUrl} />
              </td>
              <td className="px-3 py-2">{entry.note ?? t('common.none')}</td>
              <td className="px-3 py-2">{entry.enteredByName ?? t('common.none')}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(entry.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
