/// <reference types="vitest/config" />
import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import tsconfigPaths from 'vite-tsconfig-paths'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

const isVitest = Boolean(process.env.VITEST)

export default defineConfig({
  server: { port: 3000 },
  plugins: [
    tailwindcss(),
    // Remix's plugin takes over the build; Vitest only needs path aliases.
    !isVitest &&
      remix({
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
          v3_routeConfig: true,
        },
      }),
    tsconfigPaths(),
  ],
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'prisma/**/*.test.ts', 'tests/**/*.test.ts', 'server/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-env.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
})
