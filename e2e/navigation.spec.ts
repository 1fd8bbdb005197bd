import { type Page, expect, test } from '@playwright/test'
import { waitForHydration } from './utils'

/** The first project of the list: a link in the table's body (the header's links sort). */
function firstProjectLink(page: Page) {
  return page.getByRole('table').getByRole('rowgroup').nth(1).getByRole('link').first()
}

/** Marks the document on screen: a new document would not carry the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => {
    ;(window as unknown as { tiendoSameDocument?: true }).tiendoSameDocument = true
  })
}

async function isSameDocument(page: Page) {
  return page.evaluate(() => (window as unknown as { tiendoSameDocument?: true }).tiendoSameDocument === true)
}

test("the app's links change the page without loading a new document, and Back returns", async ({ page }) => {
  await page.goto('/projects')
  await waitForHydration(page)
  await markDocument(page)
  const documentsLoaded: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documentsLoaded.push(request.url())
  })

  // A new query string for the page being shown: the sort header
  await page.getByRole('link', { name: 'Sắp xếp theo Mã dự án' }).click()
  await expect(page).toHaveURL(/\/projects\?sort=code&dir=asc$/)
  await expect(page.getByRole('columnheader', { name: /Mã dự án/ })).toHaveAttribute('aria-sort', 'ascending')

  // A path: a project of the list
  const projectLink = firstProjectLink(page)
  const name = (await projectLink.textContent()) ?? ''
  await projectLink.click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page).toHaveURL(/\/projects\/[^/?]+$/)

  // The header marks the section: the register itself only on the list, not on a project
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' })
  await expect(nav.getByRole('link', { name: 'Dự án', exact: true })).not.toHaveAttribute('aria-current')
  await nav.getByRole('link', { name: 'Tiến độ', exact: true }).click()
  await expect(page).toHaveURL(/\/progress$/)
  await expect(nav.getByRole('link', { name: 'Tiến độ', exact: true })).toHaveAttribute('aria-current', 'page')
  await page.goBack()

  await page.goBack()
  await expect(page).toHaveURL(/\/projects\?sort=code&dir=asc$/)
  await expect(page.getByRole('link', { name })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Dự án', exact: true })).toHaveAttribute('aria-current', 'page')

  expect(await isSameDocument(page)).toBe(true)
  expect(documentsLoaded).toEqual([])
})

test('a link opened with a modifier key is left to the browser: a new tab, this page stays', async ({ page }) => {
  await page.goto('/projects')
  await waitForHydration(page)
  const projectLink = firstProjectLink(page)
  const href = (await projectLink.getAttribute('href')) ?? ''
  expect(href).toMatch(/^\/projects\/[^/?]+$/)

  const [tab] = await Promise.all([page.context().waitForEvent('page'), projectLink.click({ modifiers: ['Control'] })])
  await tab.waitForLoadState()
  expect(new URL(tab.url()).pathname).toBe(href)
  await expect(page).toHaveURL(/\/projects$/)
  await tab.close()
})
