/**
 * `npm run test:reliability`: Tiendo tried as attackers, careless users and power cuts
 * would try it, against the production build on a demo database of its own, bounded in
 * time (about 5 minutes; `-- --quick` for about 2). It prints what it counted and exits 1
 * when any promise is broken: a 500 or no answer, a stall, a duplicate from one form sent
 * twice, a lost or dirty write in the rollback race, a kill that loses or half-writes
 * anything acknowledged. Not part of `npm test` (it builds and starts servers); issue 13.
 */
import { buildApp } from '../bench/lib/build'
import demoUsers from '../prisma/seed/demo-users.json' with { type: 'json' }
import { runCrashes } from './crash'
import { runDuplicates } from './duplicates'
import { type Target, runHostileCorpus, runHostileQueries } from './hostile'
import { makeDemoDatabase, startApp } from './lib/app'
import { demoIds } from './lib/database'
import { signIn } from './lib/http'
import { runRollbackRace } from './race'

const quick = process.argv.includes('--quick')
const account = (role: string, department?: string): [string, string] => {
  const user = demoUsers.find(
    (candidate) => candidate.role === role && (!department || candidate.department === department),
  )
  if (!user) throw new Error(`No demo ${role}`)
  return [user.email, user.password]
}
const accounts = { admin: account('admin'), editor: account('editor', 'SCT'), viewer: account('viewer') }

