/**
 * Times the project register's queries on a generated database, as medians of repeated
 * runs (printed, never asserted: these machines are shared and noisy).
 *
 *   npm run bench:register -- --projects 10000
 *   npm run bench:register -- --db /tmp/scale-10000-copy.db --no-plans
 *
 * The database is bench/dbs/register-<N>.db, seeded on first use (the seeding time is
 * printed too), or the file given with --db. Either is brought up to date with the
 * migrations first, so pass --db a copy, never a database you keep. Then SQLite's query plan
 * of every statement each sort's first page runs (unless --no-plans). Run from the repository root.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

const option = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const n = Number(option('--projects') ?? 10_000)
if (!Number.isInteger(n) || n <= 0) throw new Error('--projects takes a positive whole number')
const givenDb = option('--db')
const showPlans = !process.argv.includes('--no-plans')

const file = givenDb ? path.resolve(givenDb) : path.resolve('bench/dbs', `register-${n}.db`)
const url = `file:${file}`
if (givenDb && !existsSync(file)) throw new Error(`--db ${givenDb}: no such file`)
mkdirSync(path.dirname(file), { recursive: true })
// Before the app's modules load: the database client is made, with this address, when they do.
process.env.DATABASE_URL = url
const seed = !existsSync(file)
execSync('npx prisma migrate deploy', { stdio: 'ignore' })
if (seed) {
  const { runScaleSeed } = await import('../prisma/seed/run')
  const seeded = runScaleSeed(url, n)
  console.log(`seeded ${n} projects in ${(seeded.milliseconds / 1000).toFixed(2)} s`)
}

// Every statement the app prepares, with its values, while `recording` is set: the plans
// below are those of exactly what the list ran (the adapter prepares through this same module).
const recorded: { sql: string; values: unknown[] }[] = []
let recording = false
const prepare = Database.prototype.prepare
Database.prototype.prepare = function (this: Database.Database, sql: string) {
  const statement = prepare.call(this, sql)
  if (!recording) return statement
  const bind = statement.bind
  statement.bind = (...values: unknown[]) => {
    recorded.push({ sql, values: values.flat() })
    return Reflect.apply(bind, statement, values) as typeof statement
  }
  return statement
} as typeof prepare

const { listProjects } = await import('../app/features/projects/project-list.server')
const { forgetCachedReads } = await import('../app/utils/unchanged-cache.server')
const { getProject } = await import('../app/features/projects/project-detail.server')
const { parseProjectListQuery, PROJECT_SORT_COLUMNS } = await import('../app/features/projects/project-list-query')

async function median(label: string, work: () => Promise<unknown>, runs = 30) {
  await work() // warm the page cache and Prisma's query compiler
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    // The list's cache would answer from memory: time the read itself.
    forgetCachedReads('project-list')
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const middle = times[Math.floor(times.length / 2)] ?? 0
  console.log(`${label.padEnd(58)} ${middle.toFixed(2).padStart(8)} ms`)
}

const sqlite = new Database(file, { readonly: true })
const unit = sqlite.prepare('SELECT id FROM AdministrativeUnit ORDER BY name LIMIT 1').get() as { id: string }
const someProject = sqlite.prepare('SELECT id FROM Project LIMIT 1 OFFSET 17').get() as { id: string }

const query = (search: string) => parseProjectListQuery(new URLSearchParams(search))
const { projects } = sqlite.prepare('SELECT count(*) AS projects FROM Project').get() as { projects: number }
console.log(`\nproject register, ${path.basename(file)}, ${projects} projects (median of 30)`)
await median('first page, default sort (name)', () => listProjects(query('')))
await median('search "nha may" + kind + FDI, sort capital desc, page 3', () =>
  listProjects(query('q=nha+may&kind=factory&type=fdi&sort=registeredCapital&dir=desc&page=3')),
)
await median('filter by status, sort by name', () => listProjects(query('status=under_construction')))
await median('sort by status (lifecycle order), page 5', () => listProjects(query('sort=status&page=5')))
await median('sort by commune/ward, page 2', () => listProjects(query('sort=unit&page=2')))
await median(`filter by place and investor country`, () => listProjects(query(`unit=${unit.id}&country=KR`)))
for (const country of ['KR', 'VN', 'GB']) {
  await median(`filter by investor country ${country}`, () => listProjects(query(`country=${country}`)))
}
await median('deleted view', () => listProjects(query('sort=deletedAt&dir=desc'), { deleted: true }))
await median('project page (investors, milestones, history)', () => getProject(someProject.id))

console.log('\neach sort, first page (and page 100 going up)')
for (const sort of PROJECT_SORT_COLUMNS.filter((column) => column !== 'deletedAt')) {
  for (const dir of ['asc', 'desc'])
    await median(`sort by ${sort} ${dir}`, () => listProjects(query(`sort=${sort}&dir=${dir}`)))
  await median(`sort by ${sort} asc, page 100`, () => listProjects(query(`sort=${sort}&page=100`)))
}

if (showPlans) {
  console.log('\nquery plans of the statements a first page runs')
  const searches = PROJECT_SORT_COLUMNS.filter((column) => column !== 'deletedAt').flatMap((sort) => [
    `sort=${sort}&dir=asc`,
    `sort=${sort}&dir=desc`,
  ])
  for (const search of [...searches, 'country=KR', 'q=nha+may&sort=unit']) {
    forgetCachedReads('project-list')
    recorded.length = 0
    recording = true
    await listProjects(query(search))
    recording = false
    console.log(`\n${search}`)
    // The list's own statements, not the cache's look at the database's generation.
    for (const { sql, values } of recorded.filter((statement) => /\bProject p\b/.test(statement.sql))) {
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...values) as { detail: string }[]
      console.log(`  ${sql.replace(/\s+/g, ' ').slice(0, 110)}…`)
      for (const row of plan) console.log(`    ${row.detail}`)
    }
  }
}
sqlite.close()
