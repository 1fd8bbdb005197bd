import { type Page, expect } from '@playwright/test'

/** A name no other test run uses, with Vietnamese diacritics to search without. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`
}

/** Fills the editor's required fields the way a member of staff would. */
export async function fillRequiredProjectFields(page: Page, { code, name }: { code: string; name: string }) {
  await page.getByLabel('Mã dự án').fill(code)
  await page.getByLabel('Loại dự án').selectOption({ label: 'Nhà máy' })
  await page.getByLabel('Tên dự án (tiếng Việt)').fill(name)
  await page.getByLabel('Ngành').selectOption({ label: 'Chế biến, chế tạo' })
  await page.getByLabel('Cơ quan theo dõi').selectOption({ label: 'Sở Công Thương' })
  await page.getByLabel('Xã, phường, đặc khu').selectOption({ index: 1 })
  await page.getByLabel('Nguồn vốn').selectOption({ label: 'Trong nước' })
}

export async function expectToast(page: Page, text: string | RegExp) {
  await expect(page.getByRole('status').filter({ hasText: text })).toBeVisible()
}

/**
 * Waits until React has hydrated the page (root.tsx marks <html data-hydrated>): what a test
 * does before then is not seen by the page's state (a chosen metric would not yet change its
 * target's label).
 */
export async function waitForHydration(page: Page) {
  await expect(page.locator('html[data-hydrated]')).toBeAttached()
}
