import { type Page, expect, test } from '@playwright/test'
import { expectToast, fillRequiredProjectFields, uniqueSuffix, waitForHydration } from './utils'

const EDITOR = 'e2e/.auth/editor-sct.json'
const VIEWER = 'e2e/.auth/viewer.json'
const ROMAN = ['I', 'II', 'III', 'IV']
/** A goal card's status badge says its status in words (progress.status in progress.vi.ts). */
const STATUS_WORDS = /Đạt|Đúng tiến độ|Có nguy cơ chậm|Chậm tiến độ|Chưa có số liệu/
const GRDP = 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)'
const FORBIDDEN = 'Bạn không có quyền xem hoặc thực hiện việc này.'

/** The province's today as yyyy-mm-dd, what a date input takes. */
function provinceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

/** The province's current quarter: its year, index and Vietnamese label ("Quý IV/2026"). */
function currentQuarter() {
  const [year, month] = provinceToday().split('-').map(Number) as [number, number]
  const index = Math.ceil(month / 3)
  return { year, index, option: `Quý ${ROMAN[index - 1]}`, label: `Quý ${ROMAN[index - 1]}/${year}` }
}

/** yyyy-mm-dd as the app writes dates in Vietnamese: dd/mm/yyyy. */
function vietnameseDate(isoDay: string) {
  const [year, month, day] = isoDay.split('-')
  return `${day}/${month}/${year}`
}

/** The goals list narrowed to the current quarter with its own filter form. */
async function filterGoalsToCurrentQuarter(page: Page) {
  const quarter = currentQuarter()
  await page.goto('/goals')
  const filters = page.getByRole('form', { name: 'Lọc chỉ tiêu' })
  await filters.getByLabel('Năm', { exact: true }).selectOption(String(quarter.year))
  await filters.getByLabel('Kỳ', { exact: true }).selectOption({ label: quarter.option })
  await filters.getByRole('button', { name: 'Lọc' }).click()
  await expect(page).toHaveURL(new RegExp(`year=${quarter.year}&period=Q${quarter.index}`))
}

function goalRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: `Xem tiến độ chỉ tiêu ${title}` }) })
}

