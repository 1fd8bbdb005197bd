import { type MeetingInput } from '~/features/obstacles/obstacle-schema'
import { ensureDb, prisma } from '~/utils/db.server'

/**
 * What the dialogue-meeting form needs beyond app/models/obstacle.server.ts: the
 * departments to make responsible, and the check that every project and department the
 * form names exists, so a stale or forged id is a message next to its field, not a
 * foreign-key failure inside the transaction.
 */

export async function listDepartmentChoices() {
  await ensureDb()
  return prisma.department.findMany({
    orderBy: { code: 'asc' },
    take: 200,
    select: { id: true, code: true, nameVi: true, nameEn: true },
  })
}

/** Conform field errors for ids that do not exist (or projects that were deleted); null when all do. */
export async function findMeetingReferenceErrors(input: MeetingInput): Promise<Record<string, string[]> | null> {
  const projectIds = [...new Set([...input.projectIds, ...input.obstacles.map((obstacle) => obstacle.projectId)])]
  const departmentIds = [...new Set(input.obstacles.flatMap((obstacle) => obstacle.departmentIds))]
  await ensureDb()
  const [projects, departments] = await Promise.all([
    prisma.project.findMany({ where: { id: { in: projectIds }, deletedAt: null }, select: { id: true } }),
    prisma.department.findMany({ where: { id: { in: departmentIds } }, select: { id: true } }),
  ])
  const knownProjects = new Set(projects.map((project) => project.id))
  const knownDepartments = new Set(departments.map((department) => department.id))

  const errors: Record<string, string[]> = {}
  if (input.projectIds.some((id) => !knownProjects.has(id))) errors.projectIds = ['obstacles.errors.unknownProject']
  input.obstacles.forEach((obstacle, index) => {
    if (!knownProjects.has(obstacle.projectId)) {
      errors[`obstacles[${index}].projectId`] = ['obstacles.errors.unknownProject']
    }
    if (obstacle.departmentIds.some((id) => !knownDepartments.has(id))) {
      errors[`obstacles[${index}].departmentIds`] = ['obstacles.errors.unknownDepartment']
    }
  })
  return Object.keys(errors).length > 0 ? errors : null
}
