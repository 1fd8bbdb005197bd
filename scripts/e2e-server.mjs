#!/usr/bin/env node
// Starts the production build on a new database with demo data, for Playwright.
import { execSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'

// One database per port, so that two test runs on one machine never share a file.
const file = `data/e2e-${process.env.PORT ?? '3999'}.db`
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
mkdirSync('data', { recursive: true })
const env = {
  ...process.env,
  DATABASE_URL: `file:./${file}`,
  NODE_ENV: 'production',
  TIENDO_DEMO: '1',
  SESSION_SECRET: process.env.SESSION_SECRET ?? 'e2e-only-secret-0123456789abcdef0123456789',
}
execSync('npx prisma migrate deploy', { env, stdio: 'inherit' })
execSync('npx tsx prisma/seed.ts', { env, stdio: 'inherit' })
execSync('node build-server/index.js', { env, stdio: 'inherit' })
