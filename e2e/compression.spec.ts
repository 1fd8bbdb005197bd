import { expect, test } from '@playwright/test'

test.use({ storageState: { cookies: [], origins: [] } })

test('pages come compressed the way the browser asked: Brotli when offered, else gzip', async ({ request }) => {
  for (const [offered, expected] of [
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
  ] as const) {
    const response = await request.get('/login', { headers: { 'Accept-Encoding': offered } })
    expect(response.status()).toBe(200)
    expect(response.headers()['content-encoding']).toBe(expected)
    // Decoded, it is the page.
    expect(await response.text()).toContain('<h1')
  }
})
