/** Throws a Response (404, 400…) when a condition fails: loaders read top to bottom. */
export function invariantResponse(condition: unknown, message: string, status = 400): asserts condition {
  if (!condition) throw new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

/** A redirect target from a form or query string, only ever on this site. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
    return fallback
  }
  return target
}
