/**
 * The security headers of every answer: a Content-Security-Policy enforced with a nonce
 * per request, HSTS on a real deployment only, and helmet's other defaults. Apart from
 * server/index.ts so a test can mount them (server/security-headers.test.ts).
 * See docs/decisions/006-security.md.
 */
import { randomBytes } from 'node:crypto'
import { type ServerResponse } from 'node:http'
import helmet, { type HelmetOptions } from 'helmet'
import type express from 'express'

export type SecurityHeaderSettings = {
  /** NODE_ENV=production */
  isProduction: boolean
  /** TIENDO_DEMO=1: the production build on http://localhost. */
  isLocalDemo: boolean
}

type Locals = { cspNonce: string }

/** The nonce made for this request; Remix's inline scripts carry it (app/entry.server.tsx, app/root.tsx). */
export const cspNonceOf = (res: ServerResponse) => (res as express.Response<unknown, Locals>).locals.cspNonce

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

function contentSecurityPolicy({ upgradeInsecureRequests }: { upgradeInsecureRequests: boolean }) {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", (_req, res) => `'nonce-${cspNonceOf(res)}'`],
      // No inline styles: the app uses Tailwind classes only, never a style attribute.
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      // Only on a page served over HTTPS: on http://localhost it would send every asset
      // request to https://localhost, where nothing answers.
      upgradeInsecureRequests: upgradeInsecureRequests ? [] : null,
    },
  })
}

/** helmet's options for this deployment (the CSP is set per request, see securityHeaders). */
export function helmetOptionsFor({ isProduction, isLocalDemo }: SecurityHeaderSettings): HelmetOptions {
  return {
    contentSecurityPolicy: false,
    // A deployment behind HTTPS only; the local demo and development run on http://localhost,
    // where a remembered HSTS would break every other site served there.
    strictTransportSecurity: isProduction && !isLocalDemo ? { maxAge: ONE_YEAR_SECONDS } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    xFrameOptions: { action: 'deny' },
  }
}

/** The middlewares, in order: a nonce and the CSP for this request, then helmet's headers. */
export function securityHeaders(settings: SecurityHeaderSettings): express.RequestHandler[] {
  const cspOverHttp = contentSecurityPolicy({ upgradeInsecureRequests: false })
  const cspOverHttps = contentSecurityPolicy({ upgradeInsecureRequests: true })
  return [
    (req, res, next) => {
      res.locals.cspNonce = randomBytes(16).toString('base64')
      const csp = settings.isProduction && req.secure ? cspOverHttps : cspOverHttp
      csp(req, res, next)
    },
    helmet(helmetOptionsFor(settings)),
  ]
}

/**
 * Everything the app itself answers (after the static assets, which keep their long caching)
 * is `private, no-store` unless the app says otherwise: pages and their data, but also the
 * redirects and resource routes that skip app/entry.server.tsx. A department's computers
 * are shared; nothing shown behind sign-in may be kept by a browser or a proxy.
 */
export const noStoreByDefault: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'private, no-store')
  next()
}
