/**
 * The route-access matrix (tests/route-access.test.ts) asks every route that
 * tests/route-discovery.ts finds; here that discovery meets each shape of route Remix
 * serves, in an app directory made for the test, through app/routes.ts itself.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { discoverRoutes, routesOf } from './route-discovery'

const appDirectory = mkdtempSync(path.join(os.tmpdir(), 'tiendo-route-discovery-'))
afterAll(() => rmSync(appDirectory, { recursive: true, force: true }))

function write(file: string) {
  const full = path.join(appDirectory, file)
  mkdirSync(path.dirname(full), { recursive: true })
  writeFileSync(full, 'export default function Page() { return null }\n')
}

test('finds .tsx, .ts, .js and .jsx files and folder routes; not tests, `__` helpers or a folder route’s helpers', async () => {
  for (const file of [
    'root.tsx',
    'routes/_index.tsx',
    'routes/healthz.ts',
    'routes/legacy.js',
    'routes/old-page.jsx',
    'routes/reports.$year.tsx',
    'routes/reports.$year.test.ts',
    'routes/reports.integration.test.tsx',
    'routes/__report-editor.tsx',
    'routes/__report-editor.server.tsx',
    'routes/settings/route.tsx',
    'routes/settings/form-fields.tsx',
    'routes/settings/__panel.tsx',
    'routes/exports/index.ts',
  ]) {
    write(file)
  }
  expect(await discoverRoutes(appDirectory)).toEqual([
    { routeId: '_index', file: 'routes/_index.tsx' },
    { routeId: 'exports', file: 'routes/exports/index.ts' },
    { routeId: 'healthz', file: 'routes/healthz.ts' },
    { routeId: 'legacy', file: 'routes/legacy.js' },
    { routeId: 'old-page', file: 'routes/old-page.jsx' },
    { routeId: 'reports.$year', file: 'routes/reports.$year.tsx' },
    { routeId: 'settings', file: 'routes/settings/route.tsx' },
  ])
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
