import { beforeEach, describe, expect, test } from 'vitest'
import { action as passwordAction, loader as passwordLoader } from '~/features/users/routes/change-password'
import { action as userAction, loader as userLoader } from '~/features/users/routes/edit-user'
import { action as newAction, loader as newLoader } from '~/features/users/routes/new-user'
import { loader as listLoader } from '~/features/users/routes/user-list'
import { getOptionalUser } from '~/utils/auth.server'
import { prisma } from '~/utils/db.server'
import { verifyPassword } from '~/utils/password.server'
import { createSession, getActiveSession } from '~/utils/session.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../../tests/integration-utils'

type Reply = {
  intent?: string
  result: { error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> | null }
}

type StaleReply = Reply & {
  stale?: { differences: { field: string; label: string; mine: string; current: string }[] }
}

const GOOD_PASSWORD = 'mây trắng bay trên đỉnh Yên Tử'
const SIGN_IN_PASSWORD = 'correct-horse-battery-staple'

let admin: Awaited<ReturnType<typeof signIn>>
let ref: Awaited<ReturnType<typeof getReferenceIds>>

beforeEach(async () => {
  ref = await getReferenceIds()
  admin = await signIn('admin', null, { asDefault: true })
})

function newUserForm(overrides: Record<string, string> = {}) {
  return {
    email: 'Tran.Thi.B@QuangNinh.gov.vn',
    name: 'Trần Thị B',
    role: 'editor',
    departmentId: ref.departmentId,
    password: GOOD_PASSWORD,
    ...overrides,
  }
}

async function postNewUser(form: Record<string, string>, cookie?: string) {
  return settle(() =>
    newAction(routeArgs(makeRequest('/admin/users/new', { method: 'POST', form, ...(cookie ? { cookie } : {}) }))),
  )
}

async function postToUser(userId: string, form: Record<string, string>, cookie?: string) {
  return settle(() =>
    userAction(
      routeArgs(makeRequest(`/admin/users/${userId}`, { method: 'POST', form, ...(cookie ? { cookie } : {}) }), {
        userId,
      }),
    ),
  )
}

function replyOf(result: unknown) {
  return unwrapData<Reply>(result)
}

/** A second session of a user, as if signed in on another device. */
async function anotherSession(userId: string) {
  const { setCookie } = await createSession(userId, new Request('http://localhost/'))
  return setCookie.split(';')[0] ?? ''
}

async function isActive(cookie: string) {
  return (await getActiveSession(makeRequest('/', { cookie }))) !== null
}

