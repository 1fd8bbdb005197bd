/**
 * The routes the app serves, as Remix finds them: app/routes.ts's own flatRoutes() output,
 * so every convention it follows (.ts/.tsx/.js/.jsx files, folder routes such as
 * routes/x/route.tsx, the ignored test files and `__` helpers) is followed here too.
 */
import { type RouteConfigEntry } from '@remix-run/route-config'

export type DiscoveredRoute = {
  /** The route's id without "routes/": the file's name without its extension, or the folder's. */
  routeId: string
  /** The module's file, relative to the app directory ("routes/x/route.tsx"). */
  file: string
}

/** Every route of a route config, nested ones included, sorted by id. */
export function routesOf(config: readonly RouteConfigEntry[]): DiscoveredRoute[] {
  const found: DiscoveredRoute[] = []
  const visit = (entries: readonly RouteConfigEntry[]) => {
    for (const entry of entries) {
      const id = entry.id ?? entry.file.replace(/\.[^./]+$/, '')
      found.push({ routeId: id.replace(/^routes\//, ''), file: entry.file })
      if (entry.children) visit(entry.children)
    }
  }
  visit(config)
  // By code point, the same order on every machine and locale.
  return found.sort((a, b) => (a.routeId < b.routeId ? -1 : a.routeId > b.routeId ? 1 : 0))
}

/**
 * Evaluates app/routes.ts for an app directory, as Remix's Vite plugin does: it sets the
 * directory flatRoutes() reads (a global of @remix-run/dev), then loads the module. A test
 * file evaluates it once; the module is not evaluated again for another directory.
 */
export async function discoverRoutes(appDirectory: string): Promise<DiscoveredRoute[]> {
  ;(globalThis as { __remixAppDirectory?: string }).__remixAppDirectory = appDirectory
  const { default: config } = await import('../app/routes')
  return routesOf(await config)
}
