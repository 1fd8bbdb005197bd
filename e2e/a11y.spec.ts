import AxeBuilder from '@axe-core/playwright'
import { type BrowserContext, type Page, expect, test } from '@playwright/test'

async function expectNoAxeViolations(page: Page) {
  const path = new URL(page.url()).pathname + new URL(page.url()).search
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const summary = results.violations.map((violation) => ({
    path,
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }))
  expect(summary).toEqual([])
}

async function firstProjectPath(page: Page) {
  await page.goto('/projects')
  // The first body row's link (the header row's links sort the table).
  const href = await page.getByRole('table').getByRole('row').nth(1).getByRole('link').getAttribute('href')
  if (!href?.startsWith('/projects/')) throw new Error('The demo register has no project')
  return href
}

/** Loads each page in turn: in the language asked for, and without axe violations. */
async function expectPagesPass(page: Page, locale: 'vi' | 'en', paths: readonly string[]) {
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expectNoAxeViolations(page)
  }
}

async function useLanguage(context: BrowserContext, locale: 'vi' | 'en') {
  await context.addCookies([
    { name: 'tiendo_lang', value: locale, url: 'http://localhost' + ':' + (process.env.E2E_PORT ?? '3999') },
  ])
}

// The administrator sees every page and every button.
test.use({ storageState: 'e2e/.auth/admin.json' })

// Each language's pages are split over a few tests so that none nears the test timeout.
for (const locale of ['vi', 'en'] as const) {
  const language = locale === 'vi' ? 'Vietnamese' : 'English'

  test(`every page of a project passes axe (WCAG 2.2 AA) in ${language}`, async ({ page, context }) => {
    await useLanguage(context, locale)
    const projectPath = await firstProjectPath(page)
    await expectPagesPass(page, locale, [
      projectPath,
      `${projectPath}/edit`,
      `${projectPath}/status`,
      `${projectPath}/delete`,
      `${projectPath}/history`,
    ])
  })

  test(`every register page passes axe (WCAG 2.2 AA) in ${language}`, async ({ page, context }) => {
    await useLanguage(context, locale)
    const pages = [
      '/projects',
      '/projects?q=khong-co-du-an-nao-nhu-vay',
      '/projects/new',
      '/projects/deleted',
      '/exchange-rates',
      '/investors',
      '/investors?q=khong-co-ai',
      '/projects/does-not-exist',
      '/no-such-page',
    ]
    await page.goto('/investors')
    const investorPath = await page.getByRole('table').getByRole('row').nth(1).getByRole('link').getAttribute('href')
    if (investorPath) pages.push(investorPath)
    await expectPagesPass(page, locale, pages)
    // A form showing its errors is a page too.
    await page.goto('/projects/new')
    await page.getByRole('button', { name: locale === 'vi' ? 'Lưu' : 'Save' }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test(`every administration page passes axe (WCAG 2.2 AA) in ${language}`, async ({ page, context }) => {
    await useLanguage(context, locale)
    const pages = [
      '/admin/departments',
      '/admin/audit',
      '/admin/users',
      '/admin/users?q=khong-co-ai',
      '/admin/users/new',
      '/account/password',
    ]
    await page.goto('/admin/users')
    const userPath = await page.getByRole('table').getByRole('row').nth(1).getByRole('link').getAttribute('href')
    if (userPath) pages.push(userPath)
    await expectPagesPass(page, locale, pages)
  })

  test(`every goals, statistics and progress page passes axe (WCAG 2.2 AA) in ${language}`, async ({
    page,
    context,
  }) => {
    await useLanguage(context, locale)
    const projectPath = await firstProjectPath(page)
    const pages = ['/progress', '/progress?period=2025-Q3', '/goals', '/goals/new', '/statistics', '/statistics/new']
    // A goal page: the first card's link on the Q3/2025 overview (the demo seed has goals there).
    await page.goto('/progress?period=2025-Q3')
    const goalLink = page.getByRole('link', { name: locale === 'vi' ? /Xem cách tính/ : /See how it is computed/ })
    if ((await goalLink.count()) > 0) pages.push((await goalLink.first().getAttribute('href')) ?? '/progress')
    // A goal's editor: the first "edit" link of the goals list.
    await page.goto('/goals')
    const goalEditPath = await page
      .getByRole('link', { name: locale === 'vi' ? /^Sửa chỉ tiêu/ : /^Edit goal/ })
      .first()
      .getAttribute('href')
    expect(goalEditPath).toMatch(/^\/goals\/[^/]+\/edit$/)
    pages.push(goalEditPath!)
    // A project's capital and land page: its tab on the project's page.
    await page.goto(projectPath)
    const eventsPath = await page
      .getByRole('navigation', { name: locale === 'vi' ? 'Các mục của dự án' : 'Project sections' })
      .getByRole('link', { name: locale === 'vi' ? 'Vốn, giải ngân, GPMB' : 'Capital & land' })
      .getAttribute('href')
    expect(eventsPath).toBe(`${projectPath}/events`)
    pages.push(eventsPath!)
    await expectPagesPass(page, locale, pages)
    // The goal editor showing its errors.
    await page.goto('/goals/new')
    await page.getByRole('button', { name: locale === 'vi' ? 'Lưu' : 'Save' }).click()
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('the sign-in page passes axe', async ({ browser }) => {
  const context = await browser.newContext({ storageState: undefined })
  const page = await context.newPage()
  await page.goto('/login')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expectNoAxeViolations(page)
  await context.close()
})

test('every control can be reached and used from the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('/projects')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' })
  await expect(skip).toBeFocused()
  const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle)
  expect(outline).not.toBe('none')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})
