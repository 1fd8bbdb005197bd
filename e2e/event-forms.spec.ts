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

// docs/decisions/007: a form of the capital and land page that was saved is drawn empty with
// a new key, so a second click on its button cannot record the same figures twice, while
// the same figures typed again (a second, real disbursement) are recorded.
test('a saved disbursement, land handover or capital adjustment leaves its form empty, not ready to be sent again', async ({
  page,
}) => {
  const suffix = uniqueSuffix()
  const name = `Nhà máy kính nổi Hoành Bồ ${suffix}`
  const today = provinceToday()

  await page.goto('/projects/new')
  await fillRequiredProjectFields(page, { code: `EF-${suffix}`.toUpperCase(), name })
  await page.getByLabel(/^Vốn đăng ký \(đồng\)/).fill('500.000.000.000')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(page, `Đã thêm dự án ${name}.`)
  await page
    .getByRole('navigation', { name: 'Các mục của dự án' })
    .getByRole('link', { name: 'Vốn, giải ngân, GPMB' })
    .click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
  await waitForHydration(page)

  const disbursement = page.getByRole('region', { name: 'Giải ngân', exact: true })
  const disbursementRows = disbursement
    .getByRole('table', { name: 'Các lần giải ngân, mới nhất trước' })
    .getByRole('row')
  const clearance = page.getByRole('region', { name: 'Bàn giao mặt bằng', exact: true })

  // Half-typed in another form: saving the disbursement must not wipe it.
  await clearance.getByLabel('Diện tích bàn giao (ha)').fill('3,5')

  // A disbursement of 10 tỷ đồng: saved, and its form is empty again.
  await disbursement.getByLabel('Ngày giải ngân').fill(today)
  await disbursement.getByLabel('Số vốn giải ngân (đồng)').fill('10.000.000.000')
  await disbursement.getByRole('button', { name: 'Ghi giải ngân' }).click()
  await expectToast(page, `Đã ghi giải ngân ngày ${vietnameseDate(today)}.`)
  await expect(disbursementRows).toHaveCount(2)
  await expect(disbursement.getByLabel('Ngày giải ngân')).toHaveValue('')
  await expect(disbursement.getByLabel('Số vốn giải ngân (đồng)')).toHaveValue('')
  await expect(clearance.getByLabel('Diện tích bàn giao (ha)')).toHaveValue('3,5')

  // A second click on the button sends nothing: the empty form asks for its figures.
  await disbursement.getByRole('button', { name: 'Ghi giải ngân' }).click()
  await expect(disbursement.getByText('Vui lòng nhập thông tin này.').first()).toBeVisible()
  await page.reload()
  await expect(
    page
      .getByRole('region', { name: 'Giải ngân', exact: true })
      .getByRole('table', { name: 'Các lần giải ngân, mới nhất trước' })
      .getByRole('row'),
  ).toHaveCount(2)
  await waitForHydration(page)

  // The same figures typed again are a second disbursement, and both are kept.
  await disbursement.getByLabel('Ngày giải ngân').fill(today)
  await disbursement.getByLabel('Số vốn giải ngân (đồng)').fill('10.000.000.000')
  await disbursement.getByRole('button', { name: 'Ghi giải ngân' }).click()
  await expect(disbursementRows).toHaveCount(3)
  await expect(disbursement).toContainText('Vốn đã giải ngân của dự án: 20 tỷ đồng')
  await expect(disbursement.getByLabel('Số vốn giải ngân (đồng)')).toHaveValue('')

  // A land handover: saved, and its form is empty again.
  await clearance.getByLabel('Ngày bàn giao').fill(today)
  await clearance.getByLabel('Diện tích bàn giao (ha)').fill('3,5')
  await clearance.getByRole('button', { name: 'Ghi bàn giao' }).click()
  await expectToast(page, `Đã ghi bàn giao mặt bằng ngày ${vietnameseDate(today)}.`)
  await expect(
    clearance.getByRole('table', { name: 'Các lần bàn giao mặt bằng, mới nhất trước' }).getByRole('row'),
  ).toHaveCount(2)
  await expect(clearance.getByLabel('Ngày bàn giao')).toHaveValue('')
  await expect(clearance.getByLabel('Diện tích bàn giao (ha)')).toHaveValue('')

  // A capital adjustment: saved, and its form is empty again.
  const capital = page.getByRole('region', { name: 'Điều chỉnh vốn đăng ký', exact: true })
  await capital.getByLabel('Ngày điều chỉnh').fill(today)
  await capital.getByLabel('Số vốn tăng thêm (đồng)').fill('50.000.000.000')
  await capital.getByLabel(/^Số GCN hoặc văn bản điều chỉnh/).fill(`ĐC-${suffix}`)
  await capital.getByRole('button', { name: 'Ghi điều chỉnh vốn' }).click()
  await expectToast(page, `Đã ghi điều chỉnh vốn ngày ${vietnameseDate(today)}.`)
  await expect(
    capital.getByRole('table', { name: 'Các lần điều chỉnh vốn, mới nhất trước' }).getByRole('row'),
  ).toHaveCount(2)
  await expect(capital.getByLabel('Ngày điều chỉnh')).toHaveValue('')
  await expect(capital.getByLabel('Số vốn tăng thêm (đồng)')).toHaveValue('')
  await expect(capital.getByLabel(/^Số GCN hoặc văn bản điều chỉnh/)).toHaveValue('')
})
