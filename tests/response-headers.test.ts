/**
 * What the app's responses say about themselves, through its own Remix handler (documents and
 * single-fetch `.data` requests alike): nothing a page or its data shows is kept by a browser
 * or a proxy (shared office computers), a refused sign-in says when to try again, and a
 * body that is not a form is refused, not a 500.
 */
import { expect, test } from 'vitest'
import * as projects from '~/features/projects/routes/register'
import * as login from '~/features/users/routes/login'
import { CLIENT_IP_HEADER } from '~/utils/request-info.server'
import { signIn } from './integration-utils'
import { appRequestHandler } from './remix-app'

const handle = appRequestHandler([
  { id: 'routes/login', path: 'login', module: login },
  { id: 'routes/projects._index', path: 'projects', index: true, module: projects },
])

let addressCounter = 0
/** Each test from its own address: the sign-in limiter lives for the whole file. */
const nextAddress = () => `192.0.2.${++addressCounter}`

function get(path: string, cookie = '') {
  return handle(new Request(`http://localhost${path}`, { headers: { Cookie: `tiendo_lang=vi; ${cookie}` } }))
}

function post(path: string, body: string, contentType: string, address: string) {
  return handle(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, Cookie: 'tiendo_lang=vi', [CLIENT_IP_HEADER]: address },
      body,
    }),
  )
}

const signInForm = (password: string) => new URLSearchParams({ email: 'nobody@tiendo.test', password }).toString()
const FORM = 'application/x-www-form-urlencoded'

test('a signed-in page and its data are private and not stored', async () => {
  const { cookie } = await signIn('viewer', 'SCT')
  for (const path of [
    '/projects',
    '/projects.data',
    '/projects?q=x',
    '/projects.data?q=x&_routes=routes%2Fprojects._index',
  ]) {
    const response = await get(path, cookie)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('Cache-Control'), path).toBe('private, no-store')
  }
})

test('so are public pages, redirects as data and error pages: none of them is worth keeping', async () => {
  const answers = {
    'the sign-in page': await get('/login'),
    'its data': await get('/login.data'),
    // Remix answers a document's redirect itself, past entry.server; it shows nothing, and
    // browsers keep a 302 only when told to. The redirect as data is covered.
    'a page that needs signing in, as data (a redirect to /login)': await get('/projects.data'),
    'a page that does not exist': await get('/nowhere'),
    'a refused sign-in': await post('/login', signInForm('wrong'), FORM, nextAddress()),
    'a refused sign-in, as data': await post('/login.data', signInForm('wrong'), FORM, nextAddress()),
  }
  for (const [name, response] of Object.entries(answers)) {
    expect(response.status, name).toBeLessThan(500)
    expect(response.headers.get('Cache-Control'), name).toBe('private, no-store')
  }
})

test('the 429 after too many sign-ins says when to try again, for the page and for its data', async () => {
  for (const path of ['/login', '/login.data']) {
    const address = nextAddress()
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await post(path, signInForm(`wrong-${attempt}`), FORM, address)).status).toBe(400)
    }
    const limited = await post(path, signInForm('wrong-again'), FORM, address)
    expect(limited.status, path).toBe(429)
    const retryAfter = Number(limited.headers.get('Retry-After'))
    expect(retryAfter, path).toBeGreaterThan(0)
    expect(retryAfter, path).toBeLessThanOrEqual(60)
  }
})

test('a body that is not a form is refused with 415 through the whole stack, page and data', async () => {
  for (const path of ['/login', '/login.data']) {
    const response = await post(path, '{"email":"a@b.c","password":"x"}', 'application/json', nextAddress())
    expect(response.status, path).toBe(415)
    expect(response.headers.get('Cache-Control'), path).toBe('private, no-store')
  }
  const deep = `${encodeURIComponent(`a${'[0]'.repeat(5000)}`)}=x`
  expect((await post('/login', deep, FORM, nextAddress())).status).toBe(400)
})
