/**
 * `npm run bench` (and `npm run bench -- --quick`): how fast Tiendo is against the ceiling
 * of server rendering here, and how its cost grows with the register. See
 * docs/performance.md. Not part of `npm test`. Run from the repository root.
 *
 * 1. builds the production app; 2. makes or reuses the bench databases (1k, 10k, 100k
 * projects); 3. times the progress overview's data work on each; 4. measures the
 * JavaScript each route loads; 5. loads the pages of the production server on the 10k
 * database with autocannon, against a baseline page; 6. runs Lighthouse on three pages;
 * 7. writes bench/results/latest.json and latest.md.
 */
import { availableParallelism } from 'node:os'
import { buildApp } from './lib/build'
import { measureBundles } from './lib/bundle-size'
import { runTsxForJson } from './lib/child'
import { ensureBenchDatabase, schemaHash, type BenchDatabase } from './lib/databases'
import { runLighthouse, type LighthouseScores } from './lib/lighthouse'
import { type LoadResult, measureLoad, probe } from './lib/load'
import { readOptions } from './lib/options'
import { LIGHTHOUSE_PAGES, type PageName, benchPages } from './lib/pages'
import { LOAD_SIZE, SIZES, SIZE_LABEL, type Size } from './lib/paths'
import {
  type Details,
  type LatestJson,
  type PageResult,
  type ProgressTiming,
  checkBudgets,
  writeResults,
} from './lib/report'
import { startServer } from './lib/server'
import { signInAsViewer } from './lib/sign-in'

type Prepared = {
  viewerCreated: boolean
  goalsCreated: number
  period: string
  longHistory: { id: string; entries: number }
  projectList: { total: number; rowsOnPage: number }
}

const describeLoad = (name: string, result: LoadResult) =>
  `${name.padEnd(18)} ${result.reqPerSec.toFixed(1).padStart(7)} req/s  p95 ${result.p95Ms.toFixed(0).padStart(5)} ms` +
  `  (${result.requests} responses in ${result.seconds} s)`

