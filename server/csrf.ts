/**
 * Refusing writes that another site makes a browser send. SameSite=Lax already keeps the
 * session cookie off cross-site POSTs; this check also covers what Lax lets through
 * (a sibling subdomain is "same-site") and requests that need no cookie (the language switch).
 */

/** Methods that change nothing, so any site may send them. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** `Sec-Fetch-Site` values a write may carry: this origin, or the user typing or bookmarking. */
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none'])

export type CrossOriginInput = {
  method: string
  /** The request's scheme as the server sees it: 'http' or 'https'. */
  protocol: string
  host: string | undefined
  origin: string | undefined
  secFetchSite: string | undefined
}

export type CrossOriginDecision = { allowed: true } | { allowed: false; reason: string }

/** An origin in its canonical form (lower case, no default port), or null if it is not one. */
function canonicalOrigin(value: string): string | null {
  try {
    const origin = new URL(value).origin
    // Opaque origins (data:, file:, "null") serialise as "null".
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/**
 * Whether a request may go on. Browsers send `Sec-Fetch-Site` (all current ones) and
 * `Origin` (on every POST) and pages cannot forge either; a client that sends neither is
 * not a browser acting for someone else, so it is let through (the cookie rules still apply).
 */
export function checkCrossOrigin(input: CrossOriginInput): CrossOriginDecision {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { allowed: true }

  const fetchSite = input.secFetchSite?.trim().toLowerCase()
  if (fetchSite && !ALLOWED_FETCH_SITES.has(fetchSite)) return { allowed: false, reason: `sec-fetch-site ${fetchSite}` }

  if (input.origin === undefined) return { allowed: true }
  // "null" is what sandboxed frames, data: URLs and some redirects send: never this site.
  const origin = canonicalOrigin(input.origin.trim())
  const expected = input.host ? canonicalOrigin(`${input.protocol}://${input.host}`) : null
  if (origin === null || expected === null || origin !== expected) {
    return { allowed: false, reason: `origin ${input.origin}` }
  }
  return { allowed: true }
}

/** The answer to a refused request: plain text, Vietnamese first. */
export const CROSS_ORIGIN_REFUSED_MESSAGE =
  'Yêu cầu bị từ chối: biểu mẫu được gửi từ một trang web khác.\n' +
  'Request refused: the form was sent from another website.\n'
