import { request as httpRequest } from 'node:http'

/**
 * A browser's requests without a browser: same-origin form posts with a session cookie and
 * a client address of one's own, redirects not followed (a 302 is the answer we count), and
 * the forms of a page read from its HTML.
 */

export type Answer = { status: number; location: string | null; setCookie: string | null; text: string; ms: number }

export type Send = {
  method?: string
  /** Already encoded; a string or bytes. */
  body?: string | Uint8Array
  contentType?: string
  cookie?: string
  ip?: string
  headers?: Record<string, string>
}

let nextAddress = 1
/** A client address of its own, 10.x.y.z, for each simulated person (the proxy's X-Forwarded-For). */
export function newAddress() {
  const n = nextAddress++
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/**
 * One request on a connection of its own (no keep-alive): the server closes a connection on
 * which it refused a body unread (413), and a client that reused such a connection would
 * see a reset that says nothing about the request it sent on it. Browsers send a request
 * again after such a reset; counting it here would blame the server for the client's reuse.
 */
export function send(origin: string, path: string, options: Send = {}): Promise<Answer> {
  const started = performance.now()
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST')
  const headers: Record<string, string> = {
    'accept-language': 'vi',
    'x-forwarded-for': options.ip ?? '10.255.255.254',
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...(options.contentType ? { 'content-type': options.contentType } : {}),
    ...(method !== 'GET' && method !== 'HEAD' ? { origin } : {}),
    ...options.headers,
  }
  const body = options.body === undefined ? undefined : Buffer.from(options.body)
  if (body) headers['content-length'] = String(body.length)
  return new Promise((resolve, reject) => {
    let answer: (() => Answer) | undefined
    const request = httpRequest(`${origin}${path}`, { method, headers, agent: false, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = []
      answer = () => ({
        status: response.statusCode ?? 0,
        location: response.headers.location ?? null,
        setCookie: response.headers['set-cookie']?.join(', ') ?? null,
        text: Buffer.concat(chunks).toString('utf8'),
        ms: performance.now() - started,
      })
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve(answer!()))
      response.on('error', () => resolve(answer!()))
    })
    request.on('timeout', () => request.destroy(new Error('no answer within 30 s')))
    // A server that answered (a 413) and closed while the body was still being sent: the
    // answer stands; only a request with no answer at all is an error.
    request.on('error', (error) => (answer ? resolve(answer()) : reject(error)))
    request.end(body)
  })
}

export function encodeForm(entries: Iterable<[string, string]>): string {
  return new URLSearchParams([...entries]).toString()
}

export function postForm(origin: string, path: string, entries: Iterable<[string, string]>, options: Send = {}) {
  return send(origin, path, {
    ...options,
    method: 'POST',
    body: encodeForm(entries),
    contentType: 'application/x-www-form-urlencoded',
  })
}

/** Signs in and returns the session cookie (name=value), or throws with what the app said. */
export async function signIn(origin: string, email: string, password: string, ip = newAddress()) {
  const answer = await postForm(
    origin,
    '/login',
    [
      ['email', email],
      ['password', password],
      ['redirectTo', '/projects'],
    ],
    { ip },
  )
  const cookie = answer.setCookie?.split(';')[0]
  if (answer.status !== 302 || !cookie) throw new Error(`Sign-in of ${email} answered ${answer.status}`)
  return cookie
}

export type PageForm = {
  method: string
  action: string | null
  /** Every named control with the value it would send as the page stands (hidden ones included). */
  values: [string, string][]
  /** Every control's name, for the corpus to aim at. */
  names: string[]
  /** The values of submit buttons named "intent". */
  intents: string[]
}

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1]?.toLowerCase()
    if (name) attributes[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}

function decodeEntities(text: string) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The POST forms of a page (or its GET forms: filters), read from its server-rendered HTML. */
export function formsOf(html: string, wanted: 'post' | 'get' = 'post'): PageForm[] {
  const forms: PageForm[] = []
  for (const match of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const formAttributes = attributesOf(match[1] ?? '')
    const method = (formAttributes.method ?? 'get').toLowerCase()
    if (method !== wanted) continue
    const inner = match[2] ?? ''
    const values: [string, string][] = []
    const names = new Set<string>()
    const intents: string[] = []
    for (const control of inner.matchAll(/<(input|select|textarea|button)\b([^>]*)>/g)) {
      const kind = control[1]
      const attributes = attributesOf(control[2] ?? '')
      const name = attributes.name
      if (!name) continue
      names.add(name)
      if (kind === 'button' || attributes.type === 'submit') {
        if (name === 'intent' && attributes.value) intents.push(attributes.value)
        continue
      }
      if (kind === 'input') {
        const type = attributes.type ?? 'text'
        if ((type === 'checkbox' || type === 'radio') && !('checked' in attributes)) continue
        values.push([name, attributes.value ?? (type === 'checkbox' ? 'on' : '')])
      }
    }
    forms.push({ method, action: formAttributes.action ?? null, values, names: [...names], intents })
  }
  return forms
}

/**
 * The page's form for `intent` (a submit button's value or a hidden field's); without one, the
 * page's own form, the one with the most fields (the header's sign-out and language forms
 * come first on every page).
 */
export function findForm(forms: PageForm[], intent?: string): PageForm | undefined {
  if (!intent) return [...forms].sort((a, b) => b.names.length - a.names.length)[0]
  return forms.find(
    (form) =>
      form.intents.includes(intent) || form.values.some(([name, value]) => name === 'intent' && value === intent),
  )
}
