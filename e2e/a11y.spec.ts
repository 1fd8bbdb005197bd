import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, type Page, expect, test } from '@playwright/test'
import { expectToast, fillRequiredProjectFields, uniqueSuffix, waitForHydration } from './utils'

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
  // The first body row's first link, its name (the header row's links sort the table; a later
  // cell links to the project's open obstacles).
  const href = await page.getByRole('table').getByRole('row').nth(1).getByRole('link').first().getAttribute('href')
  if (!href?.startsWith('/projects/')) throw new Error('The demo register has no project')
  return href
}

/**
 * Creates a project of its own and deletes it, so that the deleted view has a row to scan
 * without taking a demo project out of the register the other journeys read. A unique code,
 * so that a second run on the same database (the tablet project) does not collide.
 */
async function deleteThrowawayProject(browser: Browser) {
  const context = await browser.newContext({ storageState: 'e2e/.auth/editor-sct.json' })
  const page = await context.newPage()
  const suffix = uniqueSuffix()
  const name = `Dự án thử khả năng tiếp cận ${suffix}`
  await page.goto('/projects/new')
  await fillRequiredProjectFields(page, { code: `AXE-${suffix}`.toUpperCase(), name })
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await page.getByRole('link', { name: 'Xoá dự án' }).click()
  await page.getByRole('button', { name: 'Xoá dự án' }).click()
  await expectToast(page, `Đã xoá dự án ${name}.`)
  await context.close()
  return name
}

/**
 * Nothing wider than the window: a wide table scrolls inside its own box, and the header and
 * navigation wrap, so the page itself never scrolls sideways (WCAG 1.4.10, and a tablet's width).
 */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, `${new URL(page.url()).pathname} is wider than the window`).toBeLessThanOrEqual(0)
}

/** Loads each page in turn: in the language asked for, without axe violations, within the window's width. */
async function expectPagesPass(page: Page, locale: 'vi' | 'en', paths: readonly string[]) {
  for (const path of paths) {
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expectNoAxeViolations(page)
    await expectNoSidewaysScroll(page)
  }
}

async function useLanguage(context: BrowserContext, locale: 'vi' | 'en') {
  await context.addCookies([
    { name: 'tiendo_lang', value: locale, url: 'http://localhost' + ':' + (process.env.E2E_PORT ?? '3999') },
  ])
}

// The administrator sees every page and every button.
test.use({ storageState: 'e2e/.auth/admin.json' })

