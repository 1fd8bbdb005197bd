/**
 * bench/results/latest.json (the shape issue 6 fixes, so runs can be compared over time)
 * and bench/results/latest.md (the same figures with the details that explain them, and
 * each budget marked met or missed).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { type BundleSizes } from './bundle-size'
import { type LighthouseScores } from './lighthouse'
import { type LoadResult } from './load'
import { type PageName } from './pages'
import { RESULTS_DIR, SIZE_LABEL, type Size } from './paths'

export type PageResult = {
  name: PageName
  reqPerSec: number
  p95Ms: number
  ratioToBaseline: number
  /** only when the page answered 404: it was not measured */
  missing?: true
}

export type LatestJson = {
  pages: PageResult[]
  scale: {
    /** the cold work: the overview's cache cleared before each run */
    progressMs: Record<'1k' | '10k' | '100k', number>
    progressGrowth: number
    /** a request while the database is unchanged: the cache's validity check and its result */
    progressWarmMs?: Record<'1k' | '10k' | '100k', number>
  }
  jsKbGzipMaxRoute: number
  jsKbGzipByRoute: Record<string, number>
  lighthouse: Record<string, { performance: number; accessibility: number }>
  machine: { cores: number; node: string }
  at: string
}

export type ProgressTiming = {
  period: unknown
  goals: number
  /** cold: every query runs */
  medianMs: number
  /** warm: served from the overview's cache (absent from runs before it existed) */
  warmMedianMs?: number
  parts: Record<string, number>
}

/** What latest.md shows beyond latest.json. */
export type Details = {
  quick: boolean
  connections: number
  durationSeconds: number
  totalSeconds: number
  loadSize: Size
  pagePaths: Record<string, string>
  load: Partial<Record<PageName, LoadResult>>
  /** the two baseline runs (first and last); their mean is the baseline */
  baselineRuns: number[]
  progress: Partial<Record<Size, ProgressTiming>>
  bundles: BundleSizes
  lighthouse: Record<string, LighthouseScores>
  seeding: { size: Size; seedMs: number; seededAt: string; seededNow: boolean; rows: number }[]
}

export const BUDGETS = {
  minRatioToBaseline: 0.5,
  maxProgressGrowth: 3,
  maxJsKbGzip: 150,
  minLighthousePerformance: 95,
  lighthouseAccessibility: 100,
  maxSeedMs10k: 60_000,
} as const

type BudgetCheck = { budget: string; measured: string; limit: string; met: boolean | null }

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

export function checkBudgets(result: LatestJson, details: Details): BudgetCheck[] {
  const checks: BudgetCheck[] = []
  for (const page of result.pages) {
    if (page.name === 'baseline') continue
    checks.push({
      budget: `${page.name}: req/s vs baseline`,
      measured: page.missing ? 'not measured (404: the page does not exist yet)' : `${round(page.ratioToBaseline, 2)}×`,
      limit: `≥ ${BUDGETS.minRatioToBaseline}×`,
      met: page.missing ? null : page.ratioToBaseline >= BUDGETS.minRatioToBaseline,
    })
  }
  checks.push({
    budget: 'progress overview data work, 100k ÷ 1k',
    measured: `${round(result.scale.progressGrowth, 2)}×`,
    limit: `≤ ${BUDGETS.maxProgressGrowth}×`,
    met: result.scale.progressGrowth <= BUDGETS.maxProgressGrowth,
  })
  checks.push({
    budget: 'largest route JavaScript (gzip)',
    measured: `${result.jsKbGzipMaxRoute} KB (${details.bundles.maxRoute})`,
    limit: `≤ ${BUDGETS.maxJsKbGzip} KB`,
    met: result.jsKbGzipMaxRoute <= BUDGETS.maxJsKbGzip,
  })
  for (const [name, scores] of Object.entries(result.lighthouse)) {
    checks.push({
      budget: `Lighthouse ${name}: performance`,
      measured: String(scores.performance),
      limit: `≥ ${BUDGETS.minLighthousePerformance}`,
      met: scores.performance >= BUDGETS.minLighthousePerformance,
    })
    checks.push({
      budget: `Lighthouse ${name}: accessibility`,
      measured: String(scores.accessibility),
      limit: `= ${BUDGETS.lighthouseAccessibility}`,
      met: scores.accessibility >= BUDGETS.lighthouseAccessibility,
    })
  }
  const seed10k = details.seeding.find((entry) => entry.size === 10_000)
  if (seed10k) {
    checks.push({
      budget: 'seeding 10 000 projects',
      measured: `${round(seed10k.seedMs / 1000)} s${seed10k.seededNow ? '' : ` (seeded ${seed10k.seededAt}, reused)`}`,
      limit: `< ${BUDGETS.maxSeedMs10k / 1000} s`,
      met: seed10k.seedMs < BUDGETS.maxSeedMs10k,
    })
  }
  return checks
}

