import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT ?? 3999)
// Debian's Chromium where it is installed (these machines cannot download Playwright's).
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'laptop',
      dependencies: ['setup'],
      // Journeys run as the Department of Industry and Trade's editor unless they say otherwise.
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 900 },
        storageState: 'e2e/.auth/editor-sct.json',
      },
    },
    {
      // A tablet held upright: the accessibility scans and the project journey at a narrower
      // width, where the header, navigation and tables must fit or scroll within themselves.
      // They run after the laptop's on the same database and server (one worker), so journeys
      // that create records give them unique codes and names (uniqueSuffix in e2e/utils.ts).
      name: 'tablet',
      dependencies: ['setup'],
      testMatch: /(a11y|project-lifecycle)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 820, height: 1180 },
        storageState: 'e2e/.auth/editor-sct.json',
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://localhost:${PORT}/healthz`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
})
