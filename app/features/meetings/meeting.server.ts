import { type MeetingInput } from '~/features/meetings/meeting-schema'
import { insertObstacle, obstacleRowSelect } from '~/features/obstacles/obstacle.server'
import { type Actor, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type SubmissionClaim } from '~/utils/submission-key.server'

/**
 * Dialogue meetings: recording one with the obstacles raised there (one transaction), the
 * list and a meeting's page, and the check that every project and department the form
 * names exists. A meeting's venue is its `place` column (and the form's `place` field).
 */

/** The projects present: those ticked, and those an obstacle was raised on (even when not ticked). */
function projectsPresent(input: MeetingInput) {
  return [...new Set([...input.projectIds, ...input.obstacles.map((obstacle) => obstacle.projectId)])]
}

/**
 * A meeting and every obstacle raised at it, in one transaction: a refused obstacle
 * leaves neither the meeting nor its siblings behind.
 */
export async function createMeeting(input: MeetingInput, actor: Actor, submission?: SubmissionClaim) {
  await ensureDb()
  return prisma.$transaction(async (tx) => {
    const projectIds = projectsPresent(input)
    const meeting = await tx.dialogueMeeting.create({
      data: {
        date: input.date,
        place: input.place,
        chair: input.chair,
        enterprises: input.enterprises ?? '',
        notes: input.notes ?? '',
        projects: { create: projectIds.map((projectId) => ({ projectId })) },
      },
      select: { id: true, date: true },
    })
    await submission?.claim(tx, `/meetings/${meeting.id}`)
    await writeAudit(tx, actor, {
      action: 'create',
      entityType: 'meeting',
      entityId: meeting.id,
      detail: { date: input.date, place: input.place, chair: input.chair, projects: projectIds.length },
    })
    const obstacles = []
    for (const raised of input.obstacles) {
      obstacles.push(
        await insertObstacle(
          tx,
          { ...raised, raisedOn: input.date, raisedByKind: 'meeting', raisedByName: input.chair },
          actor,
          meeting.id,
        ),
      )
    }
    return { id: meeting.id, obstacles }
  })
}

export const MEETING_PAGE_SIZE = 25

export async function listMeetings(page: number) {
  await ensureDb()
  const total = await prisma.dialogueMeeting.count()
  const pageCount = Math.max(1, Math.ceil(total / MEETING_PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await prisma.dialogueMeeting.findMany({
    orderBy: [{ date: 'desc' }, { createdAt: 'desc' }],
    skip: (current - 1) * MEETING_PAGE_SIZE,
    take: MEETING_PAGE_SIZE,
    select: {
      id: true,
      date: true,
      place: true,
      chair: true,
      _count: { select: { obstacles: true, projects: true } },
    },
  })
  return { rows, total, page: current, pageCount }
}

export async function getMeeting(id: string) {
  await ensureDb()
  return prisma.dialogueMeeting.findUnique({
    where: { id },
    select: {
      id: true,
      date: true,
      place: true,
      chair: true,
      enterprises: true,
      notes: true,
      createdAt: true,
      projects: { select: { project: { select: { id: true, code: true, name: true } } } },
      obstacles: { orderBy: { code: 'asc' }, select: obstacleRowSelect },
    },
  })
}

/**
 * Conform field errors for ids that do not exist (or projects that were deleted); null when
 * all do. Checked before the transaction, so a stale or forged id is a message next to its
 * field, not a foreign-key failure inside it.
 */
export async function findMeetingReferenceErrors(input: MeetingInput): Promise<Record<string, string[]> | null> {
  const projectIds = projectsPresent(input)
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
