import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { type TestProject } from 'vitest/node'

/**
 * Once per `vitest run`: a migrated database with the reference data (departments, places,
 * exchange rates), in a folder of this run's own (two runs on one machine never share it).
 * Every test file then works on its own copy of it (tests/setup-env.ts).
 */
export default async function globalSetup(project: TestProject) {
  const runDir = path.resolve('tests-tmp', `run-${process.pid}-${Date.now().toString(36)}`)
  const baseDb = path.join(runDir, 'base.db')
  mkdirSync(runDir, { recursive: true })
  const env = { ...process.env, DATABASE_URL: `file:${baseDb}` }
  execSync('npx prisma migrate deploy', { env, stdio: 'pipe' })
  execSync('npx tsx tests/seed-reference.ts', { env, stdio: 'pipe' })
  if (!existsSync(baseDb)) throw new Error('The base test database was not created')
  for (const suffix of ['-wal', '-shm']) rmSync(baseDb + suffix, { force: true })
  project.provide('testRunDir', runDir)
  return () => rmSync(runDir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRunDir: string
  }
}
