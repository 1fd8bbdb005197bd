import AxeBuilder from '@axe-core/playwright'
import { type Page, expect, test } from '@playwright/test'
import { expectToast } from './utils'

const VIEWER = 'e2e/.auth/viewer.json'
// The demo seed plans the IRC of this FDI project for the current quarter and has not issued it.
const B_GRIMM = 'Dự án điện gió Tiên Yên – B.Grimm Power'
const FDI_GOAL = /^Thu hút ít nhất 150 triệu USD vốn FDI trong quý/
const COUNTED = 'Các dự án và sự kiện được tính vào số thực hiện, theo ngày'

/** The province's today as yyyy-mm-dd, what a date input takes. */
function provinceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

/** "111,5 triệu USD" → 111.5; "950.000 USD" → 0.95 (millions of dollars). */
function millionsOfUsd(text: string): number {
  const millions = /([\d.]+(?:,\d+)?)\s*triệu USD/.exec(text)
  if (millions) return Number(millions[1]!.replace(/\./g, '').replace(',', '.'))
  const dollars = /([\d.]+)\s*USD/.exec(text)
  if (dollars) return Number(dollars[1]!.replace(/\./g, '')) / 1_000_000
  throw new Error(`Not an amount in USD: ${text}`)
}

/** The current quarter's FDI goal on the overview, and its actual (the card's first figure). */
async function readFdiGoal(page: Page) {
  await page.goto('/progress')
  const card = page.getByRole('article', { name: FDI_GOAL })
  await expect(card).toBeVisible()
  const actual = await card.getByRole('definition').first().innerText()
  return { card, actual: millionsOfUsd(actual) }
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const url = new URL(page.url())
  expect(
    results.violations.map((violation) => ({
      path: url.pathname + url.search,
      id: violation.id,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    })),
  ).toEqual([])
}

test('an IRC recorded by staff raises the FDI a manager reads, and the project is counted on the goal page', async ({
  page,
  browser,
}) => {
  const manager = await browser.newContext({ storageState: VIEWER })
  const managerPage = await manager.newPage()
  const before = await readFdiGoal(managerPage)

  // Staff of the Department of Industry and Trade record the certificate issued today.
  await page.goto('/projects')
  await page.getByLabel('Tìm theo tên, mã, nhà đầu tư hoặc địa bàn').fill('grimm')
  await page.getByRole('button', { name: 'Lọc' }).click()
  await page.getByRole('link', { name: B_GRIMM }).click()
  await expect(page.getByRole('heading', { level: 1, name: B_GRIMM })).toBeVisible()
  await page.getByRole('link', { name: 'Sửa dự án' }).click()
  await page.getByLabel(/^Số GCN đăng ký đầu tư/).fill('5403917268')
  await page.getByLabel(/^Ngày cấp GCN đăng ký đầu tư/).fill(provinceToday())
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã lưu thay đổi của dự án ${B_GRIMM}.`)

  // The manager's overview counts it at once.
  const after = await readFdiGoal(managerPage)
  expect(after.actual).toBeGreaterThan(before.actual)

  // The goal page lists it among the projects counted, with a link to the project.
  await after.card.getByRole('link', { name: /^Xem cách tính và các dự án/ }).click()
  await expect(managerPage.getByRole('heading', { level: 1, name: FDI_GOAL })).toBeVisible()
  const counted = managerPage.getByRole('table', { name: COUNTED })
  await expect(counted.getByRole('row', { name: new RegExp(B_GRIMM) })).toContainText('Cấp GCN đăng ký đầu tư')
  await counted.getByRole('link', { name: B_GRIMM }).click()
  await expect(managerPage.getByRole('heading', { level: 1, name: B_GRIMM })).toBeVisible()
  await manager.close()
})

test('every USD figure on the progress pages names the newest exchange rate and its date', async ({
  page,
  browser,
  context,
}) => {
  // The newest rate as staff entered it: the first row of the rates table, newest first.
  await page.goto('/exchange-rates')
  const newest = page.getByRole('table', { name: 'Các tỷ giá đã ghi, mới nhất trước' }).locator('tbody tr').first()
  const date = (await newest.getByRole('cell').nth(0).innerText()).trim()
  const rate = (await newest.getByRole('cell').nth(1).innerText()).trim()
  expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
  const named = new RegExp(`Tỷ giá mới nhất[^:]*: ${rate.replace(/\./g, '\\.')} đồng/USD, ngày ${date}\\.`)
  const perDay = 'Quy đổi sang USD theo tỷ giá của từng ngày cấp hoặc điều chỉnh GCN đăng ký đầu tư'

  const manager = await browser.newContext({ storageState: VIEWER })
  const managerPage = await manager.newPage()
  // The FDI goal's card and the FDI chart on the overview.
  const { card } = await readFdiGoal(managerPage)
  await expect(card.getByText(perDay)).toBeVisible()
  await expect(card.getByText(named)).toBeVisible()
  const charts = managerPage.getByRole('region', { name: 'Biểu đồ', exact: true })
  await expect(charts.getByText(perDay)).toBeVisible()
  await expect(charts.getByText(named)).toBeVisible()

  // The goal's own page, beside its figures.
  await card.getByRole('link', { name: /^Xem cách tính và các dự án/ }).click()
  await expect(managerPage.getByRole('heading', { level: 1, name: FDI_GOAL })).toBeVisible()
  const figures = managerPage.getByRole('region', { name: 'Số liệu', exact: true })
  await expect(figures.getByText(named)).toBeVisible()
  await manager.close()

  // In English too.
  await context.addCookies([
    { name: 'tiendo_lang', value: 'en', url: `http://localhost:${process.env.E2E_PORT ?? '3999'}` },
  ])
  await page.goto('/progress')
  await expect(
    page.getByRole('region', { name: 'Charts', exact: true }).getByText(/^Converted to USD at the rate of each day/),
  ).toBeVisible()
})

