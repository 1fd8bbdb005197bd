/**
 * Times the project register's queries on a generated database, as medians of repeated
 * runs (printed, never asserted: these machines are shared and noisy).
 *
 *   npm run bench:register -- --projects 10000
 *
 * The database is bench/dbs/register-<N>.db, seeded on first use (the seeding time is
 * printed too). Run from the repository root.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { runScaleSeed } from '../prisma/seed/run'

const projectsArg = process.argv.indexOf('--projects')
const n = projectsArg === -1 ? 10_000 : Number(process.argv[projectsArg + 1])
if (!Number.isInteger(n) || n <= 0) throw new Error('--projects takes a positive whole number')

const file = path.resolve('bench/dbs', `register-${n}.db`)
const url = `file:${file}`
mkdirSync(path.dirname(file), { recursive: true })
if (!existsSync(file)) {
  execSync('npx prisma migrate deploy', { env: { ...process.env, DATABASE_URL: url }, stdio: 'ignore' })
  const seeded = runScaleSeed(url, n)
  console.log(`seeded ${n} projects in ${(seeded.milliseconds / 1000).toFixed(2)} s`)
}
process.env.DATABASE_URL = url

const { listProjects, getProject, clearProjectListCache } = await import('../app/models/project.server')
const { parseProjectListQuery } = await import('../app/models/project-list-query')

async function median(label: string, work: () => Promise<unknown>, runs = 30) {
  await work() // warm the page cache and Prisma's query compiler
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    // The list's cache would answer from memory: time the read itself.
    clearProjectListCache()
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
console.log(`\nproject register, ${n} projects (median of 30)`)
await median('first page, default sort (name)', () => listProjects(query('')))
await median('search "nha may" + kind + FDI, sort capital desc, page 3', () =>
  listProjects(query('q=nha+may&kind=factory&type=fdi&sort=registeredCapital&dir=desc&page=3')),
)
await median('filter by status, sort by name', () => listProjects(query('status=under_construction')))
await median('sort by status (lifecycle order), page 5', () => listProjects(query('sort=status&page=5')))
await median('sort by commune/ward, page 2', () => listProjects(query('sort=unit&page=2')))
await median(`filter by place and investor country`, () => listProjects(query(`unit=${unit.id}&country=KR`)))
await median('deleted view', () => listProjects(query('sort=deletedAt&dir=desc'), { deleted: true }))
await median('project page (investors, milestones, history)', () => getProject(someProject.id))

console.log('\nquery plan of the filtered count:')
const plan = sqlite
  .prepare(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM Project WHERE deletedAt IS NULL AND status = ? ORDER BY nameSort`)
  .all('under_construction') as { detail: string }[]
for (const row of plan) console.log(`  ${row.detail}`)
sqlite.close()