test('staff set a quarterly goal, find it on the list and the overview, change its target and delete it', async ({
  page,
}) => {
  const suffix = uniqueSuffix()
  const title = `Cấp GCN đăng ký đầu tư cho ít nhất 7 dự án ${suffix}`
  const quarter = currentQuarter()

  // Create
  await page.goto('/goals')
  await page.getByRole('link', { name: 'Thêm chỉ tiêu' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm chỉ tiêu' })).toBeVisible()
  await page.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill(title)
  await page.getByLabel('Loại kỳ').selectOption({ label: 'Quý' })
  await page.getByLabel('Năm', { exact: true }).fill(String(quarter.year))
  await page.getByLabel('Kỳ trong năm').selectOption({ label: quarter.option })
  await page.getByLabel('Cách đo', { exact: true }).selectOption({ label: 'Số dự án được cấp GCN đăng ký đầu tư' })
  await page.getByLabel('Yêu cầu').selectOption({ label: 'Tối thiểu (đạt từ mức này trở lên)' })
  await page.getByLabel('Mục tiêu (dự án)').fill('7')
  await page.getByLabel('Phạm vi', { exact: true }).selectOption({ label: 'Toàn tỉnh' })
  await expect(page.getByLabel('Cơ quan phụ trách')).toHaveValue(/.+/)
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã thêm chỉ tiêu “${title}”.`)
  await expect(page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' })).toBeVisible()

  // On the list, with its period, requirement, scope and department in words
  await filterGoalsToCurrentQuarter(page)
  const row = goalRow(page, title)
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(quarter.label)
  await expect(row).toContainText('Số dự án được cấp GCN đăng ký đầu tư')
  await expect(row).toContainText('Tối thiểu 7 dự án')
  await expect(row).toContainText('Toàn tỉnh')
  await expect(row).toContainText('Sở Công Thương')

  // On the overview: its own card, its target and a status in words
  await page.goto('/progress')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(quarter.label)
  let card = page.getByRole('article', { name: title })
  await expect(card).toBeVisible()
  await expect(card.getByRole('definition').nth(1)).toHaveText('7 dự án')
  await expect(card).toContainText(STATUS_WORDS)

  // Edit the target
  await filterGoalsToCurrentQuarter(page)
  await page.getByRole('link', { name: `Sửa chỉ tiêu ${title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Sửa chỉ tiêu “${title}”` })).toBeVisible()
  const target = page.getByLabel('Mục tiêu (dự án)')
  await expect(target).toHaveValue('7')
  await target.fill('9')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã lưu chỉ tiêu “${title}”.`)
  await filterGoalsToCurrentQuarter(page)
  await expect(goalRow(page, title)).toContainText('Tối thiểu 9 dự án')
  await page.goto('/progress')
  card = page.getByRole('article', { name: title })
  await expect(card.getByRole('definition').nth(1)).toHaveText('9 dự án')

  // Delete, after a confirmation page
  await filterGoalsToCurrentQuarter(page)
  await page.getByRole('link', { name: `Xoá chỉ tiêu ${title}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Xoá chỉ tiêu “${title}”?` })).toBeVisible()
  await expect(page.getByText(quarter.label)).toBeVisible()
  await page.getByRole('button', { name: 'Xoá chỉ tiêu' }).click()
  await expectToast(page, `Đã xoá chỉ tiêu “${title}”.`)
  await filterGoalsToCurrentQuarter(page)
  await expect(goalRow(page, title)).toHaveCount(0)

  await page.goto('/progress')
  await expect(page.getByRole('heading', { level: 1 })).toContainText(quarter.label)
  // The overview still lists the quarter's other goals, just not this one.
  await expect(page.getByRole('article').first()).toBeVisible()
  await expect(page.getByRole('article', { name: title })).toHaveCount(0)
})

test('a target that is not a positive number is refused next to the field, keeping what was typed', async ({
  page,
}) => {
  const suffix = uniqueSuffix()
  const title = `Chỉ tiêu thử ${suffix}`
  await page.goto('/goals/new')
  await waitForHydration(page)
  await page.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill(title)
  await page.getByLabel('Cách đo', { exact: true }).selectOption({ label: 'Số dự án khởi công' })
  const target = page.getByLabel('Mục tiêu (dự án)')
  await target.fill('0')
  await page.getByRole('button', { name: 'Lưu' }).click()

  await expect(target).toHaveAttribute('aria-invalid', 'true')
  await expect(target).toHaveAccessibleDescription(/Mục tiêu phải lớn hơn 0\./)
  await expect(page.getByLabel('Tên chỉ tiêu (tiếng Việt)')).toHaveValue(title)
  await expect(target).toHaveValue('0')
  await expect(page).toHaveURL(/\/goals\/new$/)

  // Words instead of a number: the message says how numbers are written in Vietnamese.
  await target.fill('bảy')
  await expect(target).toHaveAccessibleDescription(/Số không đúng định dạng\. Viết theo kiểu 1\.234,5/)
  await expect(page.getByText('Mục tiêu phải lớn hơn 0.')).toHaveCount(0)
  await expect(target).toHaveValue('bảy')
})

test('the server refuses a zero target without JavaScript, keeping the values', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: EDITOR })
  const page = await context.newPage()
  const title = `Chỉ tiêu không JS ${uniqueSuffix()}`
  await page.goto('/goals/new')
  await page.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill(title)
  await page.getByLabel('Cách đo', { exact: true }).selectOption({ label: 'Số dự án được chấp thuận chủ trương' })
  await page.getByLabel(/^Mục tiêu/).fill('0')
  await page.getByRole('button', { name: 'Lưu' }).click()

  await expect(page.getByRole('alert')).toContainText('Chưa lưu được: hãy sửa các ô có thông báo lỗi.')
  const target = page.getByLabel(/^Mục tiêu/)
  await expect(target).toHaveAttribute('aria-invalid', 'true')
  await expect(target).toHaveAccessibleDescription(/Mục tiêu phải lớn hơn 0\./)
  await expect(target).toHaveValue('0')
  await expect(page.getByLabel('Tên chỉ tiêu (tiếng Việt)')).toHaveValue(title)
  await expect(page.getByLabel('Cách đo', { exact: true })).toHaveValue('policy_approvals')
  await context.close()
})