describe('creating an account', () => {
  test('stores a lower-case email and an argon2id hash, and audits the creation without the password', async () => {
    const response = await postNewUser(newUserForm())
    expect(response).toBeInstanceOf(Response)
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'tran.thi.b@quangninh.gov.vn' } })
    expect((response as Response).headers.get('Location')).toBe(`/admin/users/${user.id}`)
    expect(user).toMatchObject({ name: 'Trần Thị B', role: 'editor', departmentId: ref.departmentId })
    expect(user.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true)
    expect(await verifyPassword(user.passwordHash, GOOD_PASSWORD)).toBe(true)

    const audit = await prisma.auditLog.findMany({ where: { entityType: 'user', entityId: user.id } })
    expect(audit.map((row) => [row.action, row.userId])).toEqual([['create', admin.user.id]])
    const changes = JSON.parse(audit[0]?.changes ?? '{}') as Record<string, unknown>
    expect(Object.keys(changes).sort()).toEqual(['departmentId', 'email', 'name', 'provinceWide', 'role'])
    const stored = JSON.stringify(audit)
    expect(stored).not.toContain(user.passwordHash)
    expect(stored).not.toContain(GOOD_PASSWORD)
    expect(stored).not.toMatch(/password/i)
  })

  test('the same email in another case is a field error, not a second account (nor a 500)', async () => {
    await postNewUser(newUserForm())
    const duplicate = replyOf(await postNewUser(newUserForm({ email: 'TRAN.THI.B@quangninh.GOV.VN', name: 'Khác' })))
    expect(duplicate.status).toBe(400)
    expect(duplicate.data.result.error?.email).toEqual(['admin.errors.emailTaken'])
    // What was typed stays, except the password.
    expect(duplicate.data.result.initialValue).toMatchObject({ name: 'Khác' })
    expect(duplicate.data.result.initialValue?.password).toBeUndefined()
    expect(await prisma.user.count({ where: { email: 'tran.thi.b@quangninh.gov.vn' } })).toBe(1)
  })

  test('refuses short and common passwords, an editor without a department and an unknown department', async () => {
    const short = replyOf(await postNewUser(newUserForm({ password: 'a'.repeat(11) })))
    expect(short.status).toBe(400)
    expect(short.data.result.error?.password).toEqual(['auth.errors.passwordTooShort:12'])

    const common = replyOf(await postNewUser(newUserForm({ password: 'password1234' })))
    expect(common.data.result.error?.password).toEqual(['auth.errors.passwordCommon'])

    const noDepartment = replyOf(await postNewUser(newUserForm({ departmentId: '' })))
    expect(noDepartment.data.result.error?.departmentId).toEqual(['admin.errors.departmentRequired'])

    const unknown = replyOf(await postNewUser(newUserForm({ departmentId: 'no-such-department' })))
    expect(unknown.data.result.error?.departmentId).toEqual(['admin.errors.unknownDepartment'])

    const badEmail = replyOf(await postNewUser(newUserForm({ email: 'not an email' })))
    expect(badEmail.data.result.error?.email).toEqual(['admin.errors.emailInvalid'])

    expect(await prisma.user.count({ where: { email: { contains: 'tran.thi.b' } } })).toBe(0)
  })

  test('a viewer keeps no department and cannot be made province-wide', async () => {
    await postNewUser(newUserForm({ role: 'viewer', departmentId: '', provinceWide: 'on' }))
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'tran.thi.b@quangninh.gov.vn' } })
    expect(user).toMatchObject({ role: 'viewer', departmentId: null, provinceWide: false })
  })
})

describe('the list of accounts', () => {
  test('searches names without diacritics, filters and pages by 25', async () => {
    await postNewUser(newUserForm({ email: 'nguyen.van.a@quangninh.gov.vn', name: 'Nguyễn Văn Ánh' }))
    const found = await listLoader(routeArgs(makeRequest('/admin/users?q=nguyen+anh')))
    expect(found.rows.map((row) => row.name)).toEqual(['Nguyễn Văn Ánh'])

    const editors = await listLoader(routeArgs(makeRequest('/admin/users?role=editor&department=SCT')))
    expect(editors.rows.map((row) => row.name)).toEqual(['Nguyễn Văn Ánh'])
    const disabled = await listLoader(routeArgs(makeRequest('/admin/users?status=disabled')))
    expect(disabled.total).toBe(0)

    await prisma.user.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({
        email: `viewer${index}@test.local`,
        name: `Viewer ${String(index).padStart(2, '0')}`,
        passwordHash: 'x',
        role: 'viewer',
      })),
    })
    const second = await listLoader(routeArgs(makeRequest('/admin/users?role=viewer&page=2')))
    expect([second.total, second.page, second.pageCount, second.rows.length]).toEqual([30, 2, 2, 5])
    expect(second.rows[0]?.name).toBe('Viewer 25')
  })
})

