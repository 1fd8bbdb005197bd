/**
 * The rollback race of issue 13 over HTTP: two administrators add the same e-mail at the
 * same moment (one insert hits the unique index and its transaction rolls back) while a
 * viewer keeps opening a page they may not see (each refusal writes an audit row), people
 * sign in (each answer's session must work at once) and sign out (each old cookie must stop
 * working at once). Nothing that was answered may be lost; nobody may read a row that was
 * never committed.
 */
import { count } from './lib/database'
import { newAddress, postForm, send, signIn } from './lib/http'

export type RaceResult = {
  userPairs: number
  usersCreatedTwice: number
  serverErrors: number
  refusalsAnswered: number
  refusalsAudited: number
  signIns: number
  signInsWhoseSessionFailed: number
  signOuts: number
  signOutsWhoseCookieStillWorked: number
}

export async function runRollbackRace(
  origin: string,
  file: string,
  accounts: { admin: [string, string]; viewer: [string, string]; editor: [string, string] },
  { pairs = 20, refusals = 300, sessions = 12 } = {},
): Promise<RaceResult> {
  const admin = await signIn(origin, ...accounts.admin)
  const viewerAddress = newAddress()
  const viewer = await signIn(origin, ...accounts.viewer, viewerAddress)
  const auditedBefore = count(
    file,
    `SELECT count(*) AS n FROM AuditLog WHERE action = 'access_denied' AND ip = ?`,
    viewerAddress,
  )
  const result: RaceResult = {
    userPairs: pairs,
    usersCreatedTwice: 0,
    serverErrors: 0,
    refusalsAnswered: 0,
    refusalsAudited: 0,
    signIns: 0,
    signInsWhoseSessionFailed: 0,
    signOuts: 0,
    signOutsWhoseCookieStillWorked: 0,
  }
  const seen = (status: number) => {
    if (status >= 500 || status === 0) result.serverErrors++
  }
  const stamp = Date.now().toString(36)

  const addUsers = (async () => {
    for (let round = 0; round < pairs; round++) {
      const email = `race-${stamp}-${round}@tiendo.test`
      const form: [string, string][] = [
        ['email', email],
        ['name', `Người thử ${round}`],
        ['role', 'viewer'],
        ['password', `mat-khau-dua-${stamp}-${round}`],
      ]
      const answers = await Promise.all([
        postForm(origin, '/admin/users/new', form, { cookie: admin }),
        postForm(origin, '/admin/users/new', form, { cookie: admin }),
      ])
      answers.forEach((answer) => seen(answer.status))
      if (count(file, 'SELECT count(*) AS n FROM User WHERE email = ?', email) !== 1) result.usersCreatedTwice++
    }
  })()

  const refuse = (async () => {
    for (let i = 0; i < refusals; i++) {
      const answer = await send(origin, '/admin/users', { cookie: viewer, ip: viewerAddress })
      seen(answer.status)
      if (answer.status === 403) result.refusalsAnswered++
    }
  })()

  const signInsAndOuts = (async () => {
    for (let i = 0; i < sessions; i++) {
      let cookie: string
      try {
        cookie = await signIn(origin, ...accounts.editor)
      } catch {
        result.serverErrors++
        continue
      }
      result.signIns++
      if ((await send(origin, '/projects', { cookie })).status !== 200) result.signInsWhoseSessionFailed++
      const out = await postForm(origin, '/logout', [], { cookie })
      seen(out.status)
      if (out.status === 302) {
        result.signOuts++
        if ((await send(origin, '/projects', { cookie })).status === 200) result.signOutsWhoseCookieStillWorked++
      }
    }
  })()

  await Promise.all([addUsers, refuse, signInsAndOuts])
  result.refusalsAudited =
    count(file, `SELECT count(*) AS n FROM AuditLog WHERE action = 'access_denied' AND ip = ?`, viewerAddress) -
    auditedBefore
  return result
}
