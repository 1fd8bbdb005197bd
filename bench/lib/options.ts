/**
 * How long and how often `npm run bench` measures. `--quick` keeps every step but runs it
 * fewer and shorter times (under ten minutes on a 2-core machine once the databases exist).
 */
export type BenchOptions = {
  quick: boolean
  /** autocannon connections, the same for every page */
  connections: number
  /** seconds of load before each measured run, not recorded */
  warmupSeconds: number
  /** seconds of each measured run */
  durationSeconds: number
  /** timed runs of the progress overview's data work (after `progressWarmups` untimed ones) */
  progressRuns: number
  progressWarmups: number
  /** Lighthouse runs per page; the median score is kept */
  lighthouseRuns: number
}

const FULL: BenchOptions = {
  quick: false,
  connections: 20,
  warmupSeconds: 3,
  durationSeconds: 20,
  progressRuns: 30,
  progressWarmups: 5,
  lighthouseRuns: 3,
}

const QUICK: BenchOptions = {
  quick: true,
  connections: 20,
  warmupSeconds: 1,
  durationSeconds: 5,
  progressRuns: 9,
  progressWarmups: 2,
  lighthouseRuns: 1,
}

export function readOptions(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter((arg) => arg !== '--quick')
  if (unknown.length > 0)
    throw new Error(`Unknown argument(s): ${unknown.join(' ')}. Usage: npm run bench [-- --quick]`)
  return argv.includes('--quick') ? QUICK : FULL
}
