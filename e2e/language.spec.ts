import { expect, test } from '@playwright/test'

test('the language switch changes every string and is remembered', async ({ page }) => {
  await page.goto('/projects')
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { level: 1, name: 'Danh mục dự án' })).toBeVisible()

  await page.getByRole('button', { name: 'Chuyển sang tiếng Anh' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Project register' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(
    page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Projects', exact: true }),
  ).toBeVisible()

  // Remembered on the next visit, and numbers follow the language.
  await page.goto('/projects?sort=registeredCapital&dir=desc')
  await expect(page.getByRole('heading', { level: 1, name: 'Project register' })).toBeVisible()
  await expect(page.getByText(/Registered capital VND [\d,.]+ billion/)).toBeVisible()

  // Validation messages follow too.
  await page.goto('/projects/new')
  await page.getByLabel(/^Area \(ha\)/).fill('1.000,5')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/Not a number in the expected format/).first()).toBeVisible()

  await page.getByRole('button', { name: 'Switch to Vietnamese' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
})
