import { type HeadersFunction } from '@remix-run/node'

/**
 * Every page and its data (app/entry.server.tsx): nothing the app shows is kept by the
 * browser or a proxy, so the next person at a shared office computer cannot bring it back
 * with Back or from the cache after the first signs out. Public pages lose nothing by it.
 */
export const PRIVATE_NO_STORE = 'private, no-store'

/** The response with Cache-Control set; a copy when its headers cannot be changed. */
export function withPrivateNoStore(response: Response): Response {
  try {
    response.headers.set('Cache-Control', PRIVATE_NO_STORE)
    return response
  } catch {
    const copy = new Response(response.body, response)
    copy.headers.set('Cache-Control', PRIVATE_NO_STORE)
    return copy
  }
}

/**
 * A route's `headers`: Remix keeps only Set-Cookie from what an action or loader returned
 * unless the route passes the rest on, so a 429's Retry-After never reached the client.
 */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, loaderHeaders, errorHeaders }) => {
  const headers = new Headers()
  const retryAfter =
    actionHeaders.get('Retry-After') ?? errorHeaders?.get('Retry-After') ?? loaderHeaders.get('Retry-After')
  if (retryAfter) headers.set('Retry-After', retryAfter)
  return headers
}