describe("an account's page", () => {
  test('disabling ends every session; a disabled user is nobody; enabling lets them back', async () => {
    const editor = await signIn('editor', 'SCT')
    const laptop = await anotherSession(editor.user.id)
    expect(await getOptionalUser(makeRequest('/', { cookie: editor.cookie }))).not.toBeNull()

    const response = await postToUser(editor.user.id, { intent: 'disable' })
    expect(response).toBeInstanceOf(Response)
    expect(await isActive(editor.cookie)).toBe(false)
    expect(await isActive(laptop)).toBe(false)
    // Even a session made afterwards (the sign-in page refuses disabled accounts) is worth nothing.
    const sneaked = await anotherSession(editor.user.id)
    expect(await getOptionalUser(makeRequest('/', { cookie: sneaked }))).toBeNull()

    await postToUser(editor.user.id, { intent: 'enable' })
    expect((await prisma.user.findUniqueOrThrow({ where: { id: editor.user.id } })).disabledAt).toBeNull()
    const audit = await prisma.auditLog.findMany({
      where: { entityType: 'user', entityId: editor.user.id },
      orderBy: { at: 'asc' },
    })
    expect(audit.map((row) => row.action)).toEqual(['disable', 'enable'])
    expect(Object.keys(JSON.parse(audit[0]?.changes ?? '{}') as object)).toEqual(['disabledAt'])
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({ sessionsEnded: 2 })
  })

  test('an admin ends all sessions of a user', async () => {
    const viewer = await signIn('viewer')
    const phone = await anotherSession(viewer.user.id)
    await postToUser(viewer.user.id, { intent: 'end_sessions' })
    expect(await isActive(viewer.cookie)).toBe(false)
    expect(await isActive(phone)).toBe(false)
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: 'end_sessions', entityId: viewer.user.id } })
    expect(JSON.parse(row.detail ?? '{}')).toEqual({ sessionsEnded: 2 })
  })

  test('setting a password ends the sessions and never reaches the audit trail', async () => {
    const viewer = await signIn('viewer')
    const mismatch = replyOf(
      await postToUser(viewer.user.id, { intent: 'set_password', password: GOOD_PASSWORD, confirmPassword: 'khác' }),
    )
    expect(mismatch.status).toBe(400)
    expect(mismatch.data.intent).toBe('set_password')
    expect(mismatch.data.result.error?.confirmPassword).toEqual(['admin.errors.passwordMismatch'])

    await postToUser(viewer.user.id, {
      intent: 'set_password',
      password: GOOD_PASSWORD,
      confirmPassword: GOOD_PASSWORD,
    })
    const user = await prisma.user.findUniqueOrThrow({ where: { id: viewer.user.id } })
    expect(await verifyPassword(user.passwordHash, GOOD_PASSWORD)).toBe(true)
    expect(await isActive(viewer.cookie)).toBe(false)
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: 'password_set', entityId: viewer.user.id } })
    expect(JSON.stringify(row)).not.toContain(user.passwordHash)
    expect(JSON.stringify(row)).not.toContain(GOOD_PASSWORD)
  })

  test('edits are saved on the version they were opened on; a stale form gets 409 and changes nothing', async () => {
    const editor = await signIn('editor', 'SCT')
    const opened = await userLoader(
      routeArgs(makeRequest(`/admin/users/${editor.user.id}`), { userId: editor.user.id }),
    )
    const version = String(opened.target.version)
    const edit = { intent: 'update', role: 'editor', departmentId: ref.departmentId, version }

    const first = await postToUser(editor.user.id, { ...edit, name: 'Lê Văn C', provinceWide: 'on' })
    expect(first).toBeInstanceOf(Response)
    const stale = replyOf(await postToUser(editor.user.id, { ...edit, name: 'Phạm Văn D' }))
    expect(stale.status).toBe(409)
    expect(stale.data.result.error?.['']).toEqual(['admin.errors.staleVersion'])

    const saved = await prisma.user.findUniqueOrThrow({ where: { id: editor.user.id } })
    expect(saved).toMatchObject({ name: 'Lê Văn C', provinceWide: true, version: opened.target.version + 1 })
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: 'update', entityId: editor.user.id } })
    expect(JSON.parse(row.changes ?? '{}')).toEqual({
      name: ['Test editor SCT', 'Lê Văn C'],
      provinceWide: [false, true],
    })
  })

  test('a stale edit shows what was typed beside the saved values, keeps it, and saves on the answered version', async () => {
    const editor = await signIn('editor', 'SCT')
    const opened = await userLoader(
      routeArgs(makeRequest(`/admin/users/${editor.user.id}`), { userId: editor.user.id }),
    )
    const edit = {
      intent: 'update',
      role: 'editor',
      departmentId: ref.departmentId,
      version: String(opened.target.version),
    }
    // Someone else renames the account and makes it province-wide, on the same version.
    expect(await postToUser(editor.user.id, { ...edit, name: 'Lê Văn C', provinceWide: 'on' })).toBeInstanceOf(Response)

    const stale = unwrapData<StaleReply>(
      await postToUser(editor.user.id, { ...edit, name: 'Phạm Văn D', role: 'viewer' }),
    )
    expect(stale.status).toBe(409)
    expect(stale.data.intent).toBe('update')
    expect(stale.data.stale?.differences).toEqual([
      { field: 'name', label: 'Họ và tên', mine: 'Phạm Văn D', current: 'Lê Văn C' },
      { field: 'role', label: 'Vai trò', mine: 'Lãnh đạo, theo dõi', current: 'Cán bộ cập nhật' },
      {
        field: 'provinceWide',
        label: 'Được cập nhật dự án của mọi cơ quan (toàn tỉnh)',
        mine: 'Không',
        current: 'Có',
      },
    ])
    const answeredVersion = String(opened.target.version + 1)
    expect(stale.data.result.initialValue).toMatchObject({
      name: 'Phạm Văn D',
      role: 'viewer',
      version: answeredVersion,
    })
    expect(await prisma.user.findUniqueOrThrow({ where: { id: editor.user.id } })).toMatchObject({
      name: 'Lê Văn C',
      role: 'editor',
      version: opened.target.version + 1,
    })

    // Saving again on the answered version is a deliberate overwrite: saved, version moved on, audited.
    const again = await postToUser(editor.user.id, { ...edit, name: 'Phạm Văn D', version: answeredVersion })
    expect(again).toBeInstanceOf(Response)
    expect(await prisma.user.findUniqueOrThrow({ where: { id: editor.user.id } })).toMatchObject({
      name: 'Phạm Văn D',
      provinceWide: false,
      version: opened.target.version + 2,
    })
    expect(await prisma.auditLog.count({ where: { action: 'update', entityId: editor.user.id } })).toBe(2)
  })

  test('admins cannot disable themselves nor give up their own admin role', async () => {
    const self = replyOf(await postToUser(admin.user.id, { intent: 'disable' }))
    expect(self.status).toBe(400)
    expect(self.data.result.error?.['']).toEqual(['admin.errors.cannotDisableSelf'])

    const demote = replyOf(
      await postToUser(admin.user.id, { intent: 'update', name: 'Admin', role: 'viewer', version: '1' }),
    )
    expect(demote.status).toBe(400)
    expect(demote.data.result.error?.role).toEqual(['admin.errors.cannotDemoteSelf'])

    const after = await prisma.user.findUniqueOrThrow({ where: { id: admin.user.id } })
    expect(after).toMatchObject({ role: 'admin', disabledAt: null })
    expect(await isActive(admin.cookie)).toBe(true)
  })

  test('an unknown intent is a bad request and an unknown account a 404', async () => {
    const viewer = await signIn('viewer')
    expect(((await postToUser(viewer.user.id, { intent: 'delete' })) as Response).status).toBe(400)
    const missing = await settle(() => userLoader(routeArgs(makeRequest('/admin/users/nobody'), { userId: 'nobody' })))
    expect((missing as Response).status).toBe(404)
  })
})

