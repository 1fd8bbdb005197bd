/**
 * Profiles the production server under load on one page and on the baseline:
 * `npm run bench:profile -- <page>` (a page name of latest.json, e.g. progress-overview). Runs
 * the server with --cpu-prof on the 10k bench database (prepared by `npm run bench` first),
 * loads the baseline and then the page for 10 s each with autocannon, each on a fresh server,
 * and prints where the CPU time of one request goes, in milliseconds, for both and their
 * difference: by package, by the component React was rendering, by function of the app.
 *
 * The budget is a ratio to the baseline, so the difference is what matters: work both pay
 * (matching the route, the layout, the shell's compression) makes both faster and leaves
 * the ratio where it was. Profiled figures are about 1.5× the unprofiled ones.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { type AppBuild, buildApp } from './lib/build'
import { measureLoad } from './lib/load'
import { benchPages, type PageName, type PageSpec } from './lib/pages'
import { ROOT } from './lib/paths'
import { startServer } from './lib/server'
import { signInAsViewer } from './lib/sign-in'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }
/** Milliseconds of CPU per request, by key. */
type PerRequest = {
  total: number
  packages: Map<string, number>
  components: Map<string, number>
  app: Map<string, number>
}

const WARMUP_SECONDS = 2
const DURATION_SECONDS = 10

const pageName = (process.argv[2] ?? 'progress-overview') as PageName
const databaseFile = path.join(ROOT, 'bench/dbs/scale-10000.db')
// The project page of latest.json: the project with the longest status history.
const database = new Database(databaseFile, { readonly: true })
const longHistoryId = (
  database
    .prepare('SELECT projectId AS id FROM StatusChange GROUP BY projectId ORDER BY COUNT(*) DESC, projectId LIMIT 1')
    .get() as { id: string }
).id
database.close()
const pages = benchPages(longHistoryId)
const page = pages.find((candidate) => candidate.name === pageName)
if (!page) throw new Error(`No page named ${pageName}; one of ${pages.map((candidate) => candidate.name).join(', ')}`)
const baseline = pages.find((candidate) => candidate.name === 'baseline')!

const app = buildApp()
try {
  const baselineCost = await profilePage(app, baseline)
  const pageCost = await profilePage(app, page)
  console.log(
    `\nCPU per request: baseline ${baselineCost.total.toFixed(3)} ms, ${page.name} ${pageCost.total.toFixed(3)} ms ` +
      `(${(baselineCost.total / pageCost.total).toFixed(2)}×)`,
  )
  printDifference('By package or file', baselineCost.packages, pageCost.packages, 20)
  printDifference(
    'By the component React was rendering (its own work and its hooks)',
    baselineCost.components,
    pageCost.components,
    20,
  )
  printDifference("The app's functions, self time", baselineCost.app, pageCost.app, 20)
} finally {
  app.remove()
}

async function profilePage(build: AppBuild, spec: PageSpec): Promise<PerRequest> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'tiendo-profile-'))
  const server = await startServer(build, `file:${databaseFile}`, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`])
  let requests = 0
  try {
    const cookie = await signInAsViewer(server.origin)
    const html = await (await fetch(server.origin + spec.path, { headers: { Cookie: cookie } })).text()
    const scriptBytes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
      (sum, match) => sum + match[1]!.length,
      0,
    )
    if (process.env.PROFILE_SAVE_HTML) writeFileSync(`${process.env.PROFILE_SAVE_HTML}.${spec.name}.html`, html)
    const result = await measureLoad(spec.name, server.origin + spec.path, {
      connections: 20,
      warmupSeconds: WARMUP_SECONDS,
      durationSeconds: DURATION_SECONDS,
      cookie,
    })
    // The warm-up's requests are in the profile too: count them at the measured rate.
    requests = result.requests * (1 + WARMUP_SECONDS / result.seconds)
    console.log(
      `${spec.name}: ${(html.length / 1024).toFixed(1)} KB of HTML (${(scriptBytes / 1024).toFixed(1)} KB inline ` +
        `scripts), ${(html.match(/<[a-zA-Z]/g) ?? []).length} elements; ${result.reqPerSec.toFixed(1)} req/s under the profiler`,
    )
  } finally {
    await server.stop()
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))!
  return perRequest(JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as Profile, requests)
}

function perRequest(profile: Profile, requests: number): PerRequest {
  const selfByNode = new Map<number, number>()
  profile.samples.forEach((id, index) =>
    selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  )
  const parentOf = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
  const where = (node: Node) =>
    node.callFrame.url
      .replace(/^file:\/\//, '')
      .replace(/.*node_modules\//, '')
      .replace(/.*build\/server\/index\.js/, 'app')
  const label = (node: Node) =>
    `${node.callFrame.functionName || '(anonymous)'} ${where(node)}:${node.callFrame.lineNumber + 1}`
  // React calls each function component from one place of its renderer (renderWithHooks,
  // minified): the frame right above it on a stack is the component being rendered.
  const renderWithHooks = /^[A-Za-z]{1,3} react-dom\/cjs\/react-dom-server[^:]*\.production\.min\.js:\d+$/
  const result: PerRequest = { total: 0, packages: new Map(), components: new Map(), app: new Map() }
  const add = (map: Map<string, number>, key: string, microseconds: number) =>
    map.set(key, (map.get(key) ?? 0) + microseconds / 1000 / requests)
  for (const [id, microseconds] of selfByNode) {
    const node = nodeById.get(id)!
    if (node.callFrame.functionName === '(idle)') continue
    result.total += microseconds / 1000 / requests
    const file = where(node)
    const packageName =
      file === 'app' || file.startsWith('node:') ? file : file.replace(/^((@[^/]+\/)?[^/]+).*/, '$1') || label(node)
    add(result.packages, packageName, microseconds)
    if (file === 'app') add(result.app, label(node), microseconds)
    let component: string | undefined
    let rendering = false
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = nodeById.get(current)!
      const parent = parentOf.get(current)
      if (
        !component &&
        parent !== undefined &&
        !where(frame).startsWith('react-dom/') &&
        renderWithHooks.test(label(nodeById.get(parent)!))
      )
        component = frame.callFrame.functionName || label(frame)
      if (/^(exports\.)?(renderToString|renderToPipeableStream) /.test(label(frame))) rendering = true
    }
    if (rendering) add(result.components, component ?? '(elements, and React itself)', microseconds)
  }
  return result
}

function printDifference(title: string, base: Map<string, number>, page: Map<string, number>, count: number) {
  const keys = new Set([...base.keys(), ...page.keys()])
  const rows = [...keys]
    .map((key) => ({ key, base: base.get(key) ?? 0, page: page.get(key) ?? 0 }))
    .sort((a, b) => b.page - b.base - (a.page - a.base))
    .slice(0, count)
  console.log(`\n${title} (ms per request: baseline, page, difference):`)
  for (const row of rows)
    console.log(
      `  ${row.base.toFixed(3).padStart(7)} ${row.page.toFixed(3).padStart(7)} ${(row.page - row.base).toFixed(3).padStart(7)}  ${row.key.slice(0, 110)}`,
    )
}
