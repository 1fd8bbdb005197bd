/**
 * The server killed mid-write (SIGKILL, as in a power cut of the process), again and again on
 * the same database: after each, the file passes integrity_check, every write that was
 * answered as saved is there, and no record is half-written.
 */
import { type AppBuild } from '../bench/lib/build'
import { type AppServer, startApp } from './lib/app'
import { type DemoIds, count, integrityCheck, openReadOnly } from './lib/database'
import { findForm, formsOf, postForm, send, signIn } from './lib/http'

export type CrashResult = {
  runs: number
  acknowledged: number
  lost: number
  halfWritten: number
  integrityFailures: string[]
  serverErrors: number
  restartedAndServed: boolean
}

async function freshKey(origin: string, cookie: string, path: string, intent?: string) {
  const page = await send(origin, path, { cookie })
  const forms = formsOf(page.text)
  const form = findForm(forms, intent)
  return form?.values ?? []
}

export async function runCrashes(
  app: AppBuild,
  database: { file: string; url: string },
  ids: DemoIds,
  editor: [string, string],
  { runs = 10, writers = 6 } = {},
): Promise<CrashResult> {
  const result: CrashResult = {
    runs,
    acknowledged: 0,
    lost: 0,
    halfWritten: 0,
    integrityFailures: [],
    serverErrors: 0,
    restartedAndServed: false,
  }
  const acknowledged: { kind: 'obstacle' | 'disbursement'; marker: string }[] = []
  const projectId = ids.projects[1]?.id ?? ids.projects[0]!.id

  for (let run = 0; run < runs; run++) {
    let server: AppServer | undefined
    try {
      server = await startApp(app, database.url)
      const cookie = await signIn(server.origin, ...editor)
      const origin = server.origin
      let writing = true
      const writer = async (w: number) => {
        for (let i = 0; writing; i++) {
          const marker = `CRASH-${run}-${w}-${i}`
          const asObstacle = (w + i) % 2 === 0
          try {
            const hidden = asObstacle
              ? await freshKey(origin, cookie, '/obstacles/new')
              : await freshKey(origin, cookie, `/projects/${projectId}/events`, 'disbursement')
            const values: Record<string, string> = asObstacle
              ? {
                  projectId,
                  category: 'land',
                  title: `Vướng mắc ${marker}`,
                  raisedOn: '2025-08-01',
                  raisedByKind: 'enterprise',
                  raisedByName: 'Công ty kiểm thử',
                  departmentIds: ids.departmentId,
                  deadline: '2025-08-30',
                  priority: 'high',
                }
              : { intent: 'disbursement', date: '2025-08-05', amountVnd: '1000', note: marker }
            const entries: [string, string][] = [
              ...hidden.filter(([name]) => !(name in values)),
              ...Object.entries(values),
            ]
            const path = asObstacle ? '/obstacles/new' : `/projects/${projectId}/events`
            const answer = await postForm(origin, path, entries, { cookie })
            if (answer.status >= 500) result.serverErrors++
            if (answer.status === 302 || answer.status === 303) {
              acknowledged.push({ kind: asObstacle ? 'obstacle' : 'disbursement', marker })
            }
          } catch {
            // The kill cut this request off: it was never answered, so nothing was promised.
            return
          }
        }
      }
      const running = Array.from({ length: writers }, (_, w) => writer(w))
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 1_200))
      await server.kill()
      writing = false
      await Promise.all(running)
    } finally {
      await server?.kill()
    }

    const integrity = integrityCheck(database.file)
    if (integrity !== 'ok') result.integrityFailures.push(`run ${run}: ${integrity}`)
  }

  // Every acknowledged write is there, whole.
  const db = openReadOnly(database.file)
  try {
    const obstacle = db.prepare(`SELECT id FROM Obstacle WHERE title = ?`)
    const departments = db.prepare(`SELECT count(*) AS n FROM ObstacleDepartment WHERE obstacleId = ?`)
    const audited = db.prepare(`SELECT count(*) AS n FROM AuditLog WHERE entityId = ? AND action = 'create'`)
    const disbursement = db.prepare(`SELECT count(*) AS n FROM Disbursement WHERE projectId = ? AND note = ?`)
    for (const write of acknowledged) {
      if (write.kind === 'obstacle') {
        const row = obstacle.get(`Vướng mắc ${write.marker}`) as { id: string } | undefined
        if (!row) result.lost++
        else if (
          Number((departments.get(row.id) as { n: number }).n) === 0 ||
          Number((audited.get(row.id) as { n: number }).n) === 0
        )
          result.halfWritten++
      } else if (Number((disbursement.get(projectId, write.marker) as { n: number }).n) !== 1) {
        result.lost++
      }
    }
    // Whatever was written (answered or cut off before its answer) is whole.
    const orphans = db
      .prepare(
        `SELECT count(*) AS n FROM Obstacle o WHERE o.title LIKE 'Vướng mắc CRASH-%'
           AND (NOT EXISTS (SELECT 1 FROM ObstacleDepartment d WHERE d.obstacleId = o.id)
             OR NOT EXISTS (SELECT 1 FROM AuditLog a WHERE a.entityId = o.id AND a.action = 'create'))`,
      )
      .get() as { n: number }
    result.halfWritten += Number(orphans.n)
  } finally {
    db.close()
  }
  result.acknowledged = acknowledged.length

  // The app starts on what the last kill left and serves it.
  const server = await startApp(app, database.url)
  try {
    const cookie = await signIn(server.origin, ...editor)
    const page = await send(server.origin, `/obstacles?q=${encodeURIComponent('CRASH')}`, { cookie })
    result.restartedAndServed = page.status === 200 && count(database.file, 'SELECT 1 AS n') === 1
  } finally {
    await server.stop()
  }
  return result
}
