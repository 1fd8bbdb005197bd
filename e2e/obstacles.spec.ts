import { type Locator, type Page, expect, test } from '@playwright/test'
import { expectToast, fillRequiredProjectFields, uniqueSuffix, waitForHydration } from './utils'

const VIEWER = 'e2e/.auth/viewer.json'
/** An obstacle's overdue mark says it in words (obstacles.overdue.badge in obstacles.vi.ts). */
const OVERDUE_WORDS = /Quá hạn \d+ ngày/
/** Demo obstacles (prisma/seed/demo-obstacles.ts). */
const SONG_KHOAI = 'Còn khoảng 100 ha đất nuôi trồng thuỷ sản chưa bàn giao tại KCN Sông Khoai'
const NAM_MAU = 'Chuyển mục đích sử dụng 7,4 ha đất rừng sản xuất cho nhà máy sàng tuyển than Nam Mẫu'
const MAO_KHE = 'Đường vào cụm nhà xưởng Mạo Khê xuống cấp, xe container không vào được khi mưa'
const SONG_KHOAI_PARK = 'Khu công nghiệp Sông Khoai (QN-2025-008)'
const HANBIT_PLANT = 'Nhà máy linh kiện điện tử Hanbit tại KCN Sông Khoai (QN-2025-013)'
/** The obstacles table's columns (app/features/obstacles/obstacle-table.tsx). */
const DEPARTMENTS_COLUMN = 3
const STATUS_COLUMN = 5
const DEADLINE_COLUMN = 7

/** The province's today as yyyy-mm-dd, what a date input takes. */
function provinceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