test.describe('as a manager', () => {
  test.use({ storageState: VIEWER })

  for (const locale of ['vi', 'en'] as const) {
    test(`the progress pages and the report pass axe in ${locale === 'vi' ? 'Vietnamese' : 'English'}`, async ({
      page,
      context,
    }) => {
      // Several axe scans of long pages: seconds each on a busy 2-core machine.
      test.setTimeout(90_000)
      await context.addCookies([
        { name: 'tiendo_lang', value: locale, url: `http://localhost:${process.env.E2E_PORT ?? '3999'}` },
      ])
      await page.goto('/progress')
      const goalPath = await page
        .getByRole('link', {
          name: locale === 'vi' ? /^Xem cách tính và các dự án/ : /^See how it is computed and the projects/,
        })
        .first()
        .getAttribute('href')
      expect(goalPath).toMatch(/^\/progress\/goals\//)
      for (const path of [
        '/progress',
        '/progress?period=2025-Q3',
        goalPath!,
        '/progress/report',
        '/progress/report?period=2025-Q3',
        '/progress/report?period=not-a-period',
        '/progress/at-risk',
      ]) {
        await page.goto(path)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expectNoAxeViolations(page)
      }
    })
  }

  test('the overview shows the ten projects most behind and leads to all of them', async ({ page }) => {
    await page.goto('/progress')
    const panel = page.getByRole('region', { name: 'Dự án cần chú ý' })
    // Ten rows under the header row.
    await expect(panel.getByRole('row')).toHaveCount(11)
    const firstProject = (await panel.getByRole('row').nth(1).getByRole('link').first().textContent())!.trim()
    const seeAll = panel.getByRole('link', { name: /^Xem tất cả [\d.]+ dự án cần chú ý$/ })
    const total = Number((await seeAll.textContent())!.replace(/\D/g, ''))
    expect(total).toBeGreaterThan(10)
    await seeAll.click()

    await expect(page).toHaveURL(/\/progress\/at-risk$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Dự án cần chú ý' })).toBeVisible()
    await expect(page.getByText(`Có ${total} dự án cần chú ý, chậm lâu nhất đứng đầu.`)).toBeVisible()
    const table = page.getByRole('table', { name: 'Dự án cần chú ý, chậm lâu nhất trước' })
    await expect(table.getByRole('row')).toHaveCount(Math.min(total, 25) + 1)
    await expect(table.getByRole('row').nth(1).getByRole('link').first()).toHaveText(firstProject)
    await page.getByRole('link', { name: 'Về trang tiến độ' }).click()
    await expect(page).toHaveURL(/\/progress$/)
  })

  test('the report prints on A4 without the app around it', async ({ page }, testInfo) => {
    await page.goto('/progress/report?period=2025-Q3')
    const title = page.getByRole('heading', { level: 1, name: 'Báo cáo tiến độ quý III/2025' })
    await expect(title).toBeVisible()
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible()
    await expect(page.getByText('UBND tỉnh Quảng Ninh').first()).toBeVisible()

    await page.emulateMedia({ media: 'print' })
    await expect(title).toBeVisible()
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Chuyển sang tiếng Anh' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden()
    await expect(page.getByRole('heading', { level: 2, name: 'I. Kết quả thực hiện các chỉ tiêu' })).toBeVisible()

    const screenshot = await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true })
    // A blank white page compresses to a few kilobytes; the report is text and charts.
    expect(screenshot.byteLength).toBeGreaterThan(40_000)

    const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('report.pdf') })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(3)
  })
})