const problems: string[] = []
const check = (ok: boolean, problem: string) => {
  if (!ok) problems.push(problem)
}
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`

console.log('Building the app and a demo database…')
const app = buildApp()
const database = await makeDemoDatabase()
try {
  const ids = demoIds(database.file)
  const server = await startApp(app, database.url)
  try {
    const admin = await signIn(server.origin, ...accounts.admin)

    // 1. The same form sent twice at once.
    const editor = await signIn(server.origin, ...accounts.editor)
    const duplicates = await runDuplicates(server.origin, database.file, admin, editor, ids)
    console.log(`\nDuplicate submissions (the same opened form sent twice at once), ${elapsed()}:`)
    for (const row of duplicates) {
      const separate = row.separateForms === null ? '' : `; two forms opened apart: ${row.separateForms} records`
      console.log(`  ${row.kind.padEnd(16)} answers ${row.sentTwice.join(' + ')} → ${row.records} record(s)${separate}`)
      check(row.records === 1, `${row.kind}: one form sent twice made ${row.records} records`)
      check(
        row.sentTwice.every((status) => status > 0 && status < 500),
        `${row.kind}: answered ${row.sentTwice}`,
      )
      console.log(
        `  ${''.padEnd(16)} the same key from two people at once: ${row.twoPeople.join(' + ')} → ${row.twoPeopleRecords} record(s)`,
      )
      check(row.twoPeopleRecords === 1, `${row.kind}: one key sent by two people made ${row.twoPeopleRecords} records`)
      check(
        row.twoPeople.every((status) => status > 0 && status < 500),
        `${row.kind}: two people answered ${row.twoPeople}`,
      )
      if (row.separateForms !== null) check(row.separateForms === 2, `${row.kind}: two forms made ${row.separateForms}`)
    }

    // 2. The rollback race.
    const race = await runRollbackRace(
      server.origin,
      database.file,
      accounts,
      quick ? { pairs: 8, refusals: 120, sessions: 6 } : {},
    )
    console.log(`\nRollback race, ${elapsed()}:`)
    console.log(`  same e-mail added twice at once: ${race.userPairs} pairs, ${race.usersCreatedTwice} created twice`)
    console.log(
      `  refusals answered 403: ${race.refusalsAnswered}, audited: ${race.refusalsAudited} (lost: ${race.refusalsAnswered - race.refusalsAudited})`,
    )
    console.log(`  sign-ins: ${race.signIns}, whose session did not work next: ${race.signInsWhoseSessionFailed}`)
    console.log(`  sign-outs: ${race.signOuts}, whose old cookie still worked: ${race.signOutsWhoseCookieStillWorked}`)
    console.log(`  500s or no answer: ${race.serverErrors}`)
    check(race.usersCreatedTwice === 0, 'an e-mail was created twice')
    check(
      race.refusalsAudited === race.refusalsAnswered,
      `${race.refusalsAnswered - race.refusalsAudited} refusal audit rows lost`,
    )
    check(race.signInsWhoseSessionFailed === 0, 'a sign-in answered 302 whose session did not work')
    check(race.signOutsWhoseCookieStillWorked === 0, 'a sign-out answered 302 whose cookie still worked')
    check(race.serverErrors === 0, `${race.serverErrors} server errors in the race`)

    // 3. The hostile corpus over every action.
    const p = ids.projects[0]!.id
    const spare = ids.projects.at(-1)!.id
    const asAdmin = async () => admin
    const anonymous = async () => undefined
    const targets: Target[] = [
      ...[
        '/projects/new',
        `/projects/${p}/edit`,
        `/projects/${p}/status`,
        `/projects/${p}/events`,
        '/obstacles/new',
        `/obstacles/${ids.obstacleId}`,
        `/obstacles/${ids.obstacleId}/edit`,
        '/meetings/new',
        '/goals/new',
        `/goals/${ids.goalId}/edit`,
        '/statistics',
        '/statistics/new',
        '/exchange-rates',
        `/investors/${ids.investorId}`,
        '/admin/departments',
        `/admin/departments/${ids.departmentId}`,
        '/admin/users/new',
        `/admin/users/${ids.viewerId}`,
        '/account/password',
        '/set-language',
        `/goals/${ids.goalId}/delete`,
        `/projects/${spare}/delete`,
        `/projects/${spare}/restore`,
      ].map((path) => ({ path, cookie: asAdmin })),
      { path: '/login', cookie: anonymous },
      { path: '/logout', cookie: anonymous },
    ]
    const hostile = await runHostileCorpus(server.origin, targets, {
      maxFieldsPerForm: quick ? 4 : 14,
      deadline: Date.now() + (quick ? 60_000 : 200_000),
    })
    console.log(`\nHostile corpus over ${targets.length} actions, ${elapsed()}: ${hostile.requests} requests`)
    const statuses = [...hostile.byStatus.entries()].sort(([a], [b]) => a - b)
    console.log(`  by status: ${statuses.map(([status, n]) => `${status || 'no answer'} × ${n}`).join(', ')}`)
    console.log(
      `  10 MB body of a million fields: ${hostile.floodStatus}; slowest /healthz meanwhile ${hostile.healthDuringFloodMs} ms`,
    )
    for (const failure of hostile.failures.slice(0, 25)) console.log(`  FAILED ${failure}`)
    check(hostile.failures.length === 0, `${hostile.failures.length} hostile requests answered 500 or not at all`)
    check(
      hostile.healthDuringFloodMs < 1_000,
      `the health check took ${hostile.healthDuringFloodMs} ms during the flood`,
    )
    check(hostile.floodStatus === 413, `the 10 MB body answered ${hostile.floodStatus}, not 413`)

    // 4. Hostile query strings on every page that reads one.
    const queries = await runHostileQueries(
      server.origin,
      admin,
      [
        '/projects',
        '/projects/deleted',
        '/obstacles',
        '/meetings',
        '/goals',
        '/statistics',
        '/investors',
        '/exchange-rates',
        '/progress',
        '/progress/at-risk',
        '/progress/report',
        `/progress/goals/${ids.goalId}`,
        `/projects/${p}/history`,
        `/projects/${p}/events`,
        '/admin/audit',
        '/admin/users',
      ],
      Date.now() + (quick ? 40_000 : 90_000),
    )
    console.log(`\nHostile query strings on 16 pages, ${elapsed()}: ${queries.requests} requests`)
    const queryStatuses = [...queries.byStatus.entries()].sort(([a], [b]) => a - b)
    console.log(`  by status: ${queryStatuses.map(([status, n]) => `${status || 'no answer'} × ${n}`).join(', ')}`)
    for (const failure of queries.failures.slice(0, 25)) console.log(`  FAILED ${failure}`)
    check(queries.failures.length === 0, `${queries.failures.length} hostile query strings answered 500 or not at all`)
  } catch (error) {
    console.error(server.logTail())
    throw error
  } finally {
    await server.stop()
  }

  // 5. Killed mid-write, again and again.
  const crashes = await runCrashes(app, database, ids, accounts.editor, { runs: quick ? 4 : 10 })
  console.log(`\nKilled mid-write (SIGKILL) ${crashes.runs} times, ${elapsed()}:`)
  console.log(
    `  writes answered as saved: ${crashes.acknowledged}; lost: ${crashes.lost}; half-written: ${crashes.halfWritten}`,
  )
  console.log(
    `  integrity_check: ${crashes.integrityFailures.length === 0 ? `ok after every kill` : crashes.integrityFailures.join('; ')}`,
  )
  console.log(
    `  500s: ${crashes.serverErrors}; the app started again and served the records: ${crashes.restartedAndServed}`,
  )
  check(crashes.acknowledged > 0, 'no write was acknowledged before the kills: the crash test tested nothing')
  check(crashes.lost === 0, `${crashes.lost} acknowledged writes lost`)
  check(crashes.halfWritten === 0, `${crashes.halfWritten} half-written records`)
  check(crashes.integrityFailures.length === 0, 'integrity_check failed')
  check(crashes.serverErrors === 0, `${crashes.serverErrors} server errors while writing`)
  check(crashes.restartedAndServed, 'the app did not start and serve the database after the kills')
} finally {
  database.remove()
  app.remove()
}

console.log(`\n${problems.length === 0 ? 'Every promise held' : `${problems.length} broken`} (${elapsed()}).`)
for (const problem of problems) console.log(`  BROKEN: ${problem}`)
process.exit(problems.length === 0 ? 0 : 1)