// Each language's pages are split over a few tests so that none nears the test timeout; an axe
// scan of a long page takes seconds on a busy 2-core machine, so these tests get more time
// than the default (they take about 15 s here).
test.describe.configure({ timeout: 90_000 })
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

  test(`every register page passes axe (WCAG 2.2 AA) in ${language}`, async ({ page, context, browser }) => {
    const deletedName = await deleteThrowawayProject(browser)
    await useLanguage(context, locale)
    const pages = [
      '/projects',
      '/projects?q=khong-co-du-an-nao-nhu-vay',
      '/projects/new',
      // The deleted view empty (a search that finds nothing), then with rows below.
      '/projects/deleted?q=khong-co-du-an-nao-nhu-vay',
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
    // The deleted view listing projects, with their restore buttons.
    await page.goto('/projects/deleted')
    await expect(page.getByRole('row', { name: new RegExp(deletedName) })).toBeVisible()
    await expectNoAxeViolations(page)
    await expectNoSidewaysScroll(page)
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
    // A department's page: its code's link in the first row of the departments table.
    await page.goto('/admin/departments')
    const departmentPath = await page
      .getByRole('table')
      .getByRole('row')
      .nth(1)
      .getByRole('link')
      .first()
      .getAttribute('href')
    expect(departmentPath).toMatch(/^\/admin\/departments\/[^/]+$/)
    pages.push(departmentPath!)
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
    // Its delete confirmation: the first "delete" link of the same list (only looked at, not confirmed).
    const goalDeletePath = await page
      .getByRole('link', { name: locale === 'vi' ? /^Xoá chỉ tiêu/ : /^Delete goal/ })
      .first()
      .getAttribute('href')
    expect(goalDeletePath).toMatch(/^\/goals\/[^/]+\/delete$/)
    pages.push(goalDeletePath!)
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

  test(`every obstacles and meetings page passes axe (WCAG 2.2 AA) in ${language}`, async ({ page, context }) => {
    await useLanguage(context, locale)
    const vi = locale === 'vi'
    const pages = ['/obstacles', '/obstacles?overdue=1', '/obstacles/new', '/meetings', '/meetings/new']
    // An obstacle page: the first row of the register; its project's obstacles tab from that project's page.
    await page.goto('/obstacles')
    const obstacleRow = page.getByRole('table').first().locator('tbody').getByRole('row').first()
    const obstaclePath = await obstacleRow.getByRole('link').first().getAttribute('href')
    expect(obstaclePath).toMatch(/^\/obstacles\/[^/]+$/)
    pages.push(obstaclePath!)
    const projectPath = await obstacleRow.getByRole('link').nth(1).getAttribute('href')
    expect(projectPath).toMatch(/^\/projects\/[^/]+$/)
    await page.goto(projectPath!)
    const obstaclesTabPath = await page
      .getByRole('navigation', { name: vi ? 'Các mục của dự án' : 'Project sections' })
      .getByRole('link', { name: vi ? 'Vướng mắc' : 'Obstacles' })
      .getAttribute('href')
    expect(obstaclesTabPath).toBe(`${projectPath}/obstacles`)
    pages.push(obstaclesTabPath!)
    // A meeting page: the first row of the meetings list (the demo seed has one).
    await page.goto('/meetings')
    const meetingPath = await page
      .getByRole('table')
      .locator('tbody')
      .getByRole('row')
      .first()
      .getByRole('link')
      .getAttribute('href')
    expect(meetingPath).toMatch(/^\/meetings\/[^/]+$/)
    pages.push(meetingPath!)
    await expectPagesPass(page, locale, pages)
    // The meeting form showing its errors, an obstacle row's among them.
    await page.goto('/meetings/new')
    await waitForHydration(page)
    await page.getByRole('button', { name: vi ? 'Thêm vướng mắc' : 'Add an obstacle' }).click()
    // From the keyboard: the new row's first field has the focus, and its message on leaving it
    // moves the buttons below.
    await page.getByRole('button', { name: vi ? 'Lưu cuộc họp' : 'Save meeting' }).press('Enter')
    await expect(page.getByRole('alert')).toBeVisible()
    await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test.describe('as the editor of a responsible department', () => {
    test.use({ storageState: 'e2e/.auth/editor-sct.json' })

    test(`an obstacle's follow-up forms and editor pass axe (WCAG 2.2 AA) in ${language}`, async ({
      page,
      context,
    }) => {
      await useLanguage(context, locale)
      const vi = locale === 'vi'
      // The first of the department's own open obstacles: its page shows the measure and status forms.
      await page.goto('/obstacles')
      await page
        .getByRole('link', { name: vi ? 'Vướng mắc đang mở của cơ quan tôi' : 'My department’s open obstacles' })
        .click()
      const firstRow = page.getByRole('table').first().locator('tbody').getByRole('row').first()
      // The department's own list, not the whole register still on screen.
      await expect(page).toHaveURL(/[?&]department=/)
      await expect(firstRow.getByRole('cell').nth(3).getByText('SCT', { exact: true })).toHaveCount(1)
      const obstaclePath = await firstRow.getByRole('link').first().getAttribute('href')
      expect(obstaclePath).toMatch(/^\/obstacles\/[^/]+$/)
      await expectPagesPass(page, locale, [obstaclePath!, `${obstaclePath}/edit`])
      await expect(page.getByRole('heading', { level: 1 })).toContainText(vi ? 'Sửa vướng mắc' : 'Edit obstacle')
      // The status form refusing a resolution without its note.
      await page.goto(obstaclePath!)
      const statusForm = page.getByRole('region', { name: vi ? 'Chuyển trạng thái' : 'Change status' })
      await statusForm.getByLabel(vi ? 'Chuyển sang' : 'Move to', { exact: true }).selectOption('resolved')
      await statusForm.getByRole('button', { name: vi ? 'Chuyển trạng thái' : 'Change status' }).click()
      await expect(statusForm.locator('textarea[aria-invalid="true"]')).toBeVisible()
      await expectNoAxeViolations(page)
    })
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
