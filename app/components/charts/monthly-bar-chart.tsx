import { ChartFrame } from '~/components/charts/chart-frame'
import { type BarChartGeometry, CHART_SIZE } from '~/components/charts/chart-geometry'

/** A count per month as bars, drawn on the server in a ChartFrame. */
export function MonthlyBarChart({
  ids,
  title,
  description,
  months,
  monthLabels,
  geometry,
  axisLabel,
  formatValue,
}: {
  ids: { titleId: string; descId: string }
  title: string
  description: string
  months: readonly string[]
  monthLabels: readonly string[]
  /** From the loader: barChartGeometry in chart-geometry.server.ts. */
  geometry: BarChartGeometry
  axisLabel: string
  formatValue: (value: number) => string
}) {
  const { width, height, bottom, left, right } = CHART_SIZE
  const { ticks, bandwidth, bars } = geometry
  return (
    <ChartFrame
      ids={ids}
      title={title}
      description={description}
      ticks={ticks}
      formatTick={formatValue}
      axisLabel={axisLabel}
    >
      {months.map((month, index) => {
        const bandX = bars[index]?.x ?? left
        const bar = bars[index]?.bar ?? null
        return (
          <g key={month}>
            {bar !== null && bar.value > 0 ? (
              <rect x={bandX} y={bar.y} width={bandwidth} height={bar.height} className="fill-brand-600" />
            ) : null}
            {bar !== null ? (
              <text
                x={bandX + bandwidth / 2}
                y={bar.y - 6}
                textAnchor="middle"
                className="fill-slate-900"
                fontWeight="600"
              >
                {formatValue(bar.value)}
              </text>
            ) : null}
            <text x={bandX + bandwidth / 2} y={height - bottom + 20} textAnchor="middle" className="fill-slate-700">
              {monthLabels[index]}
            </text>
          </g>
        )
      })}
      <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="stroke-slate-500" />
    </ChartFrame>
  )
}