test('a corrected statistic becomes the current figure and the first one stays in its history', async ({ page }) => {
  const suffix = uniqueSuffix()
  const quarter = currentQuarter()
  const estimate = `Ước tính của Thống kê tỉnh ${suffix}`
  const official = `Số liệu chính thức của Thống kê tỉnh ${suffix}`

  await page.goto('/statistics')
  await page.getByRole('link', { name: 'Nhập số liệu' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập số liệu thống kê' })).toBeVisible()
  await page.getByLabel('Chỉ số', { exact: true }).selectOption({ label: `${GRDP} (%)` })
  await page.getByLabel('Loại kỳ').selectOption({ label: 'Quý' })
  await page.getByLabel('Năm', { exact: true }).fill(String(quarter.year))
  await page.getByLabel('Kỳ trong năm').selectOption({ label: quarter.option })
  await page.getByLabel('Giá trị').fill('8,4')
  await page.getByLabel('Ngày của số liệu').fill(provinceToday())
  await page.getByLabel('Nguồn', { exact: true }).fill(estimate)
  await page.getByRole('button', { name: 'Ghi số liệu' }).click()
  await expectToast(page, `Đã ghi số liệu ${GRDP}, ${quarter.label}.`)

  // The correction: the same indicator and period, opened from the figure's own link
  const section = page.getByRole('region', { name: `${GRDP} (%)` })
  await section.getByRole('link', { name: `Đính chính số liệu ${GRDP}, ${quarter.label}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập số liệu thống kê' })).toBeVisible()
  await expect(page.getByLabel('Chỉ số', { exact: true }).locator('option:checked')).toHaveText(`${GRDP} (%)`)
  await expect(page.getByLabel('Kỳ trong năm').locator('option:checked')).toHaveText(quarter.option)
  await expect(page.getByLabel('Năm', { exact: true })).toHaveValue(String(quarter.year))
  await page.getByLabel('Giá trị').fill('8,72')
  await page.getByLabel('Nguồn', { exact: true }).fill(official)
  await page.getByRole('button', { name: 'Ghi số liệu' }).click()
  await expectToast(page, `Đã ghi số liệu ${GRDP}, ${quarter.label}.`)

  // The quarter's current figure is the correction
  const current = section.getByRole('row').filter({ hasText: quarter.label }).filter({ hasText: 'Số hiện hành' })
  await expect(current).toHaveCount(1)
  await expect(current).toContainText('8,72 %')
  await expect(current).toContainText(official)
  await expect(current).toContainText(/Đã đính chính \d+ lần/)
  await expect(current).toContainText('Trần Thu Hà')

  // The estimate is kept, struck through and marked as replaced
  const replaced = section.getByRole('row').filter({ hasText: estimate })
  await expect(replaced).toHaveCount(1)
  await expect(replaced).toContainText('Đã được thay thế ngày')
  await expect(replaced).not.toContainText('Số hiện hành')
  await expect(replaced.getByRole('deletion')).toHaveText('8,4 %')
})

test('staff record a disbursement and how likely a milestone is on the project’s capital and land page', async ({
  page,
  browser,
}) => {
  const suffix = uniqueSuffix()
  const name = `Nhà máy gạch ốp lát Hoành Bồ ${suffix}`
  const today = provinceToday()
  const nextYear = Number(today.slice(0, 4)) + 1

  await page.goto('/projects/new')
  await fillRequiredProjectFields(page, { code: `EV-${suffix}`.toUpperCase(), name })
  await page.getByLabel(/^Vốn đăng ký \(đồng\)/).fill('500.000.000.000')
  await page.getByLabel('Ngày kế hoạch: Khởi công').fill(`${nextYear}-06-30`)
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã thêm dự án ${name}.`)

  await page
    .getByRole('navigation', { name: 'Các mục của dự án' })
    .getByRole('link', { name: 'Vốn, giải ngân, GPMB' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  const disbursement = page.getByRole('region', { name: 'Giải ngân', exact: true })
  await expect(disbursement.getByText('Chưa ghi lần giải ngân nào.')).toBeVisible()

  // A disbursement
  await disbursement.getByLabel('Ngày giải ngân').fill(today)
  await disbursement.getByLabel('Số vốn giải ngân (đồng)').fill('25.000.000.000')
  await disbursement.getByLabel(/^Ghi chú/).fill(`Đợt 1 ${suffix}`)
  await disbursement.getByRole('button', { name: 'Ghi giải ngân' }).click()
  await expectToast(page, `Đã ghi giải ngân ngày ${vietnameseDate(today)}.`)
  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 25 tỷ đồng')
  const recorded = disbursement.getByRole('table', { name: 'Các lần giải ngân, mới nhất trước' }).getByRole('row')
  await expect(recorded).toHaveCount(2)
  await expect(recorded.nth(1)).toContainText(vietnameseDate(today))
  await expect(recorded.nth(1)).toContainText('25.000.000.000 đồng')
  await expect(recorded.nth(1)).toContainText(`Đợt 1 ${suffix}`)

  // The planned construction start: how likely it is to hold
  const likelihood = page.getByRole('region', { name: 'Khả năng đạt các mốc kế hoạch' })
  const choice = likelihood.getByLabel('Khả năng đạt mốc “Khởi công”', { exact: true })
  await expect(choice).toHaveValue('')
  await choice.selectOption({ label: 'Cao' })
  await likelihood.getByRole('button', { name: 'Lưu khả năng đạt mốc “Khởi công”' }).click()
  await expectToast(page, 'Đã lưu khả năng đạt mốc “Khởi công”.')
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: 'Khả năng đạt các mốc kế hoạch' })
      .getByLabel('Khả năng đạt mốc “Khởi công”', { exact: true }),
  ).toHaveValue('high')

  // A manager reads both, without the forms
  const manager = await browser.newContext({ storageState: VIEWER })
  const managerPage = await manager.newPage()
  await managerPage.goto(new URL(page.url()).pathname)
  await expect(managerPage.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(managerPage.getByRole('button', { name: 'Ghi giải ngân' })).toHaveCount(0)
  await expect(managerPage.getByRole('region', { name: 'Giải ngân', exact: true })).toContainText('25.000.000.000 đồng')
  const milestones = managerPage.getByRole('table', { name: 'Các mốc đã có kế hoạch nhưng chưa đạt' })
  await expect(milestones.getByRole('row', { name: /Khởi công/ })).toContainText('Cao')
  await manager.close()
})

test.describe('as a manager', () => {
  test.use({ storageState: VIEWER })

  test('goals and statistics can be read but not written', async ({ page }) => {
    await page.goto('/goals')
    await expect(page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' })).toBeVisible()
    await expect(page.getByRole('link', { name: /^Xem tiến độ chỉ tiêu/ }).first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Thêm chỉ tiêu' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /^Sửa chỉ tiêu/ })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /^Xoá chỉ tiêu/ })).toHaveCount(0)

    await page.goto('/statistics')
    await expect(page.getByRole('heading', { level: 1, name: 'Số liệu thống kê' })).toBeVisible()
    await expect(page.getByRole('region', { name: `${GRDP} (%)` }).getByRole('table')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Nhập số liệu' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: /^Đính chính/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Thêm chỉ số' })).toHaveCount(0)

    for (const path of ['/goals/new', '/statistics/new']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(403)
      await expect(page.getByRole('heading', { level: 1, name: 'Đã có lỗi' })).toBeVisible()
      await expect(page.getByText(FORBIDDEN)).toBeVisible()
      await expect(page.getByLabel('Tên chỉ tiêu (tiếng Việt)')).toHaveCount(0)
    }
  })
})
