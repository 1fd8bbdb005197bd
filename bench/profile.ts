/**
 * Profiles the production server under load on one page: `npm run bench:profile -- <page>`
 * (a page name of latest.json, e.g. progress-overview). Runs the server with --cpu-prof on
 * the 10k bench database (prepared by `npm run bench` first), loads the page for 10 s with
 * autocannon, and prints the functions with the most self time and the heaviest files.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp } from './lib/build'
import { measureLoad } from './lib/load'
import { benchPages, type PageName } from './lib/pages'
import { startServer } from './lib/server'
import { signInAsViewer } from './lib/sign-in'
import { ROOT } from './lib/paths'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const pageName = (process.argv[2] ?? 'progress-overview') as PageName
const databaseUrl = `file:${path.join(ROOT, 'bench/dbs/scale-10000.db')}`
// The project page of latest.json: the project with the longest status history.
const database = new Database(path.join(ROOT, 'bench/dbs/scale-10000.db'), { readonly: true })
const longHistoryId = (
  database
    .prepare('SELECT projectId AS id FROM StatusChange GROUP BY projectId ORDER BY COUNT(*) DESC, projectId LIMIT 1')
    .get() as { id: string }
).id
database.close()

const app = buildApp()
const profileDir = mkdtempSync(path.join(tmpdir(), 'tiendo-profile-'))
const server = await startServer(app, databaseUrl, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`])
try {
  const cookie = await signInAsViewer(server.origin)
  const page = benchPages(longHistoryId).find((candidate) => candidate.name === pageName)
  if (!page) throw new Error(`No page named ${pageName}`)
  const response = await fetch(server.origin + page.path, { headers: { Cookie: cookie } })
  const html = await response.text()
  const scriptBytes = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + match[1]!.length,
    0,
  )
  if (process.env.PROFILE_SAVE_HTML) writeFileSync(process.env.PROFILE_SAVE_HTML, html)
  console.log(
    `${page.name}: ${(html.length / 1024).toFixed(1)} KB of HTML, ${(scriptBytes / 1024).toFixed(1)} KB of it inline scripts`,
  )
  const result = await measureLoad(page.name, server.origin + page.path, {
    connections: 20,
    warmupSeconds: 2,
    durationSeconds: 10,
    cookie,
  })
  console.log(`${page.name}: ${result.reqPerSec.toFixed(1)} req/s, p95 ${result.p95Ms} ms`)
} finally {
  await server.stop()
  app.remove()
}

const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'))!
const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8')) as Profile
const selfByNode = new Map<number, number>()
profile.samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
const total = [...selfByNode.values()].reduce((sum, value) => sum + value, 0)
const byFunction = new Map<string, number>()
const byFile = new Map<string, number>()
for (const node of profile.nodes) {
  const self = selfByNode.get(node.id) ?? 0
  const where = node.callFrame.url.replace(/^file:\/\//, '').replace(/.*node_modules\//, 'nm/')
  const key = `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + self)
  const fileKey = where.replace(/^nm\/((@[^/]+\/)?[^/]+).*/, 'nm/$1') || node.callFrame.functionName
  byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + self)
}
// Inclusive time: a sample counts for every distinct function on its stack.
const parentOf = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id)
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
const keyOf = (node: Node) => {
  const where = node.callFrame.url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\//, 'nm/')
    .replace(/.*build\/server\//, 'app:')
  return `${node.callFrame.functionName || '(anonymous)'}  ${where}:${node.callFrame.lineNumber + 1}`
}
const inclusive = new Map<string, number>()
for (const [id, self] of selfByNode) {
  const seen = new Set<string>()
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    const key = keyOf(nodeById.get(current)!)
    if (seen.has(key)) continue
    seen.add(key)
    inclusive.set(key, (inclusive.get(key) ?? 0) + self)
  }
}
const appInclusive = new Map([...inclusive].filter(([key]) => key.includes('app:')))
const top = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, value]) => `  ${((100 * value) / total).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n')
console.log(`\nInclusive time, the app's own functions:\n${top(appInclusive, 40)}`)
console.log(`\nSelf time by function:\n${top(byFunction, 30)}\n\nSelf time by package or file:\n${top(byFile, 20)}`)
