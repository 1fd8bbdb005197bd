import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

export const TESTS_TMP = path.resolve('tests-tmp')
export const BASE_DB = path.join(TESTS_TMP, 'base.db')

/**
 * Once per `vitest run`: a migrated database with the reference data (departments, places,
 * exchange rates). Every test file then works on its own copy of it (tests/setup-env.ts).
 */
export default async function globalSetup() {
  rmSync(TESTS_TMP, { recursive: true, force: true })
  mkdirSync(TESTS_TMP, { recursive: true })
  const env = { ...process.env, DATABASE_URL: `file:${BASE_DB}` }
  execSync('npx prisma migrate deploy', { env, stdio: 'pipe' })
  execSync('npx tsx tests/seed-reference.ts', { env, stdio: 'pipe' })
  if (!existsSync(BASE_DB)) throw new Error('The base test database was not created')
  for (const suffix of ['-wal', '-shm']) rmSync(BASE_DB + suffix, { force: true })
}
