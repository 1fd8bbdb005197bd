import { ensureDb, prisma } from '~/utils/db.server'
import { type PermissionSubject, hasPermission } from '~/utils/permissions'

/**
 * Choices for the editor. Given the person editing, only the
 * departments whose projects they may write are offered.
 */
export async function getProjectFormOptions(editor?: PermissionSubject) {
  await ensureDb()
  const [units, departments, investors] = await Promise.all([
    prisma.administrativeUnit.findMany({
      orderBy: [{ province: 'asc' }, { nameSort: 'asc' }, { name: 'asc' }],
      take: 2000,
      select: { id: true, name: true, kind: true, province: true },
    }),
    prisma.department.findMany({
      orderBy: { code: 'asc' },
      take: 200,
      select: { id: true, code: true, nameVi: true, nameEn: true },
    }),
    prisma.investor.findMany({ orderBy: { name: 'asc' }, take: 1000, select: { name: true, country: true } }),
  ])
  return {
    units,
    departments: editor
      ? departments.filter((department) => hasPermission(editor, 'update:project', { departmentId: department.id }))
      : departments,
    investors,
  }
}
