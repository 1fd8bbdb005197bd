import { describe, expect, test } from 'vitest'
import { checkCrossOrigin } from './csrf.js'

const post = { method: 'POST', protocol: 'http', host: 'localhost:3000', origin: undefined, secFetchSite: undefined }

describe('checkCrossOrigin', () => {
  test('a form posted by this site goes through', () => {
    expect(checkCrossOrigin({ ...post, origin: 'http://localhost:3000', secFetchSite: 'same-origin' })).toEqual({
      allowed: true,
    })
    // Upper-case host, default port: the same origin.
    expect(
      checkCrossOrigin({ ...post, protocol: 'https', host: 'Tiendo.Example:443', origin: 'https://tiendo.example' }),
    ).toEqual({ allowed: true })
  })

  test('a request the user made directly (Sec-Fetch-Site: none) goes through', () => {
    expect(checkCrossOrigin({ ...post, secFetchSite: 'none' }).allowed).toBe(true)
  })

  test('a write from another site is refused, whatever its Origin says', () => {
    expect(checkCrossOrigin({ ...post, secFetchSite: 'cross-site' }).allowed).toBe(false)
    expect(checkCrossOrigin({ ...post, secFetchSite: 'cross-site', origin: 'http://localhost:3000' }).allowed).toBe(
      false,
    )
  })

  test('a write from a sibling subdomain (same-site, which SameSite=Lax lets through) is refused', () => {
    expect(
      checkCrossOrigin({ ...post, secFetchSite: 'same-site', origin: 'http://other.localhost:3000' }).allowed,
    ).toBe(false)
  })

  test('an Origin other than the request’s own is refused', () => {
    expect(checkCrossOrigin({ ...post, origin: 'https://evil.example' }).allowed).toBe(false)
    // Same host, other scheme or port: another origin.
    expect(checkCrossOrigin({ ...post, origin: 'https://localhost:3000' }).allowed).toBe(false)
    expect(checkCrossOrigin({ ...post, origin: 'http://localhost:3001' }).allowed).toBe(false)
    expect(checkCrossOrigin({ ...post, origin: 'not a url' }).allowed).toBe(false)
    // No Host to compare with: nothing can match.
    expect(checkCrossOrigin({ ...post, host: undefined, origin: 'http://localhost:3000' }).allowed).toBe(false)
  })

  test('the opaque Origin "null" is refused on a write', () => {
    expect(checkCrossOrigin({ ...post, origin: 'null' }).allowed).toBe(false)
    expect(checkCrossOrigin({ ...post, method: 'DELETE', origin: 'null' }).allowed).toBe(false)
  })

  test('reads go through with or without headers, from anywhere', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'get']) {
      expect(checkCrossOrigin({ ...post, method }).allowed).toBe(true)
      expect(checkCrossOrigin({ ...post, method, origin: 'null', secFetchSite: 'cross-site' }).allowed).toBe(true)
    }
  })

  test('a write without Origin or Sec-Fetch-Site (not a browser) goes through', () => {
    expect(checkCrossOrigin(post).allowed).toBe(true)
  })
})