describe('changing one’s own password', () => {
  test('ends the other sessions but not the current one', async () => {
    const editor = await signIn('editor', 'SCT')
    const other = await anotherSession(editor.user.id)
    const response = await settle(() =>
      passwordAction(
        routeArgs(
          makeRequest('/account/password', {
            method: 'POST',
            cookie: editor.cookie,
            form: { currentPassword: SIGN_IN_PASSWORD, password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD },
          }),
        ),
      ),
    )
    expect(response).toBeInstanceOf(Response)
    expect((response as Response).status).toBe(302)
    expect(await isActive(editor.cookie)).toBe(true)
    expect(await isActive(other)).toBe(false)
    const user = await prisma.user.findUniqueOrThrow({ where: { id: editor.user.id } })
    expect(await verifyPassword(user.passwordHash, GOOD_PASSWORD)).toBe(true)
    const row = await prisma.auditLog.findFirstOrThrow({
      where: { action: 'password_change', entityId: editor.user.id },
    })
    expect(row.userId).toBe(editor.user.id)
    expect(JSON.stringify(row)).not.toContain(user.passwordHash)
  })

  test('refuses a wrong current password, a mismatched confirmation and the same password again', async () => {
    const viewer = await signIn('viewer')
    const post = (form: Record<string, string>) =>
      settle(() =>
        passwordAction(routeArgs(makeRequest('/account/password', { method: 'POST', cookie: viewer.cookie, form }))),
      )
    const wrong = replyOf(
      await post({ currentPassword: 'not-my-password', password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD }),
    )
    expect(wrong.status).toBe(400)
    expect(wrong.data.result.error?.currentPassword).toEqual(['admin.errors.currentPasswordWrong'])
    expect(wrong.data.result.initialValue?.currentPassword).toBeUndefined()

    const mismatch = replyOf(
      await post({ currentPassword: SIGN_IN_PASSWORD, password: GOOD_PASSWORD, confirmPassword: `${GOOD_PASSWORD}!` }),
    )
    expect(mismatch.data.result.error?.confirmPassword).toEqual(['admin.errors.passwordMismatch'])

    const same = replyOf(
      await post({ currentPassword: SIGN_IN_PASSWORD, password: SIGN_IN_PASSWORD, confirmPassword: SIGN_IN_PASSWORD }),
    )
    expect(same.data.result.error?.password).toEqual(['admin.errors.samePassword'])
    const user = await prisma.user.findUniqueOrThrow({ where: { id: viewer.user.id } })
    expect(await verifyPassword(user.passwordHash, SIGN_IN_PASSWORD)).toBe(true)
  })

  test('is open to every signed-in person, and sends anonymous visitors to sign in', async () => {
    const viewer = await signIn('viewer')
    const page = await passwordLoader(routeArgs(makeRequest('/account/password', { cookie: viewer.cookie })))
    expect(page.title).toContain('Đổi mật khẩu')
    const anonymous = await settle(() => passwordLoader(routeArgs(makeRequest('/account/password', { cookie: '' }))))
    expect((anonymous as Response).status).toBe(302)
  })
})

