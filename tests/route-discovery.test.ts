/**
 * The route-access matrix (tests/route-access.test.ts) asks every route that
 * tests/route-discovery.ts finds in app/routes.ts; here that list meets the files on disk,
 * and nested routes (a layout and its children).
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { discoverRoutes, routesOf } from './route-discovery'

const appDirectory = path.resolve('app')

test('every route module in a feature’s routes/ folder is served, once, and nothing else is', async () => {
  const onDisk = readdirSync(path.join(appDirectory, 'features'))
    .flatMap((feature) => {
      const folder = path.join(appDirectory, 'features', feature, 'routes')
      return existsSync(folder) ? readdirSync(folder).map((file) => `features/${feature}/routes/${file}`) : []
    })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .concat('benchmark/baseline-route.tsx')
    .sort()
  const routes = await discoverRoutes()
  expect(routes.map((route) => route.file).sort()).toEqual(onDisk)
  expect(new Set(routes.map((route) => route.routeId)).size).toBe(routes.length)
  for (const route of routes) expect(existsSync(path.join(appDirectory, route.file))).toBe(true)
})

test('nested routes (a layout and its children) are all listed', () => {
  expect(
    routesOf([
      {
        id: 'routes/projects',
        file: 'routes/projects.tsx',
        path: 'projects',
        children: [
          { id: 'routes/projects._index', file: 'routes/projects._index.tsx', index: true },
          { id: 'routes/projects.$id', file: 'routes/projects.$id/route.tsx', path: ':id' },
        ],
      },
    ]),
  ).toEqual([
    { routeId: 'projects', file: 'routes/projects.tsx' },
    { routeId: 'projects.$id', file: 'routes/projects.$id/route.tsx' },
    { routeId: 'projects._index', file: 'routes/projects._index.tsx' },
  ])
})
