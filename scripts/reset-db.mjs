#!/usr/bin/env node
// `prisma migrate reset` fails with the WebAssembly engine on SQLite, so a reset is:
// delete the file (and its WAL), then migrate a new one.
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'

try {
  process.loadEnvFile('.env')
} catch {
  // no .env: the default database path
}
const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/tiendo.db'
const file = databaseUrl.replace(/^file:/, '')
for (const suffix of ['', '-wal', '-shm', '-journal']) {
  if (existsSync(file + suffix)) rmSync(file + suffix)
}
mkdirSync('data', { recursive: true })
execSync('npx prisma migrate deploy', { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } })
