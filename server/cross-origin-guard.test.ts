/**
 * The cross-site refusal as the production server makes it: a real Express app on the
 * loopback address with the guard of server/index.ts, recording through the app's own
 * entry module (what server/index.ts finds on the build) into this file's test database.
 */
import { type AddressInfo } from 'node:net'
import { type ServerBuild } from '@remix-run/node'
import express from 'express'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as entryServer from '~/entry.server'
import { CROSS_ORIGIN_ROWS_PER_ADDRESS_PER_MINUTE } from '~/utils/cross-origin-audit.server'
import { prisma } from '~/utils/db.server'
import { signIn } from '../tests/integration-utils'
import { type RecordCrossOriginRefusal, crossOriginGuard, refusalRecorderOf } from './cross-origin-guard.js'
import { CROSS_ORIGIN_REFUSED_MESSAGE } from './csrf.js'

const CLIENT_IP_HEADER = 'x-tiendo-client-ip'
const servers: { close(): void }[] = []
afterEach(() => {
  for (const server of servers.splice(0)) server.close()
  vi.restoreAllMocks()
})

let addressCounter = 0

/** The guard in front of a handler that answers 200, as the app would; each server from its own address. */
async function serve(record: RecordCrossOriginRefusal | undefined) {
  addressCounter += 1
  const clientIp = `203.0.113.${addressCounter}`
  const app = express()
  app.use((req, _res, next) => {
    req.headers[CLIENT_IP_HEADER] = clientIp
    next()
  })
  app.use(crossOriginGuard({ record, clientIpHeader: CLIENT_IP_HEADER }))
  app.all('*', (_req, res) => {
    res.send('reached the app')
  })
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const post = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${origin}${path}`, { method: 'POST', headers, body: new URLSearchParams({ name: 'x' }) })
  return { origin, clientIp, post }
}

const quietly = () => vi.spyOn(console, 'warn').mockImplementation(() => {})

describe('the guard', () => {
  test('a same-origin POST and a GET reach the app and record nothing', async () => {
    const record = vi.fn(async () => {})
    const { origin, post } = await serve(record)
    expect(await (await post('/projects/new', { Origin: origin, 'Sec-Fetch-Site': 'same-origin' })).text()).toBe(
      'reached the app',
    )
    expect((await fetch(`${origin}/projects`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(200)
    expect(record).not.toHaveBeenCalled()
  })

  test('a cross-site POST is answered 403 and recorded with its path, reason, address and cookie', async () => {
    quietly()
    const record = vi.fn(async () => {})
    const { post, clientIp } = await serve(record)
    const response = await post('/projects/new?x=1', { Origin: 'https://evil.example', Cookie: 'tiendo_session=abc' })
    expect(response.status).toBe(403)
    expect(await response.text()).toBe(CROSS_ORIGIN_REFUSED_MESSAGE)
    expect(record).toHaveBeenCalledWith({
      method: 'POST',
      path: '/projects/new',
      reason: 'origin https://evil.example',
      ip: clientIp,
      cookie: 'tiendo_session=abc',
    })
  })

  test('a recorder that fails does not change the refusal', async () => {
    quietly()
    const failure = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { post } = await serve(async () => {
      throw new Error('database is locked')
    })
    const response = await post('/logout', { 'Sec-Fetch-Site': 'cross-site' })
    expect(response.status).toBe(403)
    expect(failure).toHaveBeenCalled()
  })

  test('the recorder is found on a build that exports it, and only there', () => {
    const recorder = refusalRecorderOf({ entry: { module: entryServer } } as Pick<ServerBuild, 'entry'>)
    expect(recorder).toBe(entryServer.recordCrossOriginRefusal)
    const older = { default: entryServer.default }
    expect(refusalRecorderOf({ entry: { module: older } } as Pick<ServerBuild, 'entry'>)).toBeUndefined()
  })
})

describe('with the app’s recorder', () => {
  const appRecorder = () => refusalRecorderOf({ entry: { module: entryServer } } as Pick<ServerBuild, 'entry'>)

  const refusalsFrom = (ip: string) =>
    prisma.auditLog.findMany({
      where: { action: 'access_denied', ip },
      orderBy: { at: 'asc' },
      select: { userId: true, userName: true, detail: true },
    })

  test('a refusal without a session is written with the actor unknown', async () => {
    quietly()
    const { post, clientIp } = await serve(appRecorder())
    expect((await post('/projects/new', { Origin: 'null' })).status).toBe(403)
    const rows = await refusalsFrom(clientIp)
    expect(rows.map((row) => ({ ...row, detail: JSON.parse(row.detail ?? '{}') }))).toEqual([
      {
        userId: null,
        userName: null,
        detail: { permission: 'cross-origin', method: 'POST', path: '/projects/new', reason: 'origin null' },
      },
    ])
  })

  test('a refusal carrying a live session names its account, and leaves the session as it was', async () => {
    quietly()
    const editor = await signIn('editor', 'SCT')
    // Five minutes idle: the app's own lookup would move lastSeenAt on (it does once a minute).
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60 * 1000)
    await prisma.session.updateMany({ where: { userId: editor.user.id }, data: { lastSeenAt: fiveMinutesAgo } })
    // A sibling subdomain's page: same-site, so SameSite=Lax sent the cookie.
    const { post, clientIp } = await serve(appRecorder())
    const response = await post('/projects/abc/delete', {
      Origin: 'http://other.localhost',
      'Sec-Fetch-Site': 'same-site',
      Cookie: editor.cookie,
    })
    expect(response.status).toBe(403)
    const [row] = await refusalsFrom(clientIp)
    expect(row?.userId).toBe(editor.user.id)
    expect(row?.userName).toBe(editor.user.name)
    expect(JSON.parse(row?.detail ?? '{}')).toMatchObject({
      path: '/projects/abc/delete',
      reason: 'sec-fetch-site same-site',
    })
    const sessionAfter = await prisma.session.findFirstOrThrow({ where: { userId: editor.user.id } })
    expect(sessionAfter.lastSeenAt).toEqual(fiveMinutesAgo)
  })

  test('one address writes at most a bounded number of rows a minute; every request is still refused', async () => {
    quietly()
    const { post, clientIp } = await serve(appRecorder())
    const statuses: number[] = []
    for (let attempt = 0; attempt < CROSS_ORIGIN_ROWS_PER_ADDRESS_PER_MINUTE + 3; attempt++) {
      statuses.push((await post('/logout', { 'Sec-Fetch-Site': 'cross-site' })).status)
    }
    expect(new Set(statuses)).toEqual(new Set([403]))
    expect(await refusalsFrom(clientIp)).toHaveLength(CROSS_ORIGIN_ROWS_PER_ADDRESS_PER_MINUTE)
  })
})
