import { type Actor, diffSnapshots, writeAudit } from '~/models/audit.server'
import { type DepartmentInput } from '~/models/department-schema'
import { ensureDb, prisma } from '~/utils/db.server'

export async function listDepartments() {
  await ensureDb()
  return prisma.department.findMany({
    orderBy: { code: 'asc' },
    take: 500,
    select: {
      id: true,
      code: true,
      nameVi: true,
      nameEn: true,
      _count: { select: { projects: { where: { deletedAt: null } }, users: true } },
    },
  })
}

export async function getDepartment(id: string) {
  await ensureDb()
  return prisma.department.findUnique({ where: { id }, select: { id: true, code: true, nameVi: true, nameEn: true } })
}

/** Creates or renames a department; 'codeTaken' when another one has the code. */
export async function saveDepartment(
  input: DepartmentInput,
  actor: Actor,
  id?: string,
): Promise<{ ok: true; id: string } | { ok: false; error: 'codeTaken' }> {
  await ensureDb()
  const sameCode = await prisma.department.findUnique({ where: { code: input.code }, select: { id: true } })
  if (sameCode && sameCode.id !== id) return { ok: false, error: 'codeTaken' }
  const values = { code: input.code, nameVi: input.nameVi, nameEn: input.nameEn }
  return prisma.$transaction(async (tx) => {
    if (id) {
      const before = await tx.department.findUniqueOrThrow({
        where: { id },
        select: { code: true, nameVi: true, nameEn: true },
      })
      await tx.department.update({ where: { id }, data: values })
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'department',
        entityId: id,
        changes: diffSnapshots(before, values),
      })
      return { ok: true as const, id }
    }
    const created = await tx.department.create({ data: values, select: { id: true } })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'department',
      entityId: created.id,
      changes: diffSnapshots({}, values),
    })
    return { ok: true as const, id: created.id }
  })
}
