import { readFileSync } from 'node:fs'
import { expect, test as setup } from '@playwright/test'

type DemoUser = { email: string; password: string; role: string; department: string | null }
const demoUsers = JSON.parse(readFileSync('prisma/seed/demo-users.json', 'utf8')) as DemoUser[]

export const STORAGE = {
  admin: 'e2e/.auth/admin.json',
  editor: 'e2e/.auth/editor-sct.json',
  viewer: 'e2e/.auth/viewer.json',
} as const

function account(role: string, department: string | null) {
  const user = demoUsers.find(
    (candidate) => candidate.role === role && (department === null || candidate.department === department),
  )
  if (!user) throw new Error(`No demo ${role} account`)
  return user
}

// Signs each demo persona in once through the real form; the journeys reuse the cookies.
for (const [name, role, department] of [
  ['admin', 'admin', null],
  ['editor', 'editor', 'SCT'],
  ['viewer', 'viewer', null],
] as const) {
  setup(`sign in as ${name}`, async ({ page }) => {
    const user = account(role, department)
    await page.goto('/login')
    await page.getByLabel('Thư điện tử').fill(user.email)
    await page.getByLabel('Mật khẩu').fill(user.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Danh mục dự án' })).toBeVisible()
    await page.context().storageState({ path: STORAGE[name] })
  })
}
