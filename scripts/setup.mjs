#!/usr/bin/env node
// Makes a fresh clone runnable: a .env with a random session secret, the Prisma client,
// the database migrated, and demo data the first time (when the database has no project).
import { execSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'

const run = (command, env = {}) => execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } })

if (!existsSync('.env')) {
  writeFileSync(
    '.env',
    `# Written by npm run setup. Not committed.\nDATABASE_URL=file:./data/tiendo.db\nSESSION_SECRET=${randomBytes(32).toString('hex')}\n`,
  )
  console.log('Wrote .env with a new random SESSION_SECRET.')
}
process.loadEnvFile('.env')
const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/tiendo.db'
const databaseFile = databaseUrl.replace(/^file:/, '')
const isNew = !existsSync(databaseFile)
mkdirSync('data', { recursive: true })

run('npx prisma generate', { DATABASE_URL: databaseUrl })
run('npx prisma migrate deploy', { DATABASE_URL: databaseUrl })

let empty = isNew
if (!isNew) {
  const { default: Database } = await import('better-sqlite3')
  const db = new Database(databaseFile, { readonly: true })
  empty = db.prepare('SELECT COUNT(*) AS n FROM Project').get().n === 0
  db.close()
}
if (empty) {
  console.log('New database: filling it with demo data…')
  run('npx tsx prisma/seed.ts', { DATABASE_URL: databaseUrl })
}
