/**
 * HTTP load with autocannon: one page at a time, a warm-up that is not recorded, then the
 * measured run, each started on an idle server (requests still queued from the run before
 * would otherwise count against the next page). A slow page gets a longer run, so that
 * each connection completes a few requests whatever the page costs. Every response must be
 * 2xx: a redirect (an expired session), a 404 or a 500 fails the benchmark rather than
 * making a page look fast.
 */
import autocannon from 'autocannon'

/** Each connection completes at least this many requests in a measured run… */
const MIN_REQUESTS_PER_CONNECTION = 3
/** …within this many seconds at most. */
const MAX_RUN_SECONDS = 60
/** A server is idle when its health check answers this fast twice in a row. */
const IDLE_MS = 50
const IDLE_TIMEOUT_MS = 180_000

export type LoadSettings = { connections: number; warmupSeconds: number; durationSeconds: number; cookie: string }

export type LoadResult = {
  reqPerSec: number
  /** the 95th percentile of the measured run's response times, computed from every response */
  p95Ms: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** seconds of the measured run (longer than asked for a slow page) */
  seconds: number
}

/** What a browser sends for a page: the compressed document, with the session. */
function headersFor(cookie: string): Record<string, string> {
  return {
    Cookie: cookie,
    Accept: 'text/html,application/xhtml+xml',
    // As Chromium asks for it (zstd, which it also offers, the server does not speak): the
    // server answers with Brotli, as it does a browser.
    'Accept-Encoding': 'gzip, deflate, br',
    'Accept-Language': 'vi,en;q=0.8',
    'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  }
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index]!
}

function run(url: string, seconds: number, settings: LoadSettings, onLatency?: (ms: number) => void) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: settings.connections,
        duration: seconds,
        timeout: MAX_RUN_SECONDS,
        headers: headersFor(settings.cookie),
      },
      (error: unknown, result: autocannon.Result) => (error ? reject(error) : resolve(result)),
    )
    if (onLatency) instance.on('response', (_client, _status, _bytes, responseTime) => onLatency(responseTime))
  })
}

function assertAllOk(name: string, result: autocannon.Result) {
  if (result.non2xx === 0 && result.errors === 0 && result.timeouts === 0) return
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stats]) => `${code}×${stats.count ?? 0}`)
    .join(', ')
  throw new Error(
    `${name}: ${result.non2xx} non-2xx responses (${codes}), ${result.errors} errors, ${result.timeouts} timeouts`,
  )
}

/** The page's status for one request, before loading it (a missing page is reported, not loaded). */
export async function probe(url: string, cookie: string): Promise<number> {
  const response = await fetch(url, { headers: headersFor(cookie), redirect: 'manual' })
  await response.arrayBuffer()
  return response.status
}

/** Waits until the server has finished what earlier runs left queued. */
async function waitUntilIdle(origin: string) {
  const deadline = Date.now() + IDLE_TIMEOUT_MS
  let fast = 0
  while (fast < 2) {
    if (Date.now() > deadline) throw new Error(`The server at ${origin} stayed busy for ${IDLE_TIMEOUT_MS / 1000} s`)
    const started = performance.now()
    const response = await fetch(`${origin}/healthz`)
    await response.arrayBuffer()
    fast = performance.now() - started < IDLE_MS ? fast + 1 : 0
    if (fast < 2) await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The median time of three requests one after another on an idle server. */
async function singleRequestMs(url: string, cookie: string): Promise<number> {
  const times: number[] = []
  for (let index = 0; index < 3; index += 1) {
    const started = performance.now()
    const status = await probe(url, cookie)
    if (status < 200 || status >= 300) throw new Error(`${url} answers HTTP ${status}`)
    times.push(performance.now() - started)
  }
  return times.sort((a, b) => a - b)[1]!
}

export async function measureLoad(name: string, url: string, settings: LoadSettings): Promise<LoadResult> {
  const origin = new URL(url).origin
  await waitUntilIdle(origin)
  // One server process serves the connections in turn, so a round of them takes about
  // connections × the single-request time.
  const roundSeconds = (settings.connections * (await singleRequestMs(url, settings.cookie))) / 1000
  const warmupSeconds = Math.min(MAX_RUN_SECONDS, Math.max(settings.warmupSeconds, Math.ceil(roundSeconds)))
  const seconds = Math.min(
    MAX_RUN_SECONDS,
    Math.max(settings.durationSeconds, Math.ceil(MIN_REQUESTS_PER_CONNECTION * roundSeconds)),
  )
  if (settings.warmupSeconds > 0) {
    assertAllOk(`${name} (warm-up)`, await run(url, warmupSeconds, settings))
    await waitUntilIdle(origin)
  }
  const latencies: number[] = []
  const result = await run(url, seconds, settings, (ms) => latencies.push(ms))
  assertAllOk(name, result)
  if (latencies.length < settings.connections) {
    throw new Error(`${name}: only ${latencies.length} responses in ${seconds} s, too few for a figure`)
  }
  latencies.sort((a, b) => a - b)
  return {
    reqPerSec: result.requests.average,
    p95Ms: percentile(latencies, 0.95),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    requests: latencies.length,
    seconds,
  }
}
