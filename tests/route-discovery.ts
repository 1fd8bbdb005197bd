/**
 * The routes the app serves, as Remix finds them: app/routes.ts's own list, nested routes
 * included, each with the id Remix gives it and its module's file.
 */
import { type RouteConfigEntry } from '@remix-run/route-config'

export type DiscoveredRoute = {
  /** The route's id without "routes/" ("projects.$projectId.events"). */
  routeId: string
  /** The module's file, relative to the app directory ("features/projects/routes/register.tsx"). */
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

/** Every route app/routes.ts declares. */
export async function discoverRoutes(): Promise<DiscoveredRoute[]> {
  const { default: config } = await import('../app/routes')
  return routesOf(await config)
}
