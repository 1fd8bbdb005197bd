#!/usr/bin/env node
// `npm test` on a fresh clone: install the locked dependencies first if they are missing.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (!existsSync('node_modules/.bin/prisma') || !existsSync('node_modules/.bin/vitest')) {
  console.log('Installing dependencies (npm install)…')
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' })
}
