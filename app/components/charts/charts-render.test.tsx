import { renderToString } from 'react-dom/server'
import { describe, expect, test } from 'vitest'
import { barChartGeometry, lineChartGeometry } from '~/components/charts/chart-geometry.server'
import { CumulativeLineChart } from '~/components/charts/cumulative-line-chart'
import { MonthlyBarChart } from '~/components/charts/monthly-bar-chart'

const months = ['2025-07', '2025-08', '2025-09']
const ids = { titleId: 'chart-title', descId: 'chart-desc' }

/** The texts drawn in the SVG, in order. */
function texts(html: string) {
  return [...html.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) => (match[1] ?? '').replace(/<!-- -->/g, ''))
}

describe('the overview charts', () => {
  test('the bar chart is one image named by its title and description, with labelled value ticks and bars', () => {
    const html = renderToString(
      <MonthlyBarChart
        ids={ids}
        title="Dự án khởi công theo tháng"
        description="Tháng 7: 1 dự án, tháng 8: 3 dự án."
        months={months}
        monthLabels={['T7', 'T8', 'T9']}
        geometry={barChartGeometry({ months, values: [1, 3, 0], begun: 2 })}
        axisLabel="Dự án"
        formatValue={(value) => `${value} dự án`}
      />,
    )
    expect(html).toMatch(/^<svg role="img" aria-labelledby="chart-title chart-desc"/)
    expect(html).toContain('<title id="chart-title">Dự án khởi công theo tháng</title>')
    expect(html).toContain('<desc id="chart-desc">Tháng 7: 1 dự án, tháng 8: 3 dự án.</desc>')
    const drawn = texts(html)
    // Whole ticks from zero past the highest bar, then the axis label, month labels and bar values.
    const ticks = drawn.slice(0, drawn.indexOf('Dự án'))
    expect(ticks.slice(0, 4)).toEqual(['0 dự án', '1 dự án', '2 dự án', '3 dự án'])
    expect(ticks.every((tick) => /^\d+ dự án$/.test(tick))).toBe(true)
    expect(drawn).toEqual(expect.arrayContaining(['T7', 'T8', 'T9']))
    // A month not yet begun has no bar and no value.
    expect(html.match(/<rect /g)).toHaveLength(2)
  })

  test('the line chart shares the frame and draws the running total and its target', () => {
    const html = renderToString(
      <CumulativeLineChart
        ids={ids}
        title="FDI lũy kế"
        description="Đạt 120 triệu USD trên mục tiêu 200 triệu USD."
        monthLabels={['T7', 'T8', 'T9']}
        geometry={lineChartGeometry({
          monthCount: 3,
          cumulative: [50_000_000, 120_000_000],
          begun: 2,
          lastMonthShare: 1,
          target: 200_000_000,
        })}
        targetLabel="Mục tiêu"
        formatTick={(value) => `${value / 1_000_000} tr`}
        axisLabel="USD"
      />,
    )
    expect(html).toMatch(/^<svg role="img" aria-labelledby="chart-title chart-desc"/)
    expect(html).toContain('<desc id="chart-desc">Đạt 120 triệu USD trên mục tiêu 200 triệu USD.</desc>')
    const drawn = texts(html)
    expect(drawn[0]).toBe('0 tr')
    expect(drawn).toEqual(expect.arrayContaining(['USD', 'Mục tiêu', '120 tr']))
  })
})
