import { expect, test } from '@playwright/test'
import { expectToast, fillRequiredProjectFields, uniqueSuffix, waitForHydration } from './utils'

/** The province's today as yyyy-mm-dd, what a date input takes. */
function provinceToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

/** yyyy-mm-dd as the app writes dates in Vietnamese: dd/mm/yyyy. */
function vietnameseDate(isoDay: string) {
  const [year, month, day] = isoDay.split('-')
  return `${day}/${month}/${year}`
}

// docs/decisions/013: a figure typed wrong is corrected, or withdrawn, with a reason; the
// project's total follows, and the original stays listed, struck through, with the reason.
test('staff correct a disbursement typed wrong, see the total change, then void it with a reason', async ({ page }) => {
  const suffix = uniqueSuffix()
  const name = `Nhà máy gốm sứ Đông Triều ${suffix}`
  const today = provinceToday()
  const when = vietnameseDate(today)
  const what = `khoản giải ngân ngày ${when}`

  await page.goto('/projects/new')
  await fillRequiredProjectFields(page, { code: `CR-${suffix}`.toUpperCase(), name })
  await page.getByLabel(/^Vốn đăng ký \(đồng\)/).fill('500.000.000.000')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã thêm dự án ${name}.`)
  await page
    .getByRole('navigation', { name: 'Các mục của dự án' })
    .getByRole('link', { name: 'Vốn, giải ngân, GPMB' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await waitForHydration(page)

  // A zero too many: 250 tỷ đồng for 25.
  const disbursement = page.getByRole('region', { name: 'Giải ngân', exact: true })
  const rows = disbursement.getByRole('table', { name: 'Các lần giải ngân, mới nhất trước' }).getByRole('row')
  await disbursement.getByLabel('Ngày giải ngân').fill(today)
  await disbursement.getByLabel('Số vốn giải ngân (đồng)').fill('250.000.000.000')
  await disbursement.getByRole('button', { name: 'Ghi giải ngân' }).click()
  await expectToast(page, `Đã ghi giải ngân ngày ${when}.`)
  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 250 tỷ đồng')
  await expect(rows).toHaveCount(2)

  // Correct it: the panel opens with the entry as saved, and asks why.
  await disbursement.getByRole('link', { name: `Sửa ${what}` }).click()
  const correcting = page.getByRole('region', { name: `Sửa ${what}` })
  await expect(correcting).toBeVisible()
  await waitForHydration(page)
  await expect(correcting.getByLabel('Số vốn giải ngân (đồng)')).toHaveValue('250.000.000.000')
  await expect(correcting.getByLabel('Ngày giải ngân')).toHaveValue(today)
  await correcting.getByLabel('Số vốn giải ngân (đồng)').fill('25.000.000.000')
  await correcting.getByLabel('Lý do').fill('Gõ thừa một số 0')
  await correcting.getByRole('button', { name: 'Lưu bản sửa' }).click()
  await expectToast(page, `Đã lưu bản sửa của ${what}.`)

  // The total follows; the original stays, struck through, with the reason and a link to its correction.
  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 25 tỷ đồng')
  await expect(page.getByRole('region', { name: `Sửa ${what}` })).toHaveCount(0)
  await expect(rows).toHaveCount(3)
  const original = rows.filter({ hasText: 'Lý do: Gõ thừa một số 0' })
  await expect(original).toContainText('Đã sửa ngày')
  await expect(original.getByRole('deletion').filter({ hasText: '250 tỷ đồng' })).toBeVisible()
  await expect(original.getByRole('link', { name: 'Xem bản sửa' })).toBeVisible()
  await expect(original.getByRole('link', { name: `Sửa ${what}` })).toHaveCount(0)
  const correction = rows.filter({ hasText: 'Bản sửa của một bản ghi trước' })
  await expect(correction).toContainText('25 tỷ đồng')

  // Void the correction: a confirmation that says what stops counting, and a reason required.
  await correction.getByRole('link', { name: `Hủy bỏ ${what}` }).click()
  const voiding = page.getByRole('region', { name: `Hủy bỏ ${what}?` })
  await expect(voiding).toContainText('không còn được tính vào tổng của dự án')
  await waitForHydration(page)
  await voiding.getByRole('button', { name: 'Hủy bỏ bản ghi này' }).click()
  await expect(voiding.getByText('Vui lòng nhập thông tin này.')).toBeVisible()
  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 25 tỷ đồng')
  await voiding.getByLabel('Lý do').fill('Đợt này chưa giải ngân')
  await voiding.getByRole('button', { name: 'Hủy bỏ bản ghi này' }).click()
  await expectToast(page, `Đã hủy bỏ ${what}.`)

  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 0 đồng')
  await expect(rows.filter({ hasText: 'Lý do: Đợt này chưa giải ngân' })).toContainText('Đã hủy bỏ ngày')
  await expect(disbursement.getByRole('link', { name: `Sửa ${what}` })).toHaveCount(0)
  await expect(disbursement.getByRole('link', { name: `Hủy bỏ ${what}` })).toHaveCount(0)

  // The History tab tells both, in plain words.
  await page.getByRole('navigation', { name: 'Các mục của dự án' }).getByRole('link', { name: 'Lịch sử' }).click()
  await expect(
    page.getByText(`đã hủy bỏ khoản giải ngân 25 tỷ đồng ngày ${when} (lý do: Đợt này chưa giải ngân)`),
  ).toBeVisible()
  await expect(
    page.getByText(`đã sửa khoản giải ngân ngày ${when} (số tiền từ 250 tỷ đồng thành 25 tỷ đồng`),
  ).toBeVisible()
})
