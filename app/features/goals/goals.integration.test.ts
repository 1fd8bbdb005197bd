import { beforeEach, describe, expect, test } from 'vitest'
import { action as deleteAction, loader as deleteLoader } from '~/features/goals/routes/delete-goal'
import { action as editAction, loader as editLoader } from '~/features/goals/routes/edit-goal'
import { loader as listLoader } from '~/features/goals/routes/goal-list'
import { action as newAction, loader as newLoader } from '~/features/goals/routes/new-goal'
import { prisma } from '~/utils/db.server'
import {
  expectSavedOnce,
  getReferenceIds,
  makeRequest,
  routeArgs,
  sendTwiceAtOnce,
  settle,
  signIn,
  unwrapData,
} from '../../../tests/integration-utils'

type Answer = {
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
  stale?: { differences: { field?: string; label: string; mine?: string; current: string }[] }
}

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let editorCookie = ''

beforeEach(async () => {
  ref = await getReferenceIds()
  editorCookie = (await signIn('editor', 'SCT', { asDefault: true })).cookie
})

function goalForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Thu hút vốn FDI quý III/2025',
    periodKind: 'quarter',
    periodYear: '2025',
    periodIndex: '3',
    metric: 'fdi_attracted_usd',
    target: '200.000.000',
    direction: 'at_least',
    scopeType: 'province',
    departmentId: ref.departmentId,
    sourceTitle: 'Kế hoạch của UBND tỉnh',
    ...overrides,
  }
}

async function create(form: Record<string, string>, cookie?: string) {
  return settle(() => newAction(routeArgs(makeRequest('/goals/new', { method: 'POST', form, cookie }))))
}

describe('creating a goal', () => {
  test('saves it, audited in the same write, and lists it', async () => {
    const response = await create(goalForm({ monthlyPhasing: '10; 40; 100' }))
    expect(response).toBeInstanceOf(Response)
    expect((response as Response).status).toBe(302)
    const goal = await prisma.goal.findFirstOrThrow({ where: { title: 'Thu hút vốn FDI quý III/2025' } })
    expect(goal).toMatchObject({
      periodKey: '2025-Q3',
      metric: 'fdi_attracted_usd',
      target: 200_000_000,
      departmentId: ref.departmentId,
      monthlyPhasing: '[0.1,0.4,1]',
    })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'goal', entityId: goal.id } })
    expect(audit.action).toBe('create')
    expect(JSON.parse(audit.changes ?? '{}').periodKey).toEqual([null, '2025-Q3'])

    const list = await listLoader(routeArgs(makeRequest('/goals?year=2025&period=Q3')))
    expect(list.rows.map((row) => [row.title, row.canEdit, row.canDelete])).toEqual([
      ['Thu hút vốn FDI quý III/2025', true, true],
    ])
    expect((await listLoader(routeArgs(makeRequest('/goals?period=Q4')))).total).toBe(0)
  })

  test('offers "delete" by the delete permission, not the edit one', async () => {
    await create(goalForm())
    const grant = { role: 'editor', permissionId: 'delete:goal:own-department' }
    await prisma.rolePermission.delete({ where: { role_permissionId: grant } })
    try {
      const list = await listLoader(routeArgs(makeRequest('/goals?year=2025&period=Q3')))
      expect(list.rows.map((row) => [row.canEdit, row.canDelete])).toEqual([[true, false]])
    } finally {
      await prisma.rolePermission.create({ data: grant })
    }
  })

  test('refuses invalid values and gives back what was typed', async () => {
    const badNumber = unwrapData<Answer>(await create(goalForm({ target: '12.5' })))
    expect(badNumber.status).toBe(400)
    expect(badNumber.data.result.error?.target).toEqual(['errors.numberFormat'])
    expect(badNumber.data.result.initialValue?.target).toBe('12.5')
    expect(badNumber.data.result.initialValue?.title).toBe('Thu hút vốn FDI quý III/2025')

    const noIndicator = unwrapData<Answer>(await create(goalForm({ metric: 'statistic', target: '24,95' })))
    expect(noIndicator.status).toBe(400)
    expect(noIndicator.data.result.error?.indicatorId).toEqual(['goals.errors.indicatorRequired'])

    const phasing = unwrapData<Answer>(await create(goalForm({ monthlyPhasing: '10; 40; 90' })))
    expect(phasing.status).toBe(400)
    expect(phasing.data.result.error?.monthlyPhasing).toEqual(['goals.errors.phasingLast'])
    expect(phasing.data.result.initialValue?.monthlyPhasing).toBe('10; 40; 90')

    const unknownIndicator = unwrapData<Answer>(
      await create(goalForm({ metric: 'statistic', indicatorId: 'nope', target: '24,95' })),
    )
    expect(unknownIndicator.status).toBe(400)
    expect(unknownIndicator.data.result.error?.indicatorId).toEqual(['errors.unknownOption'])
    expect(await prisma.goal.count()).toBe(0)
  })

  test('reads the target in English when the reader reads English', async () => {
    const response = await settle(() =>
      newAction(
        routeArgs(
          makeRequest('/goals/new', { method: 'POST', form: goalForm({ target: '200,000,000' }), locale: 'en' }),
        ),
      ),
    )
    expect((response as Response).status).toBe(302)
    expect((await prisma.goal.findFirstOrThrow()).target).toBe(200_000_000)
  })

  test('an editor sets goals for their own department only; a viewer sets none', async () => {
    const other = await signIn('editor', 'BQLKKT')
    const refused = unwrapData<Answer>(await create(goalForm(), other.cookie))
    expect(refused.status).toBe(403)
    expect(refused.data.result.error?.departmentId).toEqual(['goals.errors.departmentNotAllowed'])

    const viewer = await signIn('viewer', 'SCT')
    const viewerPost = await create(goalForm(), viewer.cookie)
    expect((viewerPost as Response).status).toBe(403)
    const viewerGet = await settle(() => newLoader(routeArgs(makeRequest('/goals/new', { cookie: viewer.cookie }))))
    expect((viewerGet as Response).status).toBe(403)
    expect(await prisma.goal.count()).toBe(0)
  })

  test('the same form sent twice makes one goal', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/goals/new')))
    const form = goalForm({ submissionKey })
    expect(((await create(form)) as Response).status).toBe(302)
    const again = (await create(form)) as Response
    expect(again.status).toBe(302)
    expect(again.headers.get('Location')).toBe('/goals')
    expect(await prisma.goal.count()).toBe(1)
  })

  test('the same form sent twice at the same moment makes one goal', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/goals/new')))
    const form = goalForm({ submissionKey })
    expect(expectSavedOnce(await sendTwiceAtOnce((cookie) => create(form, cookie)))).toBe('/goals')
    expect(await prisma.goal.count()).toBe(1)
  })

  test('one form’s key sent at the same moment from two accounts makes one goal and refuses the other', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/goals/new')))
    const other = await signIn('editor', 'SCT')
    const answers = await sendTwiceAtOnce(
      (cookie) => create(goalForm({ submissionKey }), cookie),
      [undefined, other.cookie],
    )
    expectSavedOnce(answers, { twoAccounts: true })
    expect(await prisma.goal.count()).toBe(1)
  })
})

