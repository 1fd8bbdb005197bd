import { type BarChartGeometry, CHART_SIZE } from '~/components/charts/chart-geometry'

/** A count per month as bars, drawn on the server (see CumulativeLineChart for the a11y pattern). */
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
  const { width, height, top, bottom, left, right } = CHART_SIZE
  const { ticks, bandwidth, bars } = geometry
  return (
    <svg
      role="img"
      aria-labelledby={`${ids.titleId} ${ids.descId}`}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      fontSize="12"
    >
      <title id={ids.titleId}>{title}</title>
      <desc id={ids.descId}>{description}</desc>
      {/* The grid as one path and its labels in one group: a chart's few elements are rendered
          on every load of the overview. */}
      <path
        d={ticks.map((tick) => `M${left} ${tick.y}H${width - right}`).join('')}
        fill="none"
        className="stroke-slate-200"
      />
      <g textAnchor="end" className="fill-slate-700">
        {ticks.map((tick) => (
          <text key={tick.value} x={left - 8} y={tick.y} dy="0.32em">
            {formatValue(tick.value)}
          </text>
        ))}
      </g>
      <text x={left - 8} y={top - 8} textAnchor="end" className="fill-slate-700">
        {axisLabel}
      </text>
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
    </svg>
  )
}
