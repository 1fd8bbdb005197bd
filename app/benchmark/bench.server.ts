/**
 * The benchmark's baseline page (app/benchmark/baseline-route.tsx, docs/performance.md): a
 * small page rendered by the production server with no database work, the ceiling the
 * other pages are measured against. It exists only when the server runs with TIENDO_BENCH=1.
 */
export const BENCH_BASELINE_PATH = '/bench/baseline'

export function isBenchEnabled(): boolean {
  return process.env.TIENDO_BENCH === '1'
}

/** Whether a request is for the baseline page of a benchmark run (the root loader then skips the session lookup). */
export function isBenchBaselineRequest(request: Request): boolean {
  return isBenchEnabled() && new URL(request.url).pathname === BENCH_BASELINE_PATH
}
