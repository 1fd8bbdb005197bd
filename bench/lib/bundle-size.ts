/**
 * The JavaScript a browser loads for each route of the production build: the entry
 * client, the route's module and those of its parent routes (root included), and every
 * chunk those import statically, transitively. Lazy `import()`s are not counted: they load
 * only when used. Each file is gzipped on its own, as the server's compression sends it.
 * The route modules come from the Remix manifest (build/client/assets/manifest-*.js); the
 * imports are read from the chunks themselves, so nothing depends on Vite's manifest.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

type RemixManifest = {
  entry: { module: string; imports: string[] }
  routes: Record<string, { id: string; parentId?: string; module: string; imports?: string[] }>
}

export type BundleSizes = { byRoute: Record<string, number>; maxRoute: string; maxKb: number }

function readRemixManifest(clientDir: string): RemixManifest {
  const assets = path.join(clientDir, 'assets')
  const file = readdirSync(assets).find((name) => /^manifest-[\w-]+\.js$/.test(name))
  if (!file) throw new Error(`No Remix manifest in ${assets}: run npm run build first`)
  const source = readFileSync(path.join(assets, file), 'utf8').trim()
  const json = source.replace(/^window\.__remixManifest\s*=\s*/, '').replace(/;$/, '')
  return JSON.parse(json) as RemixManifest
}

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{c}from"./x.js"`; never `import("./x.js")`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g

function staticImportsOf(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1]!)
}

/** URL path (/assets/x.js) → its gzipped size, following static imports. */
function closure(clientDir: string, roots: readonly string[], gzipCache: Map<string, number>): number {
  const seen = new Set<string>()
  const queue = [...roots]
  let bytes = 0
  while (queue.length > 0) {
    const urlPath = queue.pop()!
    if (seen.has(urlPath)) continue
    seen.add(urlPath)
    const source = readFileSync(path.join(clientDir, urlPath))
    let size = gzipCache.get(urlPath)
    if (size === undefined) {
      size = gzipSync(source).length
      gzipCache.set(urlPath, size)
    }
    bytes += size
    for (const specifier of staticImportsOf(source.toString('utf8'))) {
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue
      queue.push(specifier.startsWith('/') ? specifier : path.posix.join(path.posix.dirname(urlPath), specifier))
    }
  }
  return bytes
}

export function measureBundles(clientDir: string): BundleSizes {
  const manifest = readRemixManifest(clientDir)
  const gzipCache = new Map<string, number>()
  const byRoute: Record<string, number> = {}
  for (const route of Object.values(manifest.routes)) {
    if (route.id === 'root') continue
    const roots = [manifest.entry.module, ...manifest.entry.imports]
    for (let current: typeof route | undefined = route; current;) {
      roots.push(current.module, ...(current.imports ?? []))
      current = current.parentId ? manifest.routes[current.parentId] : undefined
    }
    byRoute[route.id] = Math.round((closure(clientDir, roots, gzipCache) / 1024) * 10) / 10
  }
  const sorted = Object.entries(byRoute).sort(([a], [b]) => a.localeCompare(b))
  const [maxRoute, maxKb] = sorted.reduce((max, entry) => (entry[1] > max[1] ? entry : max), ['', 0])
  return { byRoute: Object.fromEntries(sorted), maxRoute, maxKb }
}