describe('editing a goal', () => {
  async function existingGoal() {
    await create(goalForm())
    return prisma.goal.findFirstOrThrow({ select: { id: true, version: true } })
  }

  function edit(goalId: string, form: Record<string, string>, cookie?: string) {
    return settle(() =>
      editAction(routeArgs(makeRequest(`/goals/${goalId}/edit`, { method: 'POST', form, cookie }), { goalId })),
    )
  }

  test('the form opens with the stored values in the reader’s format', async () => {
    const goal = await existingGoal()
    const opened = await editLoader(routeArgs(makeRequest(`/goals/${goal.id}/edit`), { goalId: goal.id }))
    expect(opened.defaults).toMatchObject({ target: '200.000.000', periodIndex: '3', version: 1 })
  })

  test('saves on the version it was opened on, and refuses a stale one with 409 and what changed', async () => {
    const goal = await existingGoal()
    // Someone else saves first, on version 1.
    const first = await edit(goal.id, goalForm({ version: '1', target: '250.000.000' }))
    expect((first as Response).status).toBe(302)

    // My form was opened on version 1 too.
    const stale = unwrapData<Answer>(await edit(goal.id, goalForm({ version: '1', title: 'Tên của tôi' })))
    expect(stale.status).toBe(409)
    expect(stale.data.result.error?.['']).toEqual(['goals.errors.stale'])
    expect(stale.data.result.initialValue).toMatchObject({ title: 'Tên của tôi', version: '2' })
    expect(stale.data.stale?.differences.map((row) => row.label)).toEqual(['Tên chỉ tiêu (tiếng Việt)', 'Mục tiêu'])
    const unchanged = await prisma.goal.findUniqueOrThrow({ where: { id: goal.id } })
    expect(unchanged).toMatchObject({ title: 'Thu hút vốn FDI quý III/2025', target: 250_000_000, version: 2 })

    // Saving again, deliberately, on the version the answer carried goes through and is audited.
    expect(((await edit(goal.id, goalForm({ version: '2', title: 'Tên của tôi' }))) as Response).status).toBe(302)
    const saved = await prisma.goal.findUniqueOrThrow({ where: { id: goal.id } })
    expect(saved).toMatchObject({ title: 'Tên của tôi', version: 3 })
    const updates = await prisma.auditLog.findMany({
      where: { entityType: 'goal', entityId: goal.id, action: 'update' },
      orderBy: { at: 'asc' },
    })
    expect(updates.map((row) => Object.keys(JSON.parse(row.changes ?? '{}')))).toEqual([
      ['target'],
      ['title', 'target'],
    ])
  })

  test('a stale edit answers each differing field with what I typed beside what is saved, in words', async () => {
    const goal = await existingGoal()
    expect(((await edit(goal.id, goalForm({ version: '1', target: '250.000.000' }))) as Response).status).toBe(302)

    const typed = goalForm({ version: '1', title: 'Tên của tôi', target: '300.000.000', periodIndex: '4' })
    const stale = unwrapData<Answer>(await edit(goal.id, typed))
    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      {
        field: 'title',
        label: 'Tên chỉ tiêu (tiếng Việt)',
        mine: 'Tên của tôi',
        current: 'Thu hút vốn FDI quý III/2025',
      },
      { field: 'periodKey', label: 'Kỳ', mine: 'Quý IV/2025', current: 'Quý III/2025' },
      { field: 'target', label: 'Mục tiêu', mine: '300 triệu USD', current: '250 triệu USD' },
    ])
    // Nothing typed is lost: the form comes back with my values, on the version saved now.
    expect(stale.data.result.initialValue).toMatchObject({
      title: 'Tên của tôi',
      target: '300.000.000',
      periodIndex: '4',
      version: '2',
    })
    expect(await prisma.goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({
      title: 'Thu hút vốn FDI quý III/2025',
      periodKey: '2025-Q3',
      target: 250_000_000,
      version: 2,
    })
  })

  test('a viewer and an editor of another department are refused', async () => {
    const goal = await existingGoal()
    for (const cookie of [(await signIn('viewer', 'SCT')).cookie, (await signIn('editor', 'BQLKKT')).cookie]) {
      const get = await settle(() =>
        editLoader(routeArgs(makeRequest(`/goals/${goal.id}/edit`, { cookie }), { goalId: goal.id })),
      )
      expect((get as Response).status).toBe(403)
      expect(((await edit(goal.id, goalForm({ version: '1' }), cookie)) as Response).status).toBe(403)
    }
    expect(editorCookie).not.toBe('')
  })
})