const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**')

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function renderMarkdown(result: LatestJson, details: Details): string {
  const checks = checkBudgets(result, details)
  const missed = checks.filter((check) => check.met === false).length
  const unmeasured = checks.filter((check) => check.met === null).length
  const lines: string[] = []
  lines.push('# Benchmark results', '')
  lines.push(
    `${result.at} · ${details.quick ? '`npm run bench -- --quick`' : '`npm run bench`'} · ` +
      `${result.machine.cores} cores · Node ${result.machine.node} · ${Math.round(details.totalSeconds)} s in all`,
    '',
    'Generated by bench/run.ts; docs/performance.md explains how to read it. Ratios are taken in one run: ' +
      'absolute figures move with the load on this shared machine.',
    '',
  )
  lines.push(
    `## Budgets: ${checks.length - missed - unmeasured} met, ${missed} missed` +
      (unmeasured ? `, ${unmeasured} not measured` : ''),
    '',
  )
  lines.push(
    table(
      ['Budget', 'Measured', 'Limit', 'Result'],
      checks.map((c) => [c.budget, c.measured, c.limit, mark(c.met)]),
    ),
  )

  lines.push('', `## Pages under load (${details.loadSize.toLocaleString('en')} projects)`, '')
  lines.push(
    `autocannon, ${details.connections} connections, at least ${details.durationSeconds} s per page after a warm-up ` +
      '(longer for a slow page, so that every connection completes a few requests), each run on an idle server, ' +
      'compressed as a browser accepts it (gzip, deflate, br: the server answers with Brotli), signed in as a viewer. p95 is computed from every response time of the run. ' +
      `The baseline is the mean of a run before the pages and one after (${details.baselineRuns
        .map((value) => round(value))
        .join(' and ')} req/s).`,
    '',
  )
  lines.push(
    table(
      ['Page', 'Path', 'req/s', '× baseline', 'p50 ms', 'p95 ms', 'p99 ms', 'Responses', 'Seconds'],
      result.pages.map((page) => {
        const load = details.load[page.name]
        const pathText = `\`${details.pagePaths[page.name] ?? ''}\``
        if (page.missing || !load) return [page.name, pathText, 'missing (404)', '', '', '', '', '', '']
        return [
          page.name,
          pathText,
          round(page.reqPerSec),
          round(page.ratioToBaseline, 2),
          round(load.p50Ms),
          round(page.p95Ms),
          round(load.p99Ms),
          load.requests,
          load.seconds,
        ]
      }),
    ),
  )

  lines.push('', '## Progress overview data work', '')
  lines.push(
    'The /progress loader’s data work for the current quarter (getProgressOverview), in-process ' +
      '(bench/progress-timing.ts): the median of repeated runs after warm-up; the parts are timed alone. ' +
      '“Cold” clears the overview’s cache before each run, so every query runs (the budget is on it); “warm” is ' +
      'a request while the database is unchanged, answered from the cache after its validity check ' +
      `(docs/decisions/010). Growth 100k ÷ 1k, cold: **${round(result.scale.progressGrowth, 2)}×**.`,
    '',
  )
  const partNames = Object.keys(Object.values(details.progress)[0]?.parts ?? {})
  lines.push(
    table(
      ['Projects', 'Goals', 'Cold ms', 'Warm ms', ...partNames.map((name) => `${name} ms`)],
      Object.entries(details.progress).map(([size, timing]) => [
        SIZE_LABEL[Number(size) as Size],
        timing.goals,
        round(timing.medianMs, 2),
        timing.warmMedianMs === undefined ? '–' : round(timing.warmMedianMs, 2),
        ...partNames.map((name) => round(timing.parts[name] ?? 0, 2)),
      ]),
    ),
  )

  lines.push('', '## JavaScript per route (gzip)', '')
  lines.push(
    'Entry client, root, the route and its parents, and all they import statically (lazy imports excluded), ' +
      `each file gzipped as served. Largest: **${details.bundles.maxRoute}, ${details.bundles.maxKb} KB**.`,
    '',
  )
  lines.push(
    table(
      ['Route', 'KB', 'Budget'],
      Object.entries(result.jsKbGzipByRoute)
        .sort(([, a], [, b]) => b - a)
        .map(([route, kb]) => [route, kb, kb <= BUDGETS.maxJsKbGzip ? 'met' : '**missed**']),
    ),
  )

  lines.push('', '## Lighthouse (desktop preset)', '')
  lines.push(
    table(
      ['Page', 'Performance', 'Accessibility', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'Failed accessibility audits'],
      Object.entries(details.lighthouse).map(([name, scores]) => [
        name,
        scores.performance,
        scores.accessibility,
        Math.round(scores.metrics.fcpMs),
        Math.round(scores.metrics.lcpMs),
        Math.round(scores.metrics.tbtMs),
        round(scores.metrics.cls, 3),
        scores.failedA11yAudits.join(', ') || 'none',
      ]),
    ),
  )

  lines.push('', '## Seeding', '')
  lines.push(
    table(
      ['Projects', 'Rows in all', 'Seeding s', 'Seeded'],
      details.seeding.map((entry) => [
        entry.size.toLocaleString('en'),
        entry.rows.toLocaleString('en'),
        round(entry.seedMs / 1000),
        entry.seededNow ? 'this run' : `${entry.seededAt} (reused)`,
      ]),
    ),
  )
  return `${lines.join('\n')}\n`
}

export function writeResults(result: LatestJson, details: Details): { json: string; markdown: string } {
  mkdirSync(RESULTS_DIR, { recursive: true })
  const json = path.join(RESULTS_DIR, 'latest.json')
  const markdown = path.join(RESULTS_DIR, 'latest.md')
  writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(markdown, renderMarkdown(result, details))
  return { json, markdown }
}
