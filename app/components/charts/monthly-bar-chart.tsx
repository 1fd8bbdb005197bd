import { CHART_SIZE, monthBands, valueScale, wholeTicks } from '~/components/charts/chart-geometry'

/** A count per month as bars, drawn on the server (see CumulativeLineChart for the a11y pattern). */
export function MonthlyBarChart({
  ids,
  title,
  description,
  months,
  monthLabels,
  values,
  begun,
  axisLabel,
  formatValue,
}: {
  ids: { titleId: string; descId: string }
  title: string
  description: string
  months: readonly string[]
  monthLabels: readonly string[]
  values: readonly number[]
  begun: number
  axisLabel: string
  formatValue: (value: number) => string
}) {
  const { width, height, top, bottom, left, right } = CHART_SIZE
  const shown = values.slice(0, begun)
  const y = valueScale(shown, null, Math.min(5, Math.max(1, ...shown)))
  const x = monthBands(months)
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
      {wholeTicks(y, 5).map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={left - 8} y={y(tick)} dy="0.32em" textAnchor="end" className="fill-slate-700">
            {formatValue(tick)}
          </text>
        </g>
      ))}
      <text x={left - 8} y={top - 8} textAnchor="end" className="fill-slate-700">
        {axisLabel}
      </text>
      {months.map((month, index) => {
        const bandX = x(month) ?? left
        const value = index < begun ? (values[index] ?? 0) : null
        return (
          <g key={month}>
            {value !== null && value > 0 ? (
              <rect
                x={bandX}
                y={y(value)}
                width={x.bandwidth()}
                height={Math.max(0, height - bottom - y(value))}
                className="fill-brand-600"
              />
            ) : null}
            {value !== null ? (
              <text
                x={bandX + x.bandwidth() / 2}
                y={y(value) - 6}
                textAnchor="middle"
                className="fill-slate-900"
                fontWeight="600"
              >
                {formatValue(value)}
              </text>
            ) : null}
            <text x={bandX + x.bandwidth() / 2} y={height - bottom + 20} textAnchor="middle" className="fill-slate-700">
              {monthLabels[index]}
            </text>
          </g>
        )
      })}
      <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="stroke-slate-500" />
    </svg>
  )
}
