import { type Page, expect, test } from '@playwright/test'

// Signed out: the sign-in page is the one a stranger sees first.
test.use({ storageState: { cookies: [], origins: [] } })

/** Console messages of the browser refusing something under the Content-Security-Policy. */
function watchCspViolations(page: Page) {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return violations
}

test('pages carry an enforced Content-Security-Policy whose nonce is on every script', async ({ request }) => {
  const response = await request.get('/login')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  expect(headers['content-security-policy-report-only']).toBeUndefined()
  const csp = headers['content-security-policy'] ?? ''
  const directives = Object.fromEntries(
    csp.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/)
      return [name, values.join(' ')]
    }),
  )
  const nonce = /'nonce-([^']+)'/.exec(directives['script-src'] ?? '')?.[1]
  expect(nonce).toBeTruthy()
  expect(directives).toMatchObject({
    'default-src': "'self'",
    'script-src': `'self' 'nonce-${nonce}'`,
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'form-action': "'self'",
    'base-uri': "'self'",
    'object-src': "'none'",
    'frame-ancestors': "'none'",
  })
  // The demo runs on http://localhost: nothing may send the browser to https.
  expect(directives).not.toHaveProperty('upgrade-insecure-requests')

  const html = await response.text()
  const scripts = html.match(/<script\b[^>]*>/g) ?? []
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`)
  // No inline styles for style-src 'self' to refuse.
  expect(html).not.toMatch(/<style\b|\sstyle="/)

  // A new nonce for every response.
  const next = await request.get('/login')
  expect(next.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`)
})

test('every response has the other security headers', async ({ request }) => {
  for (const path of ['/login', '/favicon.svg', '/healthz']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['x-powered-by'], path).toBeUndefined()
    // The local demo (TIENDO_DEMO=1) is served over http: no HSTS.
    expect(headers['strict-transport-security'], path).toBeUndefined()
  }
})

test('the sign-in page hydrates under the policy', async ({ page }) => {
  const violations = watchCspViolations(page)
  // A form React did not take over would post as a page load; the hydrated one checks in the
  // browser or posts through Remix's fetch (/login.data), never as a page load.
  const documentPosts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.isNavigationRequest()) documentPosts.push(request.url())
  })
  await page.goto('/login')
  // The root marks the page once React has hydrated it; a blocked script never would.
  await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Vui lòng nhập thông tin này.').first()).toBeVisible()
  expect(documentPosts).toEqual([])
  expect(violations).toEqual([])
})

test.describe('signed in', () => {
  test.use({ storageState: 'e2e/.auth/viewer.json' })

  test('client-side navigation works under the policy', async ({ page }) => {
    const violations = watchCspViolations(page)
    await page.goto('/projects')
    await expect(page.getByRole('heading', { level: 1, name: 'Danh mục dự án' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhà đầu tư' }).click()
    await expect(page).toHaveURL(/\/investors$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(violations).toEqual([])
  })
})

test('a write from another origin is refused, one from this origin is not', async ({ request, baseURL }) => {
  const form = { locale: 'en', redirectTo: '/login' }

  const foreign = await request.post('/set-language', { form, headers: { Origin: 'https://evil.example' } })
  expect(foreign.status()).toBe(403)
  expect(foreign.headers()['content-type']).toContain('text/plain')
  expect(await foreign.text()).toContain('Request refused')

  const crossSite = await request.post('/set-language', { form, headers: { 'Sec-Fetch-Site': 'cross-site' } })
  expect(crossSite.status()).toBe(403)

  const sameSite = await request.post('/set-language', {
    form,
    headers: { 'Sec-Fetch-Site': 'same-site', Origin: 'http://other.localhost' },
  })
  expect(sameSite.status()).toBe(403)

  const own = await request.post('/set-language', {
    form,
    headers: { Origin: new URL(baseURL ?? '').origin, 'Sec-Fetch-Site': 'same-origin' },
    maxRedirects: 0,
  })
  expect(own.status()).toBe(302)
  expect(own.headers()['location']).toBe('/login')
  expect(own.headers()['set-cookie']).toContain('tiendo_lang=en')
})

test('a form on another site cannot post to Tiendo', async ({ page, baseURL }) => {
  // A page at http://evil.example (served by the test) with a form aimed at Tiendo.
  await page.route('http://evil.example/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Evil</title>
        <form method="post" action="${baseURL}/set-language">
          <input type="hidden" name="locale" value="en"><input type="hidden" name="redirectTo" value="/login">
          <button>Go</button>
        </form></html>`,
    }),
  )
  await page.goto('http://evil.example/')
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().endsWith('/set-language')),
    page.getByRole('button', { name: 'Go' }).click(),
  ])
  expect(response.status()).toBe(403)
  await expect(page.getByText('Yêu cầu bị từ chối')).toBeVisible()
  expect(await page.context().cookies(baseURL)).not.toContainEqual(expect.objectContaining({ name: 'tiendo_lang' }))
})
