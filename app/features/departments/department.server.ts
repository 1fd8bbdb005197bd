import { type DepartmentInput } from '~/features/departments/department-schema'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
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

/** Every department by code and name, for the forms and filters that choose one. */
export async function listDepartmentChoices() {
  await ensureDb()
  return prisma.department.findMany({
    orderBy: { code: 'asc' },
    take: 500,
    select: { id: true, code: true, nameVi: true, nameEn: true },
  })
}

export async function getDepartment(id: string) {
  await ensureDb()
  return prisma.department.findUnique({
    where: { id },
    select: { id: true, code: true, nameVi: true, nameEn: true, version: true },
  })
}

export type SaveDepartmentResult = { ok: true; id: string } | { ok: false; error: 'codeTaken' | 'stale' }

/**
 * Creates a department, or renames one on the version its form was opened on: 'stale'
 * when someone saved it since or the form had no version (nothing is written),
 * 'codeTaken' when another one has the code. Every write is audited in its transaction.
 */
export async function saveDepartment(
  input: DepartmentInput,
  actor: Actor,
  edit?: { id: string; version: number | undefined },
): Promise<SaveDepartmentResult> {
  await ensureDb()
  const sameCode = await prisma.department.findUnique({ where: { code: input.code }, select: { id: true } })
  if (sameCode && sameCode.id !== edit?.id) return { ok: false, error: 'codeTaken' }
  let lock: { id: string; version: number } | undefined
  if (edit) {
    if (edit.version === undefined) return { ok: false, error: 'stale' }
    lock = { id: edit.id, version: edit.version }
  }
  const values = { code: input.code, nameVi: input.nameVi, nameEn: input.nameEn }
  return prisma.$transaction(async (tx): Promise<SaveDepartmentResult> => {
    if (lock) {
      const { id, version } = lock
      const before = await tx.department.findUniqueOrThrow({
        where: { id },
        select: { code: true, nameVi: true, nameEn: true },
      })
      const { count } = await tx.department.updateMany({
        where: { id, version },
        data: { ...values, version: { increment: 1 } },
      })
      if (count === 0) return { ok: false, error: 'stale' }
      await writeAudit(tx, actor, {
        action: 'update',
        entityType: 'department',
        entityId: id,
        changes: diffSnapshots(before, values),
      })
      return { ok: true, id }
    }
    const created = await tx.department.create({ data: values, select: { id: true } })
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'department',
      entityId: created.id,
      changes: diffSnapshots({}, values),
    })
    return { ok: true, id: created.id }
  })
}
