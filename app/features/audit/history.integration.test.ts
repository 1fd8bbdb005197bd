import { beforeEach, describe, expect, test } from 'vitest'
import { loader as auditLoader } from '~/features/audit/routes/audit-log'
import { loader as historyLoader } from '~/features/audit/routes/project-history'
import { action as statusAction } from '~/features/projects/routes/change-status'
import { action as editAction, loader as editLoader } from '~/features/projects/routes/edit-project'
import { action as newAction } from '~/features/projects/routes/new-project'
import { writeAudit } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn } from '../../../tests/integration-utils'

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let editor: Awaited<ReturnType<typeof signIn>>

beforeEach(async () => {
  ref = await getReferenceIds()
  editor = await signIn('editor', 'SCT', { asDefault: true })
})

function projectForm(overrides: Record<string, string> = {}) {
  return {
    code: `QN-${Math.random().toString(36).slice(2, 8)}`,
    name: 'Nhà máy sàng tuyển than Khe Chàm',
    kind: 'coal_screening_plant',
    sector: 'mining',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    registeredCapitalVnd: '1.200.000.000.000',
    areaHa: '45,5',
    'investors[0].name': 'Công ty Than Khe Chàm – TKV',
    'investors[0].country': 'VN',
    'investors[0].role': 'lead',
    ...overrides,
  }
}

/** Creates a project through the real action, then edits its capital and area through the real action. */
async function createAndEdit() {
  const form = projectForm()
  const created = await newAction(routeArgs(makeRequest('/projects/new', { method: 'POST', form })))
  if (!(created instanceof Response)) throw new Error('create failed')
  const id = created.headers.get('Location')?.split('/').pop() ?? ''
  const loaded = await editLoader(routeArgs(makeRequest(`/projects/${id}/edit`), { projectId: id }))
  const edited = await editAction(
    routeArgs(
      makeRequest(`/projects/${id}/edit`, {
        method: 'POST',
        form: {
          ...form,
          version: String(loaded.defaults.version),
          registeredCapitalVnd: '1.500.000.000.000',
          areaHa: '50',
        },
      }),
      { projectId: id },
    ),
  )
  if (!(edited instanceof Response)) throw new Error('edit failed')
  return id
}

function history(
  id: string,
  { query = '', locale = 'vi' as 'vi' | 'en', cookie }: { query?: string; locale?: 'vi' | 'en'; cookie?: string } = {},
) {
  return historyLoader(routeArgs(makeRequest(`/projects/${id}/history${query}`, { locale, cookie }), { projectId: id }))
}

describe('a project’s History tab', () => {
  test('tells what was changed, by whom, in plain language, newest first', async () => {
    const id = await createAndEdit()
    const today = provinceToday().toISOString().slice(0, 10)
    await statusAction(
      routeArgs(
        makeRequest(`/projects/${id}/status`, {
          method: 'POST',
          form: { toStatus: 'suspended', effectiveDate: today, reason: 'Chờ điều chỉnh quy hoạch' },
        }),
        { projectId: id },
      ),
    )

    const page = await history(id)
    expect(page.total).toBe(3)
    expect(page.entries.map((entry) => entry.sentences)).toEqual([
      [
        `Test editor SCT đã chuyển trạng thái từ Đề xuất sang Tạm dừng (hiệu lực ${today.split('-').reverse().join('/')}; lý do: Chờ điều chỉnh quy hoạch)`,
      ],
      [
        'Test editor SCT đã đổi diện tích từ 45,5 ha thành 50 ha',
        'Test editor SCT đã đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng',
      ],
      ['Test editor SCT đã tạo dự án'],
    ])
    // The time is shown apart, in Vietnam time: dd/mm/yyyy hh:mm.
    expect(page.entries[0]?.when).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)

    const english = await history(id, { locale: 'en' })
    expect(english.entries[1]?.sentences).toContain(
      'Test editor SCT changed registered capital from VND 1,200 billion to VND 1,500 billion',
    )
  })

  test('pages 25 entries at a time', async () => {
    const id = await createAndEdit()
    for (let index = 0; index < 30; index += 1) {
      await writeAudit(
        prisma,
        { userId: editor.user.id, userName: 'Bulk', ip: '' },
        { action: 'update', entityType: 'project', entityId: id, changes: { jobsPlanned: [index, index + 1] } },
      )
    }
    const first = await history(id)
    expect(first.total).toBe(32)
    expect(first.pageCount).toBe(2)
    expect(first.entries).toHaveLength(25)
    expect(first.entries[0]?.sentences).toEqual(['Bulk đã đổi số lao động dự kiến từ 29 thành 30'])
    const second = await history(id, { query: '?page=2' })
    expect(second.entries).toHaveLength(7)
    expect(second.entries.at(-1)?.sentences).toEqual(['Test editor SCT đã tạo dự án'])
    // A page past the end shows the last one; nonsense shows the first.
    expect((await history(id, { query: '?page=99' })).page).toBe(2)
    expect((await history(id, { query: '?page=abc' })).page).toBe(1)
  })

  test('an unknown project is a 404; a project with no trail shows the empty state', async () => {
    const missing = await settle(() => history('nope'))
    expect((missing as Response).status).toBe(404)

    const bare = await prisma.project.create({
      data: {
        code: 'BARE-1',
        name: 'Dự án chưa có lịch sử',
        nameSort: 'du an chua co lich su',
        kind: 'factory',
        sector: 'manufacturing',
        unitId: ref.unitId,
        departmentId: ref.departmentId,
        investmentType: 'domestic',
        searchText: 'bare-1',
      },
    })
    const empty = await history(bare.id)
    expect(empty.total).toBe(0)
    expect(empty.entries).toEqual([])
  })

  test('a viewer may read a project’s history', async () => {
    const id = await createAndEdit()
    const viewer = await signIn('viewer', 'SCT')
    const page = await history(id, { cookie: viewer.cookie })
    expect(page.total).toBe(2)
  })
})

