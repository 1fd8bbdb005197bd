/**
 * Lighthouse (npm `lighthouse`, its CLI) with the desktop preset, on Debian's Chromium
 * (CHROME_PATH, /usr/bin/chromium by default) with the flags that keep it off the
 * network. The session cookie goes in as an extra header, so the pages open signed in.
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { LIGHTHOUSE } from './paths'

const run = promisify(execFile)

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const

export type LighthouseScores = {
  performance: number
  accessibility: number
  metrics: Record<keyof typeof METRICS, number>
  /** accessibility audits that failed, by id */
  failedA11yAudits: string[]
}

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>
  runtimeError?: { code: string; message: string }
}

function chromePath(): string | undefined {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium'
  return existsSync(candidate) ? candidate : undefined
}

async function runOnce(url: string, workDir: string, headersFile: string): Promise<Report> {
  const output = path.join(workDir, 'report.json')
  const chrome = chromePath()
  await run(
    LIGHTHOUSE,
    [
      url,
      '--preset=desktop',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
      `--extra-headers=${headersFile}`,
      '--quiet',
    ],
    { env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report
  if (report.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`)
  return report
}

/** Lighthouse's own trace recording fails now and then on a busy machine (NO_NAVSTART): such a run is tried again, twice at most. */
const TRANSIENT = /NO_NAVSTART|NO_FCP|Something went wrong with recording the trace/

async function runWithRetry(url: string, workDir: string, headersFile: string): Promise<Report> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(url, workDir, headersFile)
    } catch (error) {
      const text = `${(error as { stderr?: string }).stderr ?? ''} ${(error as Error).message}`
      if (attempt >= 3 || !TRANSIENT.test(text)) throw error
      console.log(`  Lighthouse on ${url} failed to record its trace (attempt ${attempt}); trying again`)
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100)

export async function runLighthouse(url: string, cookie: string, runs: number): Promise<LighthouseScores> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'tiendo-lighthouse-'))
  try {
    const headersFile = path.join(workDir, 'headers.json')
    writeFileSync(headersFile, JSON.stringify({ Cookie: cookie }), { mode: 0o600 })
    const reports: Report[] = []
    for (let index = 0; index < runs; index += 1) reports.push(await runWithRetry(url, workDir, headersFile))
    // The run with the median performance score stands for the page.
    const performance = median(reports.map((report) => score(report, 'performance')))
    const chosen = reports.find((report) => score(report, 'performance') === performance) ?? reports[0]!
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([name, id]) => [
        name,
        Math.round((chosen.audits[id]?.numericValue ?? 0) * 1000) / 1000,
      ]),
    ) as LighthouseScores['metrics']
    const failedA11yAudits = (chosen.categories.accessibility?.auditRefs ?? [])
      .map((ref) => ({ id: ref.id, audit: chosen.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode === 'binary' && audit.score === 0)
      .map(({ id }) => id)
    return {
      performance,
      accessibility: Math.min(...reports.map((report) => score(report, 'accessibility'))),
      metrics,
      failedA11yAudits,
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
}
