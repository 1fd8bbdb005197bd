/**
 * The middleware that refuses cross-site writes (the decision is server/csrf.ts's) and has
 * each refusal written to the audit trail. The row is written by the app
 * (app/utils/cross-origin-audit.server.ts, exported by app/entry.server.tsx), found on the
 * Remix build the server loads: this code is compiled apart from app/ and cannot import it.
 */
import { type ServerBuild } from '@remix-run/node'
import { CROSS_ORIGIN_REFUSED_MESSAGE, checkCrossOrigin } from './csrf.js'
import type express from 'express'

/** What the app's recorder receives; the same shape as CrossOriginRefusal in the app. */
export type CrossOriginRefusal = {
  method: string
  path: string
  reason: string
  ip: string
  cookie: string | undefined
}

export type RecordCrossOriginRefusal = (refusal: CrossOriginRefusal) => Promise<unknown>

/** The app's recorder on a loaded build, or undefined on a build that does not export one. */
export function refusalRecorderOf(build: Pick<ServerBuild, 'entry'>): RecordCrossOriginRefusal | undefined {
  const entryModule: object = build.entry.module
  const recorder = 'recordCrossOriginRefusal' in entryModule ? entryModule.recordCrossOriginRefusal : undefined
  return typeof recorder === 'function' ? (recorder as RecordCrossOriginRefusal) : undefined
}

/**
 * Lets safe and same-origin requests through; answers 403 to the others after recording
 * them. A recorder that fails (the database busy or gone) changes nothing for the answer.
 */
export function crossOriginGuard({
  record,
  clientIpHeader,
}: {
  record: RecordCrossOriginRefusal | undefined
  /** The header the server sets to the client's address (x-tiendo-client-ip). */
  clientIpHeader: string
}): express.RequestHandler {
  return async (req, res, next) => {
    const decision = checkCrossOrigin({
      method: req.method,
      protocol: req.protocol,
      host: req.headers.host,
      origin: req.headers.origin,
      secFetchSite: req.get('sec-fetch-site'),
    })
    if (decision.allowed) return next()
    const ip = String(req.headers[clientIpHeader] ?? 'unknown')
    console.warn(`Refused ${req.method} ${req.path} from ${ip}: ${decision.reason}`)
    try {
      await record?.({ method: req.method, path: req.path, reason: decision.reason, ip, cookie: req.headers.cookie })
    } catch (error) {
      console.error('Could not write the refusal to the audit trail:', error)
    }
    res.status(403).type('text/plain; charset=utf-8').send(CROSS_ORIGIN_REFUSED_MESSAGE)
  }
}
