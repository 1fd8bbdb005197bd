import { beforeEach, describe, expect, test } from 'vitest'
import { action as addAction, loader as listLoader } from '~/features/departments/routes/department-list'
import { action as editAction, loader as editLoader } from '~/features/departments/routes/edit-department'
import { prisma } from '~/utils/db.server'
import { makeRequest, routeArgs, signIn, unwrapData } from '../../../tests/integration-utils'

beforeEach(async () => {
  await signIn('admin', null, { asDefault: true })
})

test('an admin adds a department, a duplicate code is refused, a rename is audited', async () => {
  const added = await addAction(
    routeArgs(
      makeRequest('/admin/departments', {
        method: 'POST',
        form: { code: 'sxd2', nameVi: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology' },
      }),
    ),
  )
  expect(added).toBeInstanceOf(Response)
  const department = await prisma.department.findUniqueOrThrow({ where: { code: 'SXD2' } })

  const duplicate = await addAction(
    routeArgs(
      makeRequest('/admin/departments', { method: 'POST', form: { code: 'SXD2', nameVi: 'Khác', nameEn: 'Other' } }),
    ),
  )
  expect(unwrapData<{ result: { error?: Record<string, string[]> } }>(duplicate).data.result.error?.code).toEqual([
    'departments.codeTaken',
  ])

  await editAction(
    routeArgs(
      makeRequest(`/admin/departments/${department.id}`, {
        method: 'POST',
        form: {
          code: 'SKHCN',
          nameVi: 'Sở Khoa học và Công nghệ',
          nameEn: 'Department of Science and Technology',
          version: '1',
        },
      }),
      { departmentId: department.id },
    ),
  )
  const audit = await prisma.auditLog.findMany({ where: { entityType: 'department', entityId: department.id } })
  expect(audit.map((row) => row.action).sort()).toEqual(['create', 'update'])
  expect(audit.find((row) => row.action === 'update')?.changes).toBe(JSON.stringify({ code: ['SXD2', 'SKHCN'] }))
  const list = await listLoader(routeArgs(makeRequest('/admin/departments')))
  expect(list.departments.map((row) => row.code)).toContain('SKHCN')
})

describe('two people editing the same department', () => {
  type Answer = {
    result: { status?: string; initialValue?: Record<string, unknown> | null }
    stale?: { differences: { field: string; label: string; mine: string; current: string }[] }
  }
  let counter = 0

  /** A department of this test's own (departments are not cleared between tests). */
  async function newDepartment() {
    counter += 1
    return prisma.department.create({
      data: { code: `VER${counter}`, nameVi: `Sở thử ${counter}`, nameEn: `Test department ${counter}` },
      select: { id: true },
    })
  }

  /** The edit page as a browser opens it: its fields and its version. */
  async function openEditor(id: string) {
    const opened = await editLoader(routeArgs(makeRequest(`/admin/departments/${id}`), { departmentId: id }))
    const { code, nameVi, nameEn, version } = opened.department
    return { code, nameVi, nameEn, version: String(version) }
  }

  function save(id: string, form: Record<string, string>, locale: 'vi' | 'en' = 'vi') {
    return editAction(
      routeArgs(makeRequest(`/admin/departments/${id}`, { method: 'POST', form, locale }), { departmentId: id }),
    )
  }

  const updatesOf = (id: string) =>
    prisma.auditLog.findMany({
      where: { entityType: 'department', entityId: id, action: 'update' },
      orderBy: { at: 'asc' },
    })

  test('the first save wins; the second gets 409 with its values beside the current ones, and writes nothing', async () => {
    const { id } = await newDepartment()
    const first = await openEditor(id)
    const second = await openEditor(id)
    expect(first.version).toBe('1')

    expect(await save(id, { ...first, nameEn: 'Department of Industry and Trade' })).toBeInstanceOf(Response)
    // The code typed in lower case is the same code: not a difference.
    const stale = unwrapData<Answer>(
      await save(id, { ...second, nameEn: 'Quang Ninh DOIT', code: second.code.toLowerCase() }),
    )

    expect(stale.status).toBe(409)
    // Only the field that differs from what is saved now, in the reader's language.
    expect(stale.data.stale?.differences).toEqual([
      { field: 'nameEn', label: 'Tên tiếng Anh', mine: 'Quang Ninh DOIT', current: 'Department of Industry and Trade' },
    ])
    // The form keeps what was typed, standing on the version saved now.
    expect(stale.data.result.initialValue).toMatchObject({ nameEn: 'Quang Ninh DOIT', version: '2' })
    const saved = await prisma.department.findUniqueOrThrow({ where: { id } })
    expect(saved).toMatchObject({ nameEn: 'Department of Industry and Trade', version: 2 })
    expect(await updatesOf(id)).toHaveLength(1)
  })

  test('saving again on the answered version goes through, moves the version on and is audited', async () => {
    const { id } = await newDepartment()
    const first = await openEditor(id)
    const second = await openEditor(id)
    await save(id, { ...first, nameVi: 'Sở Công Thương tỉnh Quảng Ninh' })
    const stale = unwrapData<Answer>(await save(id, { ...second, nameEn: 'Quang Ninh DOIT' }))
    expect(stale.status).toBe(409)

    const again = await save(id, {
      ...second,
      nameEn: 'Quang Ninh DOIT',
      version: String(stale.data.result.initialValue?.version),
    })
    expect(again).toBeInstanceOf(Response)
    expect((again as Response).status).toBe(302)
    // The form still held the old Vietnamese name: saving it now is a deliberate overwrite.
    const saved = await prisma.department.findUniqueOrThrow({ where: { id } })
    expect(saved).toMatchObject({ nameVi: second.nameVi, nameEn: 'Quang Ninh DOIT', version: 3 })
    const updates = await updatesOf(id)
    expect(updates.map((row) => Object.keys(JSON.parse(row.changes ?? '{}')).sort())).toEqual([
      ['nameVi'],
      ['nameEn', 'nameVi'],
    ])
  })

  test('the comparison reads in English for an English reader', async () => {
    const { id } = await newDepartment()
    const first = await openEditor(id)
    const second = await openEditor(id)
    await save(id, { ...first, code: `${first.code}A` })
    const stale = unwrapData<Answer>(await save(id, { ...second, code: `${second.code}B` }, 'en'))
    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      { field: 'code', label: 'Short code', mine: `${second.code}B`, current: `${first.code}A` },
    ])
  })

  test('a form without a version is never saved blind; the same values sent twice are simply done', async () => {
    const { id } = await newDepartment()
    const opened = await openEditor(id)
    const { version: _version, ...withoutVersion } = opened
    const blind = unwrapData<Answer>(await save(id, { ...withoutVersion, nameEn: 'Blind' }))
    expect(blind.status).toBe(409)
    expect(blind.data.stale?.differences.map((row) => row.field)).toEqual(['nameEn'])

    const form = { ...opened, nameEn: 'Quang Ninh DOIT' }
    expect(await save(id, form)).toBeInstanceOf(Response)
    // A double click: the second post carries the old version, but nothing differs.
    expect(await save(id, form)).toBeInstanceOf(Response)
    expect(await prisma.department.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameEn: 'Quang Ninh DOIT',
      version: 2,
    })
    expect(await updatesOf(id)).toHaveLength(1)
  })
})
