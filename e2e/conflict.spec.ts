import AxeBuilder from '@axe-core/playwright'
import { type Browser, type Page, expect, test } from '@playwright/test'
import { expectToast, fillRequiredProjectFields, uniqueSuffix } from './utils'

const capital = (page: Page) => page.getByLabel(/^Vốn đăng ký \(đồng\)/)
const englishName = (page: Page) => page.getByLabel(/^Tên tiếng Anh/)

/** An SCT project made through the editor, and its edit page open for the admin and the editor. */
async function openTheSameProjectTwice(browser: Browser) {
  const adminContext = await browser.newContext({ storageState: 'e2e/.auth/admin.json' })
  const editorContext = await browser.newContext({ storageState: 'e2e/.auth/editor-sct.json' })
  const admin = await adminContext.newPage()
  const editor = await editorContext.newPage()

  const suffix = uniqueSuffix()
  const name = `Nhà máy chế biến gỗ Đồng Tâm ${suffix}`
  await editor.goto('/projects/new')
  await fillRequiredProjectFields(editor, { code: `CONFLICT-${suffix}`.toUpperCase(), name })
  await capital(editor).fill('1.000.000.000.000')
  await editor.getByRole('button', { name: 'Lưu' }).click()
  await expect(editor.getByRole('heading', { level: 1, name })).toBeVisible()
  const projectPath = new URL(editor.url()).pathname

  for (const page of [admin, editor]) {
    await page.goto(`${projectPath}/edit`)
    await expect(page.getByRole('heading', { level: 1, name: `Sửa dự án ${name}` })).toBeVisible()
  }
  return { admin, editor, name, close: () => Promise.all([adminContext.close(), editorContext.close()]) }
}

test('a save on a stale copy shows what changed, merges the other person’s change and keeps what was typed', async ({
  browser,
}) => {
  const { admin, editor, name, close } = await openTheSameProjectTwice(browser)

  // The admin saves first.
  await capital(admin).fill('1.600.000.000.000')
  await admin.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(admin, `Đã lưu thay đổi của dự án ${name}.`)

  // The editor, still on the old copy, changes another field and saves: refused, explained.
  await englishName(editor).fill('Dong Tam wood processing plant')
  await editor.getByRole('button', { name: 'Lưu' }).click()
  const panel = editor.getByRole('region', { name: 'Dự án vừa được người khác sửa' })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('heading', { name: 'Dự án vừa được người khác sửa' })).toBeFocused()
  const table = panel.getByRole('table', { name: 'Các ô khác với bản đang lưu' })
  await expect(table.getByRole('columnheader', { name: 'Giá trị của bạn' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Giá trị hiện tại' })).toBeVisible()
  const capitalRow = table.getByRole('row', { name: /Vốn đăng ký/ })
  await expect(capitalRow.getByRole('cell', { name: '1.600.000.000.000' })).toBeVisible()
  await expect(capitalRow.getByRole('cell', { name: '1.000.000.000.000' })).toBeVisible()
  await expect(capitalRow).toContainText('Đã cập nhật theo giá trị hiện tại')
  // Nothing was changed by both, so there is nothing to choose.
  await expect(panel.getByRole('button')).toHaveCount(0)

  // The form holds the admin's capital and the editor's English name.
  await expect(englishName(editor)).toHaveValue('Dong Tam wood processing plant')
  await expect(capital(editor)).toHaveValue('1.600.000.000.000')

  // Saving again goes through, with both changes.
  await editor.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(editor, `Đã lưu thay đổi của dự án ${name}.`)
  await expect(editor.getByRole('heading', { level: 1, name })).toBeVisible()
  await expect(editor.getByText('1.600 tỷ đồng')).toBeVisible()
  await expect(editor.getByText('Dong Tam wood processing plant')).toBeVisible()
  await close()
})

test('a field both people changed keeps what was typed until the current value is chosen, by keyboard', async ({
  browser,
}) => {
  const { admin, editor, name, close } = await openTheSameProjectTwice(browser)

  await capital(admin).fill('1.600.000.000.000')
  await admin.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(admin, `Đã lưu thay đổi của dự án ${name}.`)

  await capital(editor).fill('2.000.000.000.000')
  await editor.getByRole('button', { name: 'Lưu' }).click()
  const panel = editor.getByRole('region', { name: 'Dự án vừa được người khác sửa' })
  await expect(panel.getByRole('row', { name: /Vốn đăng ký/ })).toContainText('Cả hai cùng sửa')
  await expect(capital(editor)).toHaveValue('2.000.000.000.000')
  const axe = await new AxeBuilder({ page: editor })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])

  const useCurrent = panel.getByRole('button', { name: 'Dùng giá trị hiện tại cho Vốn đăng ký' })
  await useCurrent.focus()
  await editor.keyboard.press('Enter')
  await expect(capital(editor)).toHaveValue('1.600.000.000.000')
  await expect(panel.getByRole('row', { name: /Vốn đăng ký/ })).toContainText('Đang dùng giá trị hiện tại')

  await editor.getByRole('button', { name: 'Lưu' }).click()
  await expectToast(editor, `Đã lưu thay đổi của dự án ${name}.`)
  await expect(editor.getByText('1.600 tỷ đồng')).toBeVisible()
  await close()
})