describe('deleting a goal', () => {
  test('asks first, then hides it from the list, audited', async () => {
    await create(goalForm())
    const goal = await prisma.goal.findFirstOrThrow()
    const page = await deleteLoader(routeArgs(makeRequest(`/goals/${goal.id}/delete`), { goalId: goal.id }))
    expect(page.goalTitle).toBe(goal.title)
    const response = await deleteAction(
      routeArgs(makeRequest(`/goals/${goal.id}/delete`, { method: 'POST', form: {} }), { goalId: goal.id }),
    )
    expect(response.status).toBe(302)
    expect((await prisma.goal.findUniqueOrThrow({ where: { id: goal.id } })).deletedAt).not.toBeNull()
    expect(await prisma.auditLog.count({ where: { entityType: 'goal', entityId: goal.id, action: 'delete' } })).toBe(1)
    expect((await listLoader(routeArgs(makeRequest('/goals')))).total).toBe(0)
    const gone = await settle(() => editLoader(routeArgs(makeRequest(`/goals/${goal.id}/edit`), { goalId: goal.id })))
    expect((gone as Response).status).toBe(404)
  })
})

test('the list filters by department and pages through many goals', async () => {
  const other = await prisma.department.findFirstOrThrow({ where: { code: 'BQLKKT' } })
  await prisma.goal.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      title: `Chỉ tiêu ${index}`,
      periodKey: index < 27 ? '2025-Q3' : '2026',
      metric: 'ircs_issued',
      target: 1,
      departmentId: index % 2 === 0 ? ref.departmentId : other.id,
    })),
  })
  const first = await listLoader(routeArgs(makeRequest('/goals')))
  expect([first.total, first.rows.length, first.pageCount]).toEqual([30, 25, 2])
  expect(first.rows[0]?.periodKey).toBe('2026')
  expect((await listLoader(routeArgs(makeRequest('/goals?page=2')))).rows).toHaveLength(5)
  expect((await listLoader(routeArgs(makeRequest(`/goals?department=${other.id}`)))).total).toBe(15)
  expect((await listLoader(routeArgs(makeRequest('/goals?year=2026')))).total).toBe(3)
  expect((await listLoader(routeArgs(makeRequest('/goals?period=Y')))).total).toBe(3)
  expect((await listLoader(routeArgs(makeRequest('/goals?year=nonsense')))).total).toBe(30)
})
