import { describe, expect, test } from 'vitest'
import { safeRedirectPath } from '~/utils/misc'

describe('safeRedirectPath', () => {
  test.each([
    '/projects',
    '/projects/abc123/events?tab=status#milestones',
    '/progress/report?period=2025-Q3',
    // Percent-encoded characters stay encoded: the browser asks this site for that path.
    '/projects?q=%C4%91%E1%BA%A5t',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%09/evil.example',
    '/javascript:alert(1)',
    '/@evil.example',
  ])('keeps %j, a path on this site', (target) => {
    expect(safeRedirectPath(target, '/fallback')).toBe(target)
  })

  test.each([
    // Browsers drop tabs and newlines inside a URL, so "/\t/evil" is "//evil": another site.
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['a carriage return and line feed (a header injection)', '/projects\r\nSet-Cookie: x=1'],
    ['a line feed alone', '/projects\n'],
    ['a NUL', '/projects\u0000'],
    ['DEL', '/\u007f/evil.example'],
    ['a space', '/ /evil.example'],
    ['a leading space', ' /projects'],
    // Browsers read "\" as "/" in http URLs.
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash further on', '/projects\\..\\..\\/evil.example'],
    ['two slashes', '//evil.example'],
    ['three slashes', '///evil.example'],
    ['dot segments that leave two slashes', '/..//evil.example'],
    ['a single dot segment that leaves two slashes', '/.//evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['an absolute URL of this scheme without slashes', 'http:evil.example'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path', 'projects'],
    ['the empty string', ''],
  ])('refuses %s', (_case, target) => {
    expect(safeRedirectPath(target, '/fallback')).toBe('/fallback')
  })

  test('refuses what is not a string (a file from a multipart form, null, undefined)', () => {
    expect(safeRedirectPath(new File(['/projects'], 'x.txt'), '/fallback')).toBe('/fallback')
    expect(safeRedirectPath(null, '/fallback')).toBe('/fallback')
    expect(safeRedirectPath(undefined)).toBe('/')
  })

  test('every refused target can go in a Location header, and every kept one stays on this site', () => {
    const hostile = ['/\t/evil.example', '/x\r\nSet-Cookie: a=b', '/\\evil', '//evil', 'https://evil', 'javascript:x']
    for (const target of hostile) {
      const location = safeRedirectPath(target, '/projects')
      expect(() => new Headers({ Location: location })).not.toThrow()
      expect(new URL(location, 'https://tiendo.example').origin).toBe('https://tiendo.example')
    }
  })
})
