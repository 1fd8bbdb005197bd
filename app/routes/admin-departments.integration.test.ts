import { beforeEach, expect, test } from 'vitest'
import { prisma } from '~/utils/db.server'
import { action as editAction } from '~/routes/admin.departments.$departmentId'
import { action as addAction, loader as listLoader } from '~/routes/admin.departments._index'
import { makeRequest, routeArgs, signIn, unwrapData } from '../../tests/integration-utils'

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
        form: { code: 'SKHCN', nameVi: 'Sở Khoa học và Công nghệ', nameEn: 'Department of Science and Technology' },
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
