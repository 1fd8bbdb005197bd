/**
 * A limit on the size of every request's body, before the app reads a byte of it. Without
 * one, a 10 MB form of a million fields sent to /login froze the whole server (the health
 * check too) for seconds while it was parsed. Forms are small: the largest the app makes (a
 * dialogue meeting with fifty obstacles, their descriptions at most 5,000 characters each)
 * stays far below the limit in ordinary use.
 */
import type express from 'express'

/** The limit of every route without a line in BODY_LIMITS. */
export const FORM_BODY_LIMIT = 512 * 1024

/**
 * The routes allowed a larger body, and how large: the one place to add a spreadsheet
 * upload (e.g. `{ path: '/projects/import', bytes: 20 * 1024 * 1024 }`). A path matches
 * itself and, with ".data" added, its single-fetch form.
 */
export const BODY_LIMITS: readonly { path: string; bytes: number }[] = []

/** The answer to a body over the limit: plain text, Vietnamese first. */
export const BODY_TOO_LARGE_MESSAGE =
  'Yêu cầu bị từ chối: nội dung gửi lên quá lớn.\n' + 'Request refused: what was sent is too large.\n'

/** The limit in bytes for a request's path. */
export function bodyLimitFor(path: string, limits: readonly { path: string; bytes: number }[] = BODY_LIMITS): number {
  const route = path.endsWith('.data') ? path.slice(0, -'.data'.length) : path
  return limits.find((limit) => limit.path === route)?.bytes ?? FORM_BODY_LIMIT
}

/** Set on a response this middleware answered, so the app's late answer is dropped quietly. */
const REFUSED = Symbol('body too large')
type Refusable = express.Response & { [REFUSED]?: true }

/**
 * Refuses a body over the limit with 413: at once when its Content-Length says so (nothing
 * is read), else as soon as the bytes counted on arrival pass it (a chunked body states no
 * length). Counting only watches the bytes: whoever reads the body still reads it, and the
 * app never sees a body past the limit as complete, only as failed.
 */
export function bodyLimit(limitFor: (path: string) => number = bodyLimitFor): express.RequestHandler {
  return (req, res, next) => {
    const limit = limitFor(req.path)
    // Node has already refused a Content-Length that is not a number, or two that differ.
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > limit) {
      refuse(res)
      return
    }
    // Without a length or chunks there is no body (every GET): nothing to watch.
    if (declared === 0 && req.headers['transfer-encoding'] === undefined) return next()
    let received = 0
    const count = (chunk: Buffer) => {
      received += chunk.length
      if (received <= limit) return
      req.off('data', count)
      refuse(res)
      // Whoever is reading sees an error, never an end: a body cut short is not a form.
      req.destroy(new Error(`The request body is larger than ${limit} bytes.`))
    }
    req.on('data', count)
    // Watching must not start the body flowing before the app asks for it.
    req.pause()
    next()
  }
}

function refuse(res: Refusable) {
  if (res.headersSent) return
  res[REFUSED] = true
  // The rest of the body is not read: the connection cannot carry another request.
  res.status(413).set('Connection', 'close').type('text/plain; charset=utf-8').send(BODY_TOO_LARGE_MESSAGE)
}

/**
 * After the 413, the app may still answer the request it was reading (its read failed):
 * that answer has nowhere to go, and is not an error worth a log line.
 */
export const dropAnswersAfterBodyLimit: express.ErrorRequestHandler = (error, _req, res: Refusable, next) => {
  if (res[REFUSED] && res.headersSent) return
  next(error)
}