describe('the admin audit page', () => {
  function audit(query: string, cookie?: string) {
    return auditLoader(routeArgs(makeRequest(`/admin/audit${query}`, { cookie })))
  }

  test('an obstacle’s rows are named by its code and title and link to its page', async () => {
    const admin = await signIn('admin')
    const id = await createAndEdit()
    const ref = await getReferenceIds()
    const obstacle = await prisma.obstacle.create({
      data: {
        code: 'OBS-0042',
        projectId: id,
        category: 'land',
        title: 'Chưa bàn giao 12 ha',
        raisedOn: new Date('2025-07-01T00:00:00.000Z'),
        raisedByKind: 'enterprise',
        raisedByName: 'Doanh nghiệp',
        deadline: new Date('2025-09-30T00:00:00.000Z'),
        priority: 'high',
        searchText: 'obs-0042',
        departments: { create: [{ departmentId: ref.departmentId }] },
      },
    })
    await writeAudit(
      prisma,
      { userId: admin.user.id, userName: 'Admin', ip: '127.0.0.1' },
      {
        action: 'create',
        entityType: 'obstacle',
        entityId: obstacle.id,
      },
    )
    const page = await audit('?entity=obstacle', admin.cookie)
    expect(page.rows[0]).toMatchObject({
      entityName: 'OBS-0042 · Chưa bàn giao 12 ha',
      href: `/obstacles/${obstacle.id}`,
    })
  })

  test('filters by action and by user, with a count, every filter from the URL', async () => {
    const admin = await signIn('admin')
    const id = await createAndEdit()
    const viewer = await signIn('viewer', 'SCT')
    // The viewer tries to open the audit page: refused, and the refusal is on the trail.
    const refused = await settle(() => audit('', viewer.cookie))
    expect((refused as Response).status).toBe(403)

    const byEditor = await audit(`?user=${editor.user.id}`, admin.cookie)
    expect(byEditor.query.user).toBe(editor.user.id)
    // The project's creation, its edit, and the investor the project form created.
    expect(byEditor.total).toBe(3)
    expect(byEditor.rows.map((row) => row.action)).toEqual(['Sửa', 'Tạo mới', 'Tạo mới'])
    expect(byEditor.rows[0]).toMatchObject({ user: 'Test editor SCT', projectId: id })
    expect(byEditor.rows[0]?.entityName).toContain('Nhà máy sàng tuyển than Khe Chàm')
    expect(byEditor.rows[0]?.sentences).toContain(
      'Test editor SCT đã đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng',
    )

    const edits = await audit(`?user=${editor.user.id}&action=update`, admin.cookie)
    expect(edits.total).toBe(1)

    const refusals = await audit('?action=access_denied', admin.cookie)
    expect(refusals.total).toBeGreaterThanOrEqual(1)
    expect(refusals.rows.every((row) => row.action === 'Bị từ chối truy cập')).toBe(true)
    expect(refusals.rows[0]?.sentences).toEqual(['Test viewer SCT bị từ chối: read:audit trên GET /admin/audit'])
    expect(refusals.options.actions.map((option) => option.value)).toEqual(
      expect.arrayContaining(['create', 'update', 'access_denied']),
    )
    expect(refusals.options.users.map((option) => option.value)).toEqual(
      expect.arrayContaining([editor.user.id, viewer.user.id]),
    )

    const projects = await audit(`?entity=project&user=${editor.user.id}`, admin.cookie)
    expect(projects.total).toBe(2)
  })

  test('filters by calendar days in Vietnam time', async () => {
    const admin = await signIn('admin')
    await createAndEdit()
    const today = provinceToday().toISOString().slice(0, 10)
    const yesterday = new Date(provinceToday().getTime() - 86_400_000).toISOString().slice(0, 10)
    const user = `user=${editor.user.id}`
    // The project's creation and edit, and the investor the project form created.
    expect((await audit(`?${user}&from=${today}&to=${today}`, admin.cookie)).total).toBe(3)
    expect((await audit(`?${user}&to=${yesterday}`, admin.cookie)).total).toBe(0)
    expect((await audit(`?${user}&from=${yesterday}`, admin.cookie)).total).toBe(3)
  })

  test('ignores filter values it cannot use instead of failing', async () => {
    const admin = await signIn('admin')
    await createAndEdit()
    const all = await audit('', admin.cookie)
    const odd = await audit(
      '?user=%27%20OR%201%3D1&entity=spaceship&action=DROP%20TABLE&from=2025-02-30&to=tomorrow&page=-2',
      admin.cookie,
    )
    expect(odd.query).toMatchObject({ page: 1 })
    expect(odd.query.user).toBeUndefined()
    expect(odd.query.entity).toBeUndefined()
    expect(odd.query.action).toBeUndefined()
    expect(odd.query.from).toBeUndefined()
    expect(odd.filtered).toBe(false)
    expect(odd.total).toBe(all.total)
  })

  test('only administrators may read it', async () => {
    const viewer = await signIn('viewer', 'SCT')
    expect(((await settle(() => audit('', viewer.cookie))) as Response).status).toBe(403)
    expect(((await settle(() => audit(''))) as Response).status).toBe(403)
  })
})
