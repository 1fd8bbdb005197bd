import { ChartFigure } from '~/components/charts/chart-figure'
import { type ProgressChartsGeometry, monthLongLabel, monthShortLabel } from '~/components/charts/chart-geometry'
import { CumulativeLineChart } from '~/components/charts/cumulative-line-chart'
import { MonthlyBarChart } from '~/components/charts/monthly-bar-chart'
import { type LatestRate, UsdRateNote } from '~/features/progress/usd-rate-note'
import { formatDate, formatNumber } from '~/utils/format'
import { formatUsd } from '~/utils/money'
import { type Period, periodLabel, periodRange } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

type Series<T> = { months: string[]; begun: number; inMonth: T[]; cumulative: T[] }

export function ProgressCharts({
  period,
  today,
  fdi,
  fdiTarget,
  hasRate,
  latestRate,
  starts,
  geometry,
}: {
  period: Period
  today: Date
  fdi: Series<bigint>
  fdiTarget: number | null
  hasRate: boolean
  /** the newest exchange rate: the chart's USD are converted per day, and this names the newest */
  latestRate: LatestRate | null
  starts: Series<number>
  /** The charts' scales and paths, from the loader (progressChartsGeometry): d3 stays on the server. */
  geometry: ProgressChartsGeometry
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const label = periodLabel(period, locale)
  // A period already over is shown to its last day, not to today.
  const { end } = periodRange(period)
  const asOf = formatDate(today < end ? today : new Date(end.getTime() - 86_400_000), locale)
  const isCurrentMonth = (month: string) => month === today.toISOString().slice(0, 7)
  const monthName = (month: string) =>
    isCurrentMonth(month)
      ? t('progress.charts.toDate', { month: monthLongLabel(month, locale), date: asOf })
      : monthLongLabel(month, locale)

  // FDI: USD in millions on the axis, exact amounts in the table.
  const latest = fdi.cumulative[Math.max(0, fdi.begun - 1)] ?? 0n
  const fdiTitle = t('progress.charts.fdiTitle', { period: label })
  const fdiDescription = [
    hasRate
      ? t('progress.charts.fdiDesc', {
          latest: formatUsd(fdi.begun > 0 ? latest : 0n, locale),
          date: asOf,
        })
      : t('progress.charts.fdiNoRate'),
    fdiTarget !== null
      ? t('progress.charts.fdiTarget', { target: formatUsd(BigInt(Math.round(fdiTarget)), locale) })
      : t('progress.charts.fdiNoTarget'),
  ].join(' ')

  const startsShown = starts.inMonth.slice(0, starts.begun)
  const startsTotal = startsShown.reduce((sum, value) => sum + value, 0)
  const bestIndex = startsShown.indexOf(Math.max(...startsShown))
  const startsTitle = t('progress.charts.startsTitle', { period: label })
  const startsDescription =
    startsTotal === 0
      ? t('progress.charts.startsNone')
      : t('progress.charts.startsDesc', {
          total: startsTotal,
          best: monthLongLabel(starts.months[bestIndex] ?? '', locale),
        })
  const notYet = t('progress.charts.notYet')

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-2">
        <ChartFigure
          title={fdiTitle}
          description={fdiDescription}
          tableLabel={t('progress.charts.tableToggle')}
          table={{
            caption: t('progress.charts.fdiCaption', { period: label }),
            columns: [t('progress.charts.month'), t('progress.charts.fdiInMonth'), t('progress.charts.fdiCumulative')],
            rows: [
              ...fdi.months.map((month, index) =>
                index < fdi.begun
                  ? [
                      monthName(month),
                      formatUsd(fdi.inMonth[index] ?? 0n, locale),
                      formatUsd(fdi.cumulative[index] ?? 0n, locale),
                    ]
                  : [monthName(month), notYet, notYet],
              ),
              ...(fdiTarget !== null
                ? [[t('progress.card.target'), '', formatUsd(BigInt(Math.round(fdiTarget)), locale)]]
                : []),
            ],
          }}
        >
          {(ids) => (
            <CumulativeLineChart
              ids={ids}
              title={fdiTitle}
              description={fdiDescription}
              monthLabels={fdi.months.map((month) => monthShortLabel(month, locale))}
              geometry={geometry.fdi}
              targetLabel={
                fdiTarget !== null
                  ? t('progress.charts.fdiTargetLabel', { target: formatUsd(BigInt(Math.round(fdiTarget)), locale) })
                  : null
              }
              formatTick={(value) => formatNumber(value / 1_000_000, locale, 1)}
              axisLabel={t('progress.charts.fdiAxis')}
            />
          )}
        </ChartFigure>
        {hasRate ? <UsdRateNote rate={latestRate} className="px-1 text-sm text-slate-700" /> : null}
      </div>
      <ChartFigure
        title={startsTitle}
        description={startsDescription}
        tableLabel={t('progress.charts.tableToggle')}
        table={{
          caption: t('progress.charts.startsCaption', { period: label }),
          columns: [t('progress.charts.month'), t('progress.charts.startsInMonth')],
          rows: starts.months.map((month, index) =>
            index < starts.begun
              ? [monthName(month), formatNumber(starts.inMonth[index] ?? 0, locale, 0)]
              : [monthName(month), notYet],
          ),
        }}
      >
        {(ids) => (
          <MonthlyBarChart
            ids={ids}
            title={startsTitle}
            description={startsDescription}
            months={starts.months}
            monthLabels={starts.months.map((month) => monthShortLabel(month, locale))}
            geometry={geometry.starts}
            axisLabel={t('progress.charts.startsAxis')}
            formatValue={(value) => formatNumber(value, locale, 0)}
          />
        )}
      </ChartFigure>
    </div>
  )
}
