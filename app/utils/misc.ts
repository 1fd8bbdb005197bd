/** Throws a Response (404, 400…) when a condition fails: loaders read top to bottom. */
export function invariantResponse(condition: unknown, message: string, status = 400): asserts condition {
  if (!condition) throw new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * ASCII control characters, space, DEL and the backslash. Browsers drop tabs and newlines
 * inside a URL and read a backslash as "/", so "/<tab>/evil.example" and "/<backslash>evil.example"
 * are "//evil.example", another site; CR/LF would also make the Location header throw (a 500).
 * Paths the app makes (a URL's pathname and search) have all of these percent-encoded.
 */
function hasUnsafeCharacter(target: string): boolean {
  for (let index = 0; index < target.length; index++) {
    const code = target.charCodeAt(index)
    if (code <= 0x20 || code === 0x7f || code === 0x5c) return true
  }
  return false
}

const PROBE_ORIGIN = 'http://tiendo.invalid'

/** A redirect target from a form or query string, only ever a path on this site; else the fallback. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof target !== 'string' || hasUnsafeCharacter(target)) return fallback
  // A single "/" first: no scheme ("https:", "javascript:"), no other host ("//evil").
  if (!target.startsWith('/') || target.startsWith('//')) return fallback
  let url: URL
  try {
    url = new URL(target, PROBE_ORIGIN)
  } catch {
    return fallback
  }
  // Dot segments can leave "//" at the start ("/..//evil"): a host to whoever re-reads the path.
  if (url.origin !== PROBE_ORIGIN || url.pathname.startsWith('//')) return fallback
  return target
}