const options = readOptions(process.argv.slice(2))
const startedAt = performance.now()
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`
const step = (text: string) => console.log(`\n[${elapsed()}] ${text}`)

console.log(
  `Tiendo benchmark${options.quick ? ' (quick)' : ''}: ${availableParallelism()} cores, Node ${process.version}`,
)

step('Building the production app')
const app = buildApp()
try {
  step('Bench databases (bench/dbs/)')
  const hash = schemaHash()
  const databases = new Map<Size, BenchDatabase>()
  const prepared = new Map<Size, Prepared>()
  for (const size of SIZES) {
    const database = await ensureBenchDatabase(size, hash)
    databases.set(size, database)
    const seeding = database.seededNow ? `seeded in ${(database.seedMs / 1000).toFixed(1)} s` : 'reused'
    const info = await runTsxForJson<Prepared>('bench/prepare-db.ts', [], { DATABASE_URL: database.url })
    prepared.set(size, info)
    console.log(
      `  ${SIZE_LABEL[size].padEnd(4)} ${database.rows.toLocaleString('en')} rows, ${seeding}; ` +
        `${info.goalsCreated} goals added for ${info.period}; longest history ${info.longHistory.entries} entries`,
    )
  }
  const loadDb = databases.get(LOAD_SIZE)!
  const loadInfo = prepared.get(LOAD_SIZE)!
  if (loadInfo.projectList.rowsOnPage === 0) {
    throw new Error(`The project-list search finds ${loadInfo.projectList.total} projects at 10k: no page 3 to measure`)
  }

  step('Progress overview data work, in-process')
  const progress: Partial<Record<Size, ProgressTiming>> = {}
  for (const size of SIZES) {
    const timing = await runTsxForJson<ProgressTiming>(
      'bench/progress-timing.ts',
      [String(options.progressRuns), String(options.progressWarmups)],
      { DATABASE_URL: databases.get(size)!.url },
    )
    progress[size] = timing
    console.log(
      `  ${SIZE_LABEL[size].padEnd(4)} ${timing.medianMs.toFixed(2)} ms cold, ${(timing.warmMedianMs ?? 0).toFixed(2)} ms warm (${timing.goals} goals)`,
    )
  }

  step('JavaScript per route')
  const bundles = measureBundles(app.clientDir)
  console.log(`  largest: ${bundles.maxRoute}, ${bundles.maxKb} KB gzip`)

  step(`Production server on the ${SIZE_LABEL[LOAD_SIZE]} database`)
  const server = await startServer(app, loadDb.url)
  const load: Partial<Record<PageName, LoadResult>> = {}
  const missing = new Set<PageName>()
  const baselineRuns: number[] = []
  const lighthouse: Record<string, LighthouseScores> = {}
  const pages = benchPages(loadInfo.longHistory.id)
  try {
    const cookie = await signInAsViewer(server.origin)
    console.log(`  ${server.origin}, signed in as a viewer`)
    for (const page of pages) {
      const status = await probe(server.origin + page.path, cookie)
      if (status === 404 && page.mayBeMissing) {
        missing.add(page.name)
        console.log(`  ${page.name}: ${page.path} answers 404, recorded as missing`)
      } else if (status !== 200) {
        throw new Error(`${page.name}: ${page.path} answers HTTP ${status}, not 200`)
      }
    }

    step(`Load: ${options.connections} connections, ${options.durationSeconds} s a page`)
    const settings = { ...options, cookie }
    const baselineUrl = server.origin + pages[0]!.path
    const measureBaseline = async () => {
      const result = await measureLoad('baseline', baselineUrl, settings)
      baselineRuns.push(result.reqPerSec)
      console.log(`  ${describeLoad('baseline', result)}`)
      return result
    }
    const firstBaseline = await measureBaseline()
    for (const page of pages.slice(1)) {
      if (missing.has(page.name)) continue
      const result = await measureLoad(page.name, server.origin + page.path, settings)
      load[page.name] = result
      console.log(`  ${describeLoad(page.name, result)}`)
    }
    // Measured again at the end, so a machine that slowed down during the run shows in both.
    const lastBaseline = await measureBaseline()
    load.baseline = {
      reqPerSec: (firstBaseline.reqPerSec + lastBaseline.reqPerSec) / 2,
      p95Ms: (firstBaseline.p95Ms + lastBaseline.p95Ms) / 2,
      p50Ms: (firstBaseline.p50Ms + lastBaseline.p50Ms) / 2,
      p99Ms: (firstBaseline.p99Ms + lastBaseline.p99Ms) / 2,
      requests: firstBaseline.requests + lastBaseline.requests,
      seconds: firstBaseline.seconds + lastBaseline.seconds,
    }

    step(`Lighthouse, desktop preset, ${options.lighthouseRuns} run(s) a page`)
    for (const name of LIGHTHOUSE_PAGES) {
      const page = pages.find((candidate) => candidate.name === name)!
      const scores = await runLighthouse(server.origin + page.path, cookie, options.lighthouseRuns)
      lighthouse[name] = scores
      console.log(`  ${name.padEnd(19)} performance ${scores.performance}, accessibility ${scores.accessibility}`)
    }
  } catch (error) {
    console.error(`Server log (last lines):\n${server.logTail()}`)
    throw error
  } finally {
    await server.stop()
  }

  const baseline = load.baseline!.reqPerSec
  const pageResults: PageResult[] = pages.map((page) => {
    const result = load[page.name]
    if (!result) return { name: page.name, reqPerSec: 0, p95Ms: 0, ratioToBaseline: 0, missing: true }
    return {
      name: page.name,
      reqPerSec: Math.round(result.reqPerSec * 10) / 10,
      p95Ms: Math.round(result.p95Ms * 10) / 10,
      ratioToBaseline: Math.round((result.reqPerSec / baseline) * 1000) / 1000,
    }
  })
  const progressMs = {
    '1k': progress[1_000]!.medianMs,
    '10k': progress[10_000]!.medianMs,
    '100k': progress[100_000]!.medianMs,
  }
  const result: LatestJson = {
    pages: pageResults,
    scale: {
      progressMs,
      progressGrowth: Math.round((progressMs['100k'] / progressMs['1k']) * 100) / 100,
      progressWarmMs: {
        '1k': progress[1_000]!.warmMedianMs ?? 0,
        '10k': progress[10_000]!.warmMedianMs ?? 0,
        '100k': progress[100_000]!.warmMedianMs ?? 0,
      },
    },
    jsKbGzipMaxRoute: bundles.maxKb,
    jsKbGzipByRoute: bundles.byRoute,
    lighthouse: Object.fromEntries(
      Object.entries(lighthouse).map(([name, scores]) => [
        name,
        { performance: scores.performance, accessibility: scores.accessibility },
      ]),
    ),
    machine: { cores: availableParallelism(), node: process.version },
    at: new Date().toISOString(),
  }
  const details: Details = {
    quick: options.quick,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    totalSeconds: (performance.now() - startedAt) / 1000,
    loadSize: LOAD_SIZE,
    pagePaths: Object.fromEntries(pages.map((page) => [page.name, page.path])),
    load,
    baselineRuns,
    progress,
    bundles,
    lighthouse,
    seeding: [...databases.values()].map(({ size, seedMs, seededAt, seededNow, rows }) => ({
      size,
      seedMs,
      seededAt,
      seededNow,
      rows,
    })),
  }
  const written = writeResults(result, details)

  step('Budgets')
  for (const check of checkBudgets(result, details)) {
    const verdict = check.met === null ? 'not measured' : check.met ? 'met' : 'MISSED'
    console.log(`  ${verdict.padEnd(12)} ${check.budget}: ${check.measured} (${check.limit})`)
  }
  console.log(`\nWrote ${written.json} and ${written.markdown} in ${elapsed()}.`)
} finally {
  app.remove()
}
