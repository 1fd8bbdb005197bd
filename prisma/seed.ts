/**
 * Fills the database named by DATABASE_URL (default file:./data/tiendo.db, already
 * migrated) with demo data. Existing rows of every table are deleted first, so it can be
 * re-run at any time.
 *
 *   npx tsx prisma/seed.ts                    demo: the projects of the source articles
 *   npx tsx prisma/seed.ts --projects 10000   scale: reference data + N generated projects
 *   npx tsx prisma/seed.ts --projects 10000 --seed 7
 *
 * Run it from the repository root: app modules use the "~" path alias, which tsx resolves
 * from ./tsconfig.json in the working directory.
 */
import { DEFAULT_DATABASE_URL } from '../app/utils/db.server'
import { runDemoSeed, runScaleSeed, totalRows, type SeedResult } from './seed/run'

const USAGE = 'Usage: tsx prisma/seed.ts [--projects N] [--seed S]'

function readOption(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`))
  if (index === -1) return undefined
  const arg = args[index]!
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1]
}

function parseWholeNumber(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) {
    console.error(`${name} needs a whole number, got "${value}".\n${USAGE}`)
    process.exit(2)
  }
  return Number(value)
}

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL
const projects = parseWholeNumber('--projects', readOption(args, '--projects'))
const seed = parseWholeNumber('--seed', readOption(args, '--seed'))

let result: SeedResult
try {
  result =
    projects === undefined ? await runDemoSeed(url) : runScaleSeed(url, projects, seed === undefined ? {} : { seed })
} catch (error) {
  console.error(`Seeding ${url} failed:`, error instanceof Error ? error.message : error)
  process.exit(1)
}

const breakdown = Object.entries(result.counts)
  .map(([table, count]) => `${table} ${count}`)
  .join(', ')
console.log(
  `Seeded ${url} (${result.mode}) in ${(result.milliseconds / 1000).toFixed(2)} s: ` +
    `${totalRows(result.counts)} rows (${breakdown}).`,
)
console.log(`Emptied first: ${result.clearedTables.join(', ')}.`)