describe('who may manage accounts', () => {
  test.each([['viewer'], ['editor']] as const)('a %s gets 403 from every admin page and form', async (role) => {
    const { cookie } = await signIn(role, 'SCT')
    const { user: target } = await signIn('viewer')
    const get = (path: string) => makeRequest(path, { cookie })
    const post = (path: string, form: Record<string, string>) => makeRequest(path, { method: 'POST', cookie, form })
    const answers = await Promise.all([
      settle(() => listLoader(routeArgs(get('/admin/users')))),
      settle(() => newLoader(routeArgs(get('/admin/users/new')))),
      settle(() => newAction(routeArgs(post('/admin/users/new', newUserForm())))),
      settle(() => userLoader(routeArgs(get(`/admin/users/${target.id}`), { userId: target.id }))),
      ...['disable', 'end_sessions', 'set_password', 'update'].map((intent) =>
        settle(() =>
          userAction(
            routeArgs(
              post(`/admin/users/${target.id}`, {
                intent,
                password: GOOD_PASSWORD,
                confirmPassword: GOOD_PASSWORD,
                name: 'X',
                role: 'admin',
                version: '1',
              }),
              { userId: target.id },
            ),
          ),
        ),
      ),
    ])
    expect(answers.map((answer) => (answer instanceof Response ? answer.status : 'data'))).toEqual(Array(8).fill(403))
    expect(await prisma.user.count({ where: { email: 'tran.thi.b@quangninh.gov.vn' } })).toBe(0)
    expect(await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: 'viewer',
      disabledAt: null,
    })
  })
})
