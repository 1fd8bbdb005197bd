/**
 * The app's own Remix request handler over a few of its routes, without a build: requests go
 * through app/entry.server.tsx and app/root.tsx as in production (document and single-fetch
 * `.data` requests, the headers Remix merges, error boundaries), so a test sees the status
 * and headers a browser would. Only the client assets are stand-ins.
 */
import { type ServerBuild, createRequestHandler } from '@remix-run/node'
import * as entry from '~/entry.server'
import * as root from '~/root'

type RouteModule = ServerBuild['routes'][string]['module']

export type AppRoute = {
  /** The route's id, as Remix names it ("routes/login"). */
  id: string
  path?: string
  index?: boolean
  /** The route file's exports (typed loosely: a typed meta function does not fit Remix's manifest type). */
  module: object
}

/** A handler serving the given routes under the app's root, in production mode. */
export function appRequestHandler(routes: AppRoute[]): (request: Request) => Promise<Response> {
  const handle = createRequestHandler(appBuild(routes), 'production')
  return (request) => handle(request, { cspNonce: 'test-nonce' })
}

/** A server build of the given routes under the app's root, as `remix vite:build` would make. */
export function appBuild(routes: AppRoute[]): ServerBuild {
  const all: (AppRoute & { parentId?: string })[] = [
    { id: 'root', path: '', module: root },
    ...routes.map((route) => ({ ...route, parentId: 'root' })),
  ]
  return {
    mode: 'production',
    entry: { module: entry },
    routes: Object.fromEntries(
      all.map((route) => [
        route.id,
        {
          id: route.id,
          parentId: route.parentId,
          path: route.path,
          index: route.index,
          module: route.module as RouteModule,
        },
      ]),
    ),
    assets: {
      entry: { imports: [], module: '/assets/entry.client.js' },
      routes: Object.fromEntries(
        all.map((route) => [
          route.id,
          {
            id: route.id,
            parentId: route.parentId,
            path: route.path,
            index: route.index,
            module: `/assets/${route.id}.js`,
            imports: [],
            hasAction: 'action' in route.module,
            hasLoader: 'loader' in route.module,
            hasClientAction: false,
            hasClientLoader: false,
            hasErrorBoundary: 'ErrorBoundary' in route.module,
          },
        ]),
      ),
      url: '/assets/manifest.js',
      version: 'test',
    },
    publicPath: '/assets/',
    assetsBuildDirectory: 'build/client/assets',
    future: {
      v3_fetcherPersist: true,
      v3_relativeSplatPath: true,
      v3_throwAbortReason: true,
      v3_lazyRouteDiscovery: true,
      v3_singleFetch: true,
    },
    isSpaMode: false,
  }
}
