/**
 * The body limit as the production server mounts it: a real Express app on the loopback
 * address, the limit in front of either a handler that reads the body as Remix does or the
 * app's own Remix handler (its root, /login and /healthz, through @remix-run/express).
 */
import http from 'node:http'
import { type AddressInfo } from 'node:net'
import { createRequestHandler } from '@remix-run/express'
import { createReadableStreamFromReadable } from '@remix-run/node'
import express from 'express'
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as healthz from '~/features/site/routes/healthz'
import * as login from '~/features/users/routes/login'
import { appBuild } from '../tests/remix-app'
import {
  BODY_TOO_LARGE_MESSAGE,
  FORM_BODY_LIMIT,
  bodyLimit,
  bodyLimitFor,
  dropAnswersAfterBodyLimit,
} from './body-limit.js'

const servers: http.Server[] = []
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
  vi.restoreAllMocks()
})

async function listen(app: express.Express) {
  const server = app.listen(0, '127.0.0.1')
  servers.push(server)
  await new Promise((resolve) => server.once('listening', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

type Reading = { bytes: number } | { failed: string }

/** The limit in front of a handler that reads the body as Remix's adapter does, and says what it got. */
async function serveReader(limit: number) {
  const readings: Reading[] = []
  const app = express()
  app.use(bodyLimit(() => limit))
  const read = async (req: express.Request, res: express.Response) => {
    const request = new Request('http://localhost/', {
      method: 'POST',
      body: createReadableStreamFromReadable(req),
      duplex: 'half',
    } as RequestInit)
    try {
      const body = await request.arrayBuffer()
      readings.push({ bytes: body.byteLength })
      res.send(`read ${body.byteLength}`)
    } catch (error) {
      readings.push({ failed: String(error) })
      // The app answers its failed read, though the 413 went first (as Remix's adapter would).
      res.status(400).send('could not read')
    }
  }
  // Like @remix-run/express: a failure to answer goes to Express's error handlers.
  app.post('*', (req, res, next) => void read(req, res).catch(next))
  app.use(dropAnswersAfterBodyLimit)
  return { origin: await listen(app), readings }
}

type Answer = { status: number; text: string; connection: string | undefined }

/**
 * A POST whose body is sent in chunks with no Content-Length (what a script can do), until
 * the server answers or `total` bytes are sent.
 */
function postChunked(origin: string, total: number, chunkSize = 64 * 1024): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' },
    })
    let answered = false
    request.on('response', (response) => {
      answered = true
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text, connection: response.headers.connection }),
      )
    })
    // Once answered, the server may close while we still write: that is its right.
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    let sent = 0
    const writeMore = () => {
      while (!answered && sent < total) {
        const size = Math.min(chunkSize, total - sent)
        sent += size
        if (!request.write('a'.repeat(size - 1) + '&')) return void request.once('drain', writeMore)
      }
      if (!answered) request.end()
    }
    writeMore()
  })
}

describe('the limit', () => {
  test('is 512 KB, with one place to give a route more (itself and its .data form)', () => {
    const limits = [{ path: '/projects/import', bytes: 20 * 1024 * 1024 }]
    expect(FORM_BODY_LIMIT).toBe(512 * 1024)
    expect(bodyLimitFor('/login')).toBe(FORM_BODY_LIMIT)
    expect(bodyLimitFor('/projects/import', limits)).toBe(20 * 1024 * 1024)
    expect(bodyLimitFor('/projects/import.data', limits)).toBe(20 * 1024 * 1024)
    expect(bodyLimitFor('/projects/import/more', limits)).toBe(FORM_BODY_LIMIT)
  })

  test('lets a body up to the limit through whole, declared or chunked', async () => {
    const { origin, readings } = await serveReader(1000)
    const declared = await fetch(`${origin}/login`, { method: 'POST', body: 'a'.repeat(1000) })
    expect([declared.status, await declared.text()]).toEqual([200, 'read 1000'])
    const chunked = await postChunked(origin, 1000, 100)
    expect([chunked.status, chunked.text]).toEqual([200, 'read 1000'])
    expect(readings).toEqual([{ bytes: 1000 }, { bytes: 1000 }])
  })

  test('answers 413 at once to a Content-Length over it, reading nothing', async () => {
    const { origin, readings } = await serveReader(1000)
    const response = await fetch(`${origin}/login`, { method: 'POST', body: 'a'.repeat(1001) })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(await response.text()).toBe(BODY_TOO_LARGE_MESSAGE)
    expect(readings).toEqual([])
  })

  test('answers 413 to a chunked body once it passes the limit; the reader sees a failure, never a whole body', async () => {
    const { origin, readings } = await serveReader(100 * 1024)
    const error = vi.spyOn(console, 'error')
    const answer = await postChunked(origin, 10 * 1024 * 1024, 16 * 1024)
    expect(answer).toEqual({ status: 413, text: BODY_TOO_LARGE_MESSAGE, connection: 'close' })
    await vi.waitFor(() => expect(readings).toHaveLength(1))
    expect(readings[0]).toHaveProperty('failed')
    // The app's late answer to its failed read is dropped without a log line.
    expect(error).not.toHaveBeenCalled()
  })
})

describe('in front of the app', () => {
  async function serveApp() {
    const action = vi.fn(login.action)
    const app = express()
    app.use(bodyLimit())
    app.all(
      '*',
      createRequestHandler({
        build: appBuild([
          { id: 'routes/login', path: 'login', module: { ...login, action } },
          { id: 'routes/healthz', path: 'healthz', module: healthz },
        ]),
        mode: 'production',
      }),
    )
    app.use(dropAnswersAfterBodyLimit)
    return { origin: await listen(app), action }
  }

  test('a 10 MB form of millions of fields to /login is refused before the app parses it; the health check answers', async () => {
    const { origin, action } = await serveApp()
    const body = 'a=1&'.repeat(2_500_000)
    const [signIn, health] = await Promise.all([
      fetch(`${origin}/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      }),
      fetch(`${origin}/healthz`),
    ])
    expect(signIn.status).toBe(413)
    expect(await signIn.text()).toBe(BODY_TOO_LARGE_MESSAGE)
    expect(health.status).toBe(200)
    expect(action).not.toHaveBeenCalled()
  })

  test('a chunked body over the limit to /login: 413, and the action never sees it whole', async () => {
    const { origin, action } = await serveApp()
    const error = vi.spyOn(console, 'error')
    const answer = await postChunked(origin, 4 * FORM_BODY_LIMIT)
    expect(answer.status).toBe(413)
    expect(answer.text).toBe(BODY_TOO_LARGE_MESSAGE)
    // The action may have started reading; its read failed, so it refused (no sign-in attempt).
    await new Promise((resolve) => setTimeout(resolve, 100))
    for (const result of action.mock.settledResults) {
      expect(result.type).toBe('rejected')
      expect(result.type === 'rejected' && (result.value as Response).status).toBe(400)
    }
    expect(error).not.toHaveBeenCalled()
  })

  test('a sign-in form of ordinary size reaches the action', async () => {
    const { origin, action } = await serveApp()
    const response = await fetch(`${origin}/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'nobody@tiendo.test', password: 'x'.repeat(100) }),
    })
    expect(response.status).toBe(400)
    expect(action).toHaveBeenCalledOnce()
  })
})
