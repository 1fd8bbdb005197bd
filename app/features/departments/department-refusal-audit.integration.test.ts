/**
 * An editor who saves a project or a goal into a department they may not write gets the
 * form back (403, the department field's message) and the refusal is in the audit trail,
 * as every other refusal is (forbid() in app/utils/auth.server.ts).
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { action as editGoalAction } from '~/features/goals/routes/edit-goal'
import { action as newGoalAction } from '~/features/goals/routes/new-goal'
import { action as editProjectAction } from '~/features/projects/routes/edit-project'
import { action as newProjectAction } from '~/features/projects/routes/new-project'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../../tests/integration-utils'

type Reply = { result: { error?: Record<string, string[] | null> } }

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let otherDepartmentId = ''
let editor: Awaited<ReturnType<typeof signIn>>

beforeEach(async () => {
  ref = await getReferenceIds()
  otherDepartmentId = (await prisma.department.findUniqueOrThrow({ where: { code: 'BQLKKT' } })).id
  editor = await signIn('editor', 'SCT', { asDefault: true })
})

function projectForm(overrides: Record<string, string> = {}) {
  return {
    code: 'QN-REF-01',
    name: 'Dự án thử từ chối',
    kind: 'factory',
    sector: 'manufacturing',
    unitId: ref.unitId,
    departmentId: ref.departmentId,
    investmentType: 'domestic',
    'investors[0].name': 'Công ty thử',
    'investors[0].country': 'VN',
    'investors[0].role': 'lead',
    ...overrides,
  }
}

function goalForm(overrides: Record<string, string> = {}) {
  return {
    title: 'Chỉ tiêu thử từ chối',
    periodKind: 'quarter',
    periodYear: '2025',
    periodIndex: '3',
    metric: 'ircs_issued',
    target: '2',
    direction: 'at_least',
    scopeType: 'province',
    departmentId: ref.departmentId,
    ...overrides,
  }
}

/** The editor's refusals in the trail, oldest first, with their detail read. */
async function refusals() {
  const rows = await prisma.auditLog.findMany({
    where: { action: 'access_denied', userId: editor.user.id },
    orderBy: { at: 'asc' },
    select: { entityId: true, userName: true, detail: true },
  })
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail ?? '{}') as unknown }))
}

function expectDepartmentRefused(result: unknown, messageKey: string) {
  const { status, data } = unwrapData<Reply>(result)
  expect(status).toBe(403)
  expect(data.result.error?.departmentId).toEqual([messageKey])
}

describe('projects', () => {
  test('creating one in another department is refused and audited', async () => {
    const result = await newProjectAction(
      routeArgs(
        makeRequest('/projects/new', { method: 'POST', form: projectForm({ departmentId: otherDepartmentId }) }),
      ),
    )
    expectDepartmentRefused(result, 'auth.errors.departmentNotAllowed')
    expect(await prisma.project.count()).toBe(0)
    expect(await refusals()).toEqual([
      {
        entityId: null,
        userName: editor.user.name,
        detail: { permission: 'create:project', method: 'POST', path: '/projects/new' },
      },
    ])
  })

  test('moving one into another department is refused and audited against the project', async () => {
    const created = await newProjectAction(
      routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm() })),
    )
    const id = (created as Response).headers.get('Location')?.split('/').pop() ?? ''
    const project = await prisma.project.findUniqueOrThrow({ where: { id } })
    const result = await editProjectAction(
      routeArgs(
        makeRequest(`/projects/${id}/edit`, {
          method: 'POST',
          form: projectForm({ version: String(project.version), departmentId: otherDepartmentId }),
        }),
        { projectId: id },
      ),
    )
    expectDepartmentRefused(result, 'auth.errors.departmentNotAllowed')
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).departmentId).toBe(ref.departmentId)
    expect(await refusals()).toEqual([
      {
        entityId: id,
        userName: editor.user.name,
        detail: { permission: 'update:project', method: 'POST', path: `/projects/${id}/edit` },
      },
    ])
  })
})

describe('goals', () => {
  test('creating one for another department is refused and audited', async () => {
    const result = await settle(() =>
      newGoalAction(
        routeArgs(makeRequest('/goals/new', { method: 'POST', form: goalForm({ departmentId: otherDepartmentId }) })),
      ),
    )
    expectDepartmentRefused(result, 'goals.errors.departmentNotAllowed')
    expect(await prisma.goal.count()).toBe(0)
    expect(await refusals()).toEqual([
      {
        entityId: null,
        userName: editor.user.name,
        detail: { permission: 'create:goal', method: 'POST', path: '/goals/new' },
      },
    ])
  })

  test('moving one to another department is refused and audited against the goal', async () => {
    const goal = await prisma.goal.create({
      data: {
        title: 'Chỉ tiêu thử từ chối',
        periodKey: '2025-Q3',
        metric: 'ircs_issued',
        target: 2,
        departmentId: ref.departmentId,
      },
    })
    const result = await settle(() =>
      editGoalAction(
        routeArgs(
          makeRequest(`/goals/${goal.id}/edit`, {
            method: 'POST',
            form: goalForm({ version: String(goal.version), departmentId: otherDepartmentId }),
          }),
          { goalId: goal.id },
        ),
      ),
    )
    expectDepartmentRefused(result, 'goals.errors.departmentNotAllowed')
    expect((await prisma.goal.findUniqueOrThrow({ where: { id: goal.id } })).departmentId).toBe(ref.departmentId)
    expect(await refusals()).toEqual([
      {
        entityId: goal.id,
        userName: editor.user.name,
        detail: { permission: 'update:goal', method: 'POST', path: `/goals/${goal.id}/edit` },
      },
    ])
  })
})