/** A yyyy-mm-dd day `days` after the province's today. */
function provinceDayIn(days: number): string {
  const day = new Date(`${provinceToday()}T00:00:00.000Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

/** yyyy-mm-dd as the app writes dates in Vietnamese: dd/mm/yyyy. */
function vietnameseDate(isoDay: string) {
  const [year, month, day] = isoDay.split('-')
  return `${day}/${month}/${year}`
}

/** The first dd/mm/yyyy in a text, as a sortable yyyy-mm-dd. */
function isoDayIn(text: string): string {
  const match = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text)
  if (!match) throw new Error(`No date in “${text}”`)
  return `${match[3]}-${match[2]}-${match[1]}`
}

/** The obstacles register's body rows (its header row holds the sort links). */
function obstacleRows(page: Page): Locator {
  return page
    .getByRole('table', { name: /^Danh mục vướng mắc/ })
    .locator('tbody')
    .getByRole('row')
}

function meetingObstacleRow(page: Page, title: string): Locator {
  return page
    .getByRole('table', { name: 'Các vướng mắc được nêu tại cuộc họp, theo mã' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
}

/** One obstacle of the meeting form: its fieldset "Vướng mắc n", every label naming it too. */
async function fillMeetingObstacle(
  page: Page,
  number: number,
  values: { project: string; category: string; title: string; department: string; deadline: string; priority: string },
) {
  const legend = `Vướng mắc ${number}`
  const row = page.getByRole('group', { name: legend, exact: true })
  await row.getByLabel(`Dự án (${legend})`).selectOption({ label: values.project })
  await row.getByLabel(`Lĩnh vực vướng mắc (${legend})`).selectOption({ label: values.category })
  await row.getByLabel(`Mức ưu tiên (${legend})`).selectOption({ label: values.priority })
  await row.getByLabel(`Nội dung vướng mắc (${legend})`).fill(values.title)
  await row
    .getByRole('group', { name: `Cơ quan chịu trách nhiệm (${legend})` })
    .getByLabel(values.department)
    .check()
  await row.getByLabel(`Hạn xử lý (${legend})`).fill(values.deadline)
}

test('an editor records a dialogue meeting with two obstacles, follows one up and resolves it', async ({ page }) => {
  const suffix = uniqueSuffix()
  const today = provinceToday()
  const place = `Hội trường Sở Công Thương, phòng đối thoại ${suffix}`
  const chair = 'Phó Giám đốc Sở Công Thương'
  const landTitle = `Chưa bàn giao lô đất CN-${suffix} cho nhà đầu tư thứ cấp tại KCN Sông Khoai`
  const powerTitle = `Chưa có trạm biến áp 110 kV cấp điện cho nhà xưởng Hanbit ${suffix}`
  const measure = `Làm việc với chủ đầu tư hạ tầng, thống nhất bàn giao lô đất ${suffix}`
  const resolution = `Đã bàn giao đủ 12 ha mặt bằng sạch cho nhà đầu tư thứ cấp ${suffix}`

  // The meeting, with who attended
  await page.goto('/meetings')
  await page.getByRole('link', { name: 'Ghi nhận cuộc họp' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Ghi nhận cuộc họp đối thoại' })).toBeVisible()
  await expect(page.getByLabel('Ngày họp')).toHaveValue(today)
  await page.getByLabel('Địa điểm').fill(place)
  await page.getByLabel('Chủ trì', { exact: true }).fill(chair)
  await page
    .getByLabel(/^Doanh nghiệp tham dự/)
    .fill('Công ty CP Đầu tư Amata Sông Khoai\nCông ty TNHH Hanbit Electronics Vina')
  await page
    .getByRole('group', { name: /^Dự án tham dự/ })
    .getByLabel(HANBIT_PLANT)
    .check()

  // Two obstacles raised there: "add an obstacle" gives each its own fieldset
  await expect(page.getByText('Chưa thêm vướng mắc nào.')).toBeVisible()
  await page.getByRole('button', { name: 'Thêm vướng mắc' }).click()
  await expect(page.getByLabel('Dự án (Vướng mắc 1)')).toBeFocused()
  await fillMeetingObstacle(page, 1, {
    project: SONG_KHOAI_PARK,
    category: 'Đất đai, giải phóng mặt bằng',
    priority: 'Cao',
    title: landTitle,
    department: 'Sở Công Thương (SCT)',
    deadline: provinceDayIn(30),
  })
  await page.getByRole('button', { name: 'Thêm vướng mắc' }).click()
  await expect(page.getByRole('group', { name: /^Vướng mắc \d+$/ })).toHaveCount(2)
  await expect(page.getByLabel('Dự án (Vướng mắc 2)')).toBeFocused()
  await fillMeetingObstacle(page, 2, {
    project: HANBIT_PLANT,
    category: 'Hạ tầng',
    priority: 'Trung bình',
    title: powerTitle,
    department: 'Ban Quản lý Khu kinh tế Quảng Ninh (BQLKKT)',
    deadline: provinceDayIn(60),
  })
  // The first obstacle kept what was typed when the second was added.
  await expect(page.getByLabel('Nội dung vướng mắc (Vướng mắc 1)')).toHaveValue(landTitle)
  await page.getByRole('button', { name: 'Lưu cuộc họp' }).click()
  await expectToast(page, 'Đã lưu cuộc họp và 2 vướng mắc.')

  // The meeting's page: its facts and both obstacles, each with its code
  await expect(
    page.getByRole('heading', { level: 1, name: `Cuộc họp đối thoại ngày ${vietnameseDate(today)}` }),
  ).toBeVisible()
  await expect(page.getByText(place)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Dự án tham dự' }).getByRole('listitem')).toHaveText([
    /^Khu công nghiệp Sông Khoai \(QN-2025-008\)$/,
    /^Nhà máy linh kiện điện tử Hanbit tại KCN Sông Khoai \(QN-2025-013\)$/,
  ])
  const landRow = meetingObstacleRow(page, landTitle)
  const powerRow = meetingObstacleRow(page, powerTitle)
  await expect(landRow).toHaveCount(1)
  await expect(powerRow).toHaveCount(1)
  await expect(landRow.getByRole('cell').first()).toHaveText(/^OBS-\d{4}$/)
  await expect(powerRow.getByRole('cell').first()).toHaveText(/^OBS-\d{4}$/)
  const landCode = (await landRow.getByRole('cell').first().textContent())!.trim()
  await expect(powerRow.getByRole('cell').first()).not.toHaveText(landCode)
  await expect(landRow).toContainText('SCT')
  await expect(landRow).toContainText('Mới')
  await expect(powerRow).toContainText('BQLKKT')
  await expect(powerRow).toContainText('Mới')
  const meetingPath = new URL(page.url()).pathname

  // Only a responsible department follows an obstacle up: not this editor's for the second one.
  await powerRow.getByRole('link', { name: powerTitle }).click()
  await expect(page.getByRole('heading', { level: 1, name: powerTitle })).toBeVisible()
  await expect(page.getByText('Chỉ cán bộ của cơ quan chịu trách nhiệm mới cập nhật được vướng mắc này.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ghi biện pháp' })).toHaveCount(0)
  await page.goto(meetingPath)

  // The first one: raised by the meeting, linked back to it
  await meetingObstacleRow(page, landTitle).getByRole('link', { name: landTitle }).click()
  await expect(page.getByRole('heading', { level: 1, name: landTitle })).toBeVisible()
  await expect(page.getByText(landCode, { exact: true })).toBeVisible()
  await expect(page.getByText(`Cuộc họp: ${chair}`)).toBeVisible()
  await expect(page.getByRole('link', { name: `Cuộc họp ngày ${vietnameseDate(today)} tại ${place}` })).toHaveAttribute(
    'href',
    meetingPath,
  )
  await expect(page.getByText('Chưa có biện pháp nào được ghi lại.')).toBeVisible()

  // A dated measure
  await page.getByLabel('Ngày thực hiện').fill(today)
  await expect(page.getByLabel('Cơ quan thực hiện').locator('option:checked')).toHaveText('Sở Công Thương')
  await page.getByLabel('Đã làm gì').fill(measure)
  await page.getByLabel(/^Số hiệu văn bản/).fill(`1234/SCT-QLCN-${suffix}`)
  await page.getByRole('button', { name: 'Ghi biện pháp' }).click()
  await expectToast(page, `Đã ghi biện pháp ngày ${vietnameseDate(today)}.`)
  const timeline = page.getByRole('list', { name: 'Các biện pháp, mới nhất trước' })
  await expect(timeline.getByRole('listitem')).toHaveCount(1)
  await expect(timeline).toContainText(`${vietnameseDate(today)}`)
  await expect(timeline).toContainText(measure)
  await expect(timeline).toContainText(`Văn bản: 1234/SCT-QLCN-${suffix}`)
  await expect(timeline).toContainText('Người nhập: Trần Thu Hà')

  // Resolving without saying how is refused next to the note, in Vietnamese, keeping the choice
  const statusForm = page.getByRole('region', { name: 'Chuyển trạng thái' })
  await expect(statusForm).toContainText('Trạng thái hiện tại: Mới')
  await statusForm.getByLabel('Chuyển sang', { exact: true }).selectOption({ label: 'Đã giải quyết' })
  const note = statusForm.getByLabel('Cách giải quyết (bắt buộc)')
  await expect(note).toBeVisible()
  await statusForm.getByRole('button', { name: 'Chuyển trạng thái' }).click()
  await expect(note).toHaveAttribute('aria-invalid', 'true')
  await expect(note).toHaveAccessibleDescription(/Ghi rõ vướng mắc đã được giải quyết thế nào\./)
  await expect(statusForm.getByLabel('Chuyển sang', { exact: true })).toHaveValue('resolved')
  await expect(statusForm).toContainText('Trạng thái hiện tại: Mới')
  await expect(timeline).toContainText(measure)

  // With the note it is resolved
  await note.fill(resolution)
  await expect(note).not.toHaveAttribute('aria-invalid', 'true')
  await statusForm.getByRole('button', { name: 'Chuyển trạng thái' }).click()
  await expectToast(page, `Vướng mắc ${landCode} đã chuyển sang “Đã giải quyết”.`)
  const facts = page.getByRole('region', { name: 'Thông tin vướng mắc' })
  await expect(facts.getByRole('definition').filter({ hasText: resolution })).toHaveCount(1)
  await expect(
    facts
      .locator('div')
      .filter({ has: page.getByRole('term').filter({ hasText: 'Ngày kết thúc' }) })
      .getByRole('definition'),
  ).toHaveText(vietnameseDate(today))
  await expect(page.getByRole('region', { name: 'Chuyển trạng thái' })).toContainText(
    'Trạng thái hiện tại: Đã giải quyết',
  )
  await expect(page.getByText('Đã giải quyết', { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Các biện pháp, mới nhất trước' })).toContainText(measure)

  // Back on the meeting: its new status, the other one still new
  await page.getByRole('link', { name: `Cuộc họp ngày ${vietnameseDate(today)} tại ${place}` }).click()
  await expect(meetingObstacleRow(page, landTitle)).toContainText('Đã giải quyết')
  await expect(meetingObstacleRow(page, powerTitle)).toContainText('Mới')
  await expect(meetingObstacleRow(page, powerTitle)).not.toContainText('Đã giải quyết')
})

test.describe('as a manager', () => {
  test.use({ storageState: VIEWER })

  test('overdue obstacles are marked in words on the list and linked from the projects at risk', async ({ page }) => {
    await page.goto('/obstacles')
    await expect(page.getByRole('heading', { level: 1, name: 'Danh mục vướng mắc' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ghi nhận vướng mắc' })).toHaveCount(0)

    // The overdue filter: only obstacles past their deadline, each saying so
    const filters = page.getByRole('form', { name: 'Bộ lọc vướng mắc' })
    await filters.getByLabel('Chỉ hiện vướng mắc quá hạn').check()
    await filters.getByRole('button', { name: 'Lọc' }).click()
    await expect(page).toHaveURL(/[?&]overdue=1(&|$)/)
    await expect(page.getByText(/^Tìm thấy (\d+) vướng mắc \(trong đó \1 vướng mắc quá hạn\)$/)).toBeVisible()
    const rows = obstacleRows(page)
    await expect(rows.filter({ hasText: SONG_KHOAI })).toHaveCount(1)
    await expect(rows.filter({ hasText: NAM_MAU })).toHaveCount(1)
    await expect(rows.filter({ hasText: MAO_KHE })).toHaveCount(1)
    const count = await rows.count()
    expect(count).toBeGreaterThanOrEqual(3)
    for (let index = 0; index < count; index += 1) {
      await expect(rows.nth(index).getByRole('cell').nth(DEADLINE_COLUMN)).toContainText(OVERDUE_WORDS)
    }
    // Demo obstacles that are not overdue are left out.
    await expect(page.getByRole('link', { name: /Thiếu kỹ thuật viên vận hành dây chuyền/ })).toHaveCount(0)

    // The progress overview's projects at risk link to a project's overdue obstacles
    await page.goto('/progress')
    const atRisk = page.getByRole('region', { name: 'Dự án cần chú ý' })
    const overdueLinkName = /^\d+ vướng mắc quá hạn$/
    const atRiskRow = atRisk
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: overdueLinkName }) })
      .first()
    const obstaclesLink = atRiskRow.getByRole('link', { name: overdueLinkName })
    await expect(obstaclesLink).toBeVisible()
    const projectName = (await atRiskRow.getByRole('link').first().textContent())!.trim()
    const overdueCount = Number.parseInt((await obstaclesLink.textContent())!, 10)
    await obstaclesLink.click()
    await expect(page).toHaveURL(/\/obstacles\?project=[^&]+&overdue=1$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Danh mục vướng mắc' })).toBeVisible()
    await expect(page.getByLabel('Dự án', { exact: true }).locator('option:checked')).toContainText(projectName)
    await expect(page.getByLabel('Chỉ hiện vướng mắc quá hạn')).toBeChecked()
    await expect(rows).toHaveCount(overdueCount)
    for (let index = 0; index < overdueCount; index += 1) {
      await expect(rows.nth(index)).toContainText(`Dự án: ${projectName}`)
      await expect(rows.nth(index).getByRole('cell').nth(DEADLINE_COLUMN)).toContainText(OVERDUE_WORDS)
    }
  })

  test('an obstacle of their own department can be read but not followed up', async ({ page }) => {
    await page.goto('/obstacles?q=nam+mau')
    await page.getByRole('link', { name: NAM_MAU }).click()
    await expect(page.getByRole('heading', { level: 1, name: NAM_MAU })).toBeVisible()
    await expect(page.getByText(OVERDUE_WORDS).first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'Thông tin vướng mắc' })).toContainText('Sở Công Thương (SCT)')
    await expect(page.getByRole('list', { name: 'Các biện pháp, mới nhất trước' }).getByRole('listitem')).toHaveCount(2)
    await expect(
      page.getByText('Chỉ cán bộ của cơ quan chịu trách nhiệm mới cập nhật được vướng mắc này.'),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Sửa vướng mắc' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Ghi biện pháp' })).toHaveCount(0)
    await expect(page.getByLabel('Đã làm gì')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Chuyển trạng thái' })).toHaveCount(0)
    await expect(page.getByLabel('Chuyển sang', { exact: true })).toHaveCount(0)

    // Nor can they record one, or a meeting
    await page.goto('/meetings')
    await expect(page.getByRole('heading', { level: 1, name: 'Đối thoại với doanh nghiệp' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ghi nhận cuộc họp' })).toHaveCount(0)
    for (const path of ['/obstacles/new', '/meetings/new']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(403)
    }
  })
})

test('a search without diacritics finds the Sông Khoai obstacle and the address keeps it', async ({ page }) => {
  await page.goto('/obstacles')
  const search = page.getByRole('searchbox', { name: 'Tìm theo mã, nội dung, người nêu hoặc dự án' })
  await search.fill('song khoai')
  await search.press('Enter')
  await expect(page).toHaveURL(/[?&]q=song\+khoai(&|$)/)
  const rows = obstacleRows(page)
  await expect(rows.filter({ hasText: SONG_KHOAI })).toHaveCount(1)
  await expect(rows.filter({ hasText: MAO_KHE })).toHaveCount(0)
  await expect(rows.filter({ hasText: NAM_MAU })).toHaveCount(0)
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Sông Khoai/)

  // The address is the search: opened again, it shows the same list and the same words.
  await page.goto(new URL(page.url()).pathname + new URL(page.url()).search)
  await expect(page.getByRole('searchbox', { name: 'Tìm theo mã, nội dung, người nêu hoặc dự án' })).toHaveValue(
    'song khoai',
  )
  await expect(obstacleRows(page).filter({ hasText: SONG_KHOAI })).toHaveCount(1)
})

test('an editor’s department view lists only its open obstacles, soonest deadline first', async ({ page }) => {
  await page.goto('/obstacles')
  await page.getByRole('link', { name: 'Vướng mắc đang mở của cơ quan tôi' }).click()
  await expect(page).toHaveURL(/[?&]department=[^&]+/)
  await expect(page).toHaveURL(/[?&]status=unresolved(&|$)/)
  const filters = page.getByRole('form', { name: 'Bộ lọc vướng mắc' })
  await expect(filters.getByLabel('Cơ quan chịu trách nhiệm').locator('option:checked')).toHaveText('Sở Công Thương')
  await expect(filters.getByLabel('Trạng thái').locator('option:checked')).toHaveText(
    'Chưa giải quyết (mới, đang xử lý, trình UBND tỉnh)',
  )
  await expect(page.getByRole('columnheader', { name: /Hạn xử lý/ })).toHaveAttribute('aria-sort', 'ascending')

  const rows = obstacleRows(page)
  await expect(rows.filter({ hasText: NAM_MAU })).toHaveCount(1)
  // Another department's obstacle (Construction) and a resolved one of this department stay out.
  await expect(rows.filter({ hasText: MAO_KHE })).toHaveCount(0)
  await expect(rows.filter({ hasText: 'Thiếu khoảng 300 công nhân may' })).toHaveCount(0)
  const count = await rows.count()
  expect(count).toBeGreaterThanOrEqual(4)
  const deadlines: string[] = []
  for (let index = 0; index < count; index += 1) {
    const cells = rows.nth(index).getByRole('cell')
    await expect(cells.nth(DEPARTMENTS_COLUMN).getByText('SCT', { exact: true })).toHaveCount(1)
    await expect(cells.nth(STATUS_COLUMN)).toHaveText(/^(Mới|Đang xử lý|Trình UBND tỉnh)$/)
    deadlines.push(isoDayIn((await cells.nth(DEADLINE_COLUMN).textContent()) ?? ''))
  }
  expect(deadlines).toEqual([...deadlines].sort())
  // The soonest deadline is the overdue Nam Mẫu obstacle, marked so.
  await expect(rows.first()).toContainText(NAM_MAU)
  await expect(rows.first().getByRole('cell').nth(DEADLINE_COLUMN)).toContainText(OVERDUE_WORDS)
})

test('Enter in a text field of the project editor saves the project and keeps its investor', async ({ page }) => {
  const suffix = uniqueSuffix()
  const name = `Nhà máy chế biến thuỷ sản Vân Đồn ${suffix}`
  const investor = `Công ty TNHH Thuỷ sản Vân Đồn ${suffix}`
  await page.goto('/projects/new')
  await waitForHydration(page)
  await page.getByRole('button', { name: 'Thêm nhà đầu tư' }).click()
  await page.getByLabel('Tên nhà đầu tư 1').fill(investor)

  // Enter in a field above the investor with a required field still empty: the messages, the row kept
  const code = page.getByLabel('Mã dự án')
  await code.fill(`EN-${suffix}`.toUpperCase())
  await code.press('Enter')
  await expect(page.getByRole('alert')).toContainText('Chưa lưu được')
  await expect(page.getByLabel('Tên dự án (tiếng Việt)')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Tên nhà đầu tư 1')).toHaveValue(investor)
  await expect(page).toHaveURL(/\/projects\/new$/)

  // Enter again once the form is complete: saved, with its investor
  await fillRequiredProjectFields(page, { code: `EN-${suffix}`.toUpperCase(), name })
  await expect(page.getByLabel('Tên nhà đầu tư 1')).toHaveValue(investor)
  await page.getByLabel('Tên dự án (tiếng Việt)').press('Enter')
  await expectToast(page, `Đã thêm dự án ${name}.`)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(page.getByRole('link', { name: investor, exact: true })).toBeVisible()

  // On its edit page too: Enter saves the change, the investor stays
  await page.getByRole('link', { name: 'Sửa dự án' }).click()
  await expect(page.getByLabel('Tên nhà đầu tư 1')).toHaveValue(investor)
  const renamed = `${name} (giai đoạn 2)`
  await page.getByLabel('Tên dự án (tiếng Việt)').fill(renamed)
  await page.getByLabel('Tên dự án (tiếng Việt)').press('Enter')
  await expectToast(page, `Đã lưu thay đổi của dự án ${renamed}.`)
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible()
  await expect(page.getByRole('link', { name: investor, exact: true })).toBeVisible()
})
