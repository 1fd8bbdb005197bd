#!/usr/bin/env node
// `npm test` and the quick start on a fresh clone (or after a pull that changed the lock):
// install exactly the locked dependencies first when they are missing or older than the lock.
import { execSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const installed = 'node_modules/.package-lock.json'
const stale =
  !existsSync('node_modules/.bin/prisma') ||
  !existsSync('node_modules/.bin/vitest') ||
  !existsSync(installed) ||
  statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs

if (stale) {
  console.log('Installing the locked dependencies (npm ci)…')
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
}
