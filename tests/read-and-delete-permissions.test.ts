/**
 * Reading obstacles and meetings and deleting a goal are permissions of their own
 * (prisma/migrations/20261123180200_read_and_delete_permissions). The route-access matrix
 * shows the roles answer as before; here each route is shown to ask for its permission by
 * name: take the grant from a role and that role is refused, with the refusal audited.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { action as deleteGoalAction, loader as deleteGoalLoader } from '~/features/goals/routes/delete-goal'
import { loader as editGoalLoader } from '~/features/goals/routes/edit-goal'
import { loader as meetingLoader } from '~/features/meetings/routes/meeting-detail'
import { loader as meetingsLoader } from '~/features/meetings/routes/meeting-list'
import { loader as obstacleLoader } from '~/features/obstacles/routes/obstacle-detail'
import { loader as obstaclesLoader } from '~/features/obstacles/routes/obstacle-list'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn } from './integration-utils'

/** Grants taken away by a test, given back after it (the file's database outlives a test). */
const taken: { role: string; permissionId: string }[] = []
async function giveBack() {
  for (const grant of taken.splice(0)) await prisma.rolePermission.create({ data: grant })
}
afterEach(giveBack)

async function takeAway(role: string, permissionId: string) {
  await prisma.rolePermission.delete({ where: { role_permissionId: { role, permissionId } } })
  taken.push({ role, permissionId })
}

async function makeRecords() {
  const ref = await getReferenceIds()
  const project = await prisma.project.create({
    data: {
      code: 'PERM-1',
      name: 'Dự án quyền',
      nameSort: 'du an quyen',
      kind: 'factory',
      sector: 'manufacturing',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'domestic',
      searchText: 'du an quyen',
    },
  })
  const obstacle = await prisma.obstacle.create({
    data: {
      code: 'OBS-0001',
      projectId: project.id,
      category: 'land',
      title: 'Vướng mắc quyền',
      raisedOn: new Date('2025-07-01T00:00:00.000Z'),
      raisedByKind: 'enterprise',
      raisedByName: 'Doanh nghiệp',
      deadline: new Date('2025-09-30T00:00:00.000Z'),
      priority: 'medium',
      searchText: 'obs-0001 vuong mac quyen',
      departments: { create: [{ departmentId: ref.departmentId }] },
    },
  })
  const meeting = await prisma.dialogueMeeting.create({
    data: { date: new Date('2025-07-15T00:00:00.000Z'), place: 'Sở Công Thương', chair: 'Sở Công Thương' },
  })
  const goal = await prisma.goal.create({
    data: {
      title: 'Chỉ tiêu quyền',
      periodKey: '2025-Q3',
      metric: 'ircs_issued',
      target: 2,
      departmentId: ref.departmentId,
    },
  })
  return { obstacleId: obstacle.id, meetingId: meeting.id, goalId: goal.id }
}

async function status(work: () => Promise<unknown>) {
  const result = await settle(work)
  return result instanceof Response ? result.status : 200
}

const refusalsOf = (userId: string) =>
  prisma.auditLog.findMany({
    where: { action: 'access_denied', userId },
    orderBy: { at: 'asc' },
    select: { detail: true },
  })

test('the migration grants them as the access was before', async () => {
  const grants = await prisma.rolePermission.findMany({
    where: {
      permissionId: { in: ['read:obstacle:any', 'read:meeting:any', 'delete:goal:own-department', 'delete:goal:any'] },
    },
    orderBy: [{ permissionId: 'asc' }, { role: 'asc' }],
  })
  expect(grants.map((grant) => `${grant.role} ${grant.permissionId}`)).toEqual([
    'admin delete:goal:any',
    'editor delete:goal:own-department',
    'admin read:meeting:any',
    'editor read:meeting:any',
    'viewer read:meeting:any',
    'admin read:obstacle:any',
    'editor read:obstacle:any',
    'viewer read:obstacle:any',
  ])
})

describe('reading', () => {
  test('obstacles: the list and a page need read:obstacle', async () => {
    const { obstacleId } = await makeRecords()
    const viewer = await signIn('viewer', 'SCT')
    const list = () => obstaclesLoader(routeArgs(makeRequest('/obstacles', { cookie: viewer.cookie })))
    const page = () =>
      obstacleLoader(routeArgs(makeRequest(`/obstacles/${obstacleId}`, { cookie: viewer.cookie }), { obstacleId }))
    expect([await status(list), await status(page)]).toEqual([200, 200])

    await takeAway('viewer', 'read:obstacle:any')
    expect([await status(list), await status(page)]).toEqual([403, 403])
    const refusals = await refusalsOf(viewer.user.id)
    expect(refusals.map((row) => JSON.parse(row.detail ?? '{}').permission)).toEqual(['read:obstacle', 'read:obstacle'])
  })

  test('meetings: the list and a page need read:meeting', async () => {
    const { meetingId } = await makeRecords()
    const editor = await signIn('editor', 'SCT')
    const list = () => meetingsLoader(routeArgs(makeRequest('/meetings', { cookie: editor.cookie })))
    const page = () =>
      meetingLoader(routeArgs(makeRequest(`/meetings/${meetingId}`, { cookie: editor.cookie }), { meetingId }))
    expect([await status(list), await status(page)]).toEqual([200, 200])

    await takeAway('editor', 'read:meeting:any')
    expect([await status(list), await status(page)]).toEqual([403, 403])
    const refusals = await refusalsOf(editor.user.id)
    expect(refusals.map((row) => JSON.parse(row.detail ?? '{}').permission)).toEqual(['read:meeting', 'read:meeting'])
  })
})

test('deleting a goal needs delete:goal, apart from editing it', async () => {
  const { goalId } = await makeRecords()
  const editor = await signIn('editor', 'SCT')
  const request = (method = 'GET') => makeRequest(`/goals/${goalId}/delete`, { method, cookie: editor.cookie })
  const edit = () =>
    editGoalLoader(routeArgs(makeRequest(`/goals/${goalId}/edit`, { cookie: editor.cookie }), { goalId }))

  await takeAway('editor', 'delete:goal:own-department')
  expect(await status(() => deleteGoalLoader(routeArgs(request(), { goalId })))).toBe(403)
  expect(await status(() => deleteGoalAction(routeArgs(request('POST'), { goalId })))).toBe(403)
  expect((await prisma.goal.findUniqueOrThrow({ where: { id: goalId } })).deletedAt).toBeNull()
  // Still an editor of the goal's department.
  expect(await status(edit)).toBe(200)
  const refusals = await refusalsOf(editor.user.id)
  expect(refusals.map((row) => JSON.parse(row.detail ?? '{}').permission)).toEqual(['delete:goal', 'delete:goal'])

  // With the grant, the same editor deletes it.
  await giveBack()
  expect(await status(() => deleteGoalAction(routeArgs(request('POST'), { goalId })))).toBe(302)
  expect((await prisma.goal.findUniqueOrThrow({ where: { id: goalId } })).deletedAt).not.toBeNull()
})
