import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createObstacle } from '~/features/obstacles/obstacle.server'
import { action as editAction, loader as editLoader } from '~/features/obstacles/routes/edit-obstacle'
import { action as newAction, loader as newLoader } from '~/features/obstacles/routes/new-obstacle'
import { action as obstacleAction, loader as obstacleLoader } from '~/features/obstacles/routes/obstacle-detail'
import { loader as listLoader } from '~/features/obstacles/routes/obstacle-list'
import { loader as projectObstaclesLoader } from '~/features/obstacles/routes/project-obstacles'
import { loader as projectListLoader } from '~/features/projects/routes/register'
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
  intent?: string
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
  stale?: { differences: { field?: string; label: string; mine?: string; current: string }[] }
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
// Mid-morning of 15 August 2025 in Vietnam.
const NOW = new Date('2025-08-15T03:00:00.000Z')
const ACTOR = { userId: null, userName: 'Seed', ip: '127.0.0.1' }

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let sct = ''
let bqlkkt = ''
let songKhoai = { id: '' }
let namMau = { id: '' }

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
  ref = await getReferenceIds()
  sct = ref.departmentId
  bqlkkt = (await prisma.department.findUniqueOrThrow({ where: { code: 'BQLKKT' } })).id
  await signIn('editor', 'SCT', { asDefault: true })
  const base = { kind: 'industrial_park', sector: 'construction', departmentId: sct, investmentType: 'domestic' }
  songKhoai = await prisma.project.create({
    data: {
      ...base,
      code: 'KCN-SK',
      name: 'Khu công nghiệp Sông Khoai',
      nameSort: 'khu cong nghiep song khoai',
      searchText: 'kcn-sk khu cong nghiep song khoai',
      unitId: ref.unitId,
    },
    select: { id: true },
  })
  namMau = await prisma.project.create({
    data: {
      ...base,
      kind: 'coal_screening_plant',
      code: 'NM-01',
      name: 'Nhà máy sàng tuyển than Nam Mẫu',
      nameSort: 'nha may sang tuyen than nam mau',
      searchText: 'nm-01 nha may sang tuyen than nam mau',
      unitId: ref.otherUnitId,
    },
    select: { id: true },
  })
})

afterEach(() => {
  vi.useRealTimers()
})

function obstacleForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    projectId: songKhoai.id,
    category: 'land',
    title: 'Chưa bàn giao 12 ha mặt bằng giai đoạn 1',
    description: 'Còn 12 ha chưa giải phóng mặt bằng.',
    raisedOn: '2025-08-01',
    raisedByKind: 'enterprise',
    raisedByName: 'Công ty CP KCN Sông Khoai',
    departmentIds: sct,
    deadline: '2025-08-30',
    priority: 'high',
    ...overrides,
  }
}

/** A POST whose form may repeat a name (several responsible departments). */
function postForm(path: string, entries: Record<string, string> | [string, string][], cookie?: string) {
  const base = makeRequest(path, { method: 'POST', form: {}, ...(cookie === undefined ? {} : { cookie }) })
  const body = new URLSearchParams(Array.isArray(entries) ? entries : Object.entries(entries))
  return new Request(base.url, { method: 'POST', headers: base.headers, body })
}

async function create(form: Record<string, string> | [string, string][], cookie?: string) {
  return settle(() => newAction(routeArgs(postForm('/obstacles/new', form, cookie))))
}

async function list(query = '') {
  return listLoader(routeArgs(makeRequest(`/obstacles${query}`)))
}

function followUp(obstacleId: string, form: Record<string, string>, cookie?: string) {
  return settle(() => obstacleAction(routeArgs(postForm(`/obstacles/${obstacleId}`, form, cookie), { obstacleId })))
}

/** An obstacle written through the model (the forms are tested on their own). */
async function seedObstacle(fields: {
  title: string
  projectId?: string
  category?: 'land' | 'infrastructure' | 'human_resources'
  departmentIds?: string[]
  deadline: string
  priority?: 'high' | 'medium' | 'low'
  raisedByName?: string
}) {
  return createObstacle(
    {
      projectId: fields.projectId ?? songKhoai.id,
      category: fields.category ?? 'land',
      title: fields.title,
      description: '',
      raisedOn: day('2025-07-01'),
      raisedByKind: 'enterprise',
      raisedByName: fields.raisedByName ?? 'Doanh nghiệp',
      departmentIds: fields.departmentIds ?? [sct],
      deadline: day(fields.deadline),
      priority: fields.priority ?? 'medium',
    },
    ACTOR,
  )
}

describe('recording an obstacle', () => {
  test('saves it with its departments, audited, opens its page and shows it in the list and on the project', async () => {
    const response = await create([...Object.entries(obstacleForm()), ['departmentIds', bqlkkt]])
    expect(response).toBeInstanceOf(Response)
    const obstacle = await prisma.obstacle.findFirstOrThrow({ include: { departments: true } })
    expect((response as Response).status).toBe(302)
    expect((response as Response).headers.get('Location')).toBe(`/obstacles/${obstacle.id}`)
    expect(obstacle).toMatchObject({ code: 'OBS-0001', status: 'open', priority: 'high', version: 1 })
    expect(obstacle.deadline.toISOString()).toBe('2025-08-30T00:00:00.000Z')
    expect(obstacle.departments.map((row) => row.departmentId).sort()).toEqual([sct, bqlkkt].sort())
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'obstacle', entityId: obstacle.id } })
    expect(audit.action).toBe('create')

    const listed = await list()
    expect(listed.rows.map((row) => [row.code, row.title, row.overdueDays])).toEqual([
      ['OBS-0001', 'Chưa bàn giao 12 ha mặt bằng giai đoạn 1', 0],
    ])
    const page = await obstacleLoader(routeArgs(makeRequest(`/obstacles/${obstacle.id}`), { obstacleId: obstacle.id }))
    expect(page.obstacle.title).toBe(obstacle.title)
    expect(page.canFollowUp).toBe(true)
    expect(page.allowed).toEqual(['in_progress', 'escalated', 'resolved', 'closed'])
    const tab = await projectObstaclesLoader(
      routeArgs(makeRequest(`/projects/${songKhoai.id}/obstacles`), { projectId: songKhoai.id }),
    )
    expect(tab.rows.map((row) => row.code)).toEqual(['OBS-0001'])
    expect([tab.unresolved, tab.overdue, tab.canCreate]).toEqual([1, 0, true])
  })

  test('the form opens for the project it was asked for, with the person’s department', async () => {
    const opened = await newLoader(routeArgs(makeRequest(`/obstacles/new?projectId=${namMau.id}`)))
    expect(opened.defaults).toMatchObject({
      projectId: namMau.id,
      raisedOn: '2025-08-15',
      departmentIds: [sct],
    })
    expect(opened.cancelTo).toBe(`/projects/${namMau.id}/obstacles`)
    const unknown = await newLoader(routeArgs(makeRequest('/obstacles/new?projectId=nope')))
    expect(unknown.defaults.projectId).toBeUndefined()
  })

  test('refuses bad input with 400, the messages next to the fields and what was typed, and writes nothing', async () => {
    const bad = unwrapData<Answer>(
      await create(
        obstacleForm({ title: '', deadline: '2025-07-01', raisedOn: '2025-08-02', departmentIds: '', priority: 'x' }),
      ),
    )
    expect(bad.status).toBe(400)
    expect(bad.data.result.error).toMatchObject({
      title: ['errors.required'],
      departmentIds: ['obstacles.errors.departmentRequired'],
      priority: ['errors.choose'],
    })
    expect(bad.data.result.initialValue?.raisedByName).toBe('Công ty CP KCN Sông Khoai')

    const order = unwrapData<Answer>(await create(obstacleForm({ deadline: '2025-07-31' })))
    expect(order.data.result.error?.deadline).toEqual(['obstacles.errors.deadlineBeforeRaised'])
    const future = unwrapData<Answer>(await create(obstacleForm({ raisedOn: '2025-08-16' })))
    expect(future.data.result.error?.raisedOn).toEqual(['obstacles.errors.dateInFuture'])

    const unknown = unwrapData<Answer>(await create(obstacleForm({ projectId: 'nope', departmentIds: 'nope' })))
    expect(unknown.status).toBe(400)
    expect(unknown.data.result.error).toMatchObject({
      projectId: ['obstacles.errors.unknownProject'],
      departmentIds: ['obstacles.errors.unknownDepartment'],
    })
    expect(await prisma.obstacle.count()).toBe(0)
  })

  test('the same form sent twice records one obstacle', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/obstacles/new')))
    const form = obstacleForm({ submissionKey })
    const first = (await create(form)) as Response
    const again = (await create(form)) as Response
    expect([first.status, again.status]).toEqual([302, 302])
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(await prisma.obstacle.count()).toBe(1)
  })

  test('the same form sent twice at the same moment records one obstacle', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/obstacles/new')))
    const form = obstacleForm({ submissionKey })
    const location = expectSavedOnce(await sendTwiceAtOnce((cookie) => create(form, cookie)))
    const obstacle = await prisma.obstacle.findFirstOrThrow()
    expect(location).toBe(`/obstacles/${obstacle.id}`)
    expect(await prisma.obstacle.count()).toBe(1)
  })

  test('one form’s key sent at the same moment from two accounts records one obstacle and refuses the other', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/obstacles/new')))
    const other = await signIn('editor', 'SCT')
    const answers = await sendTwiceAtOnce(
      (cookie) => create(obstacleForm({ submissionKey }), cookie),
      [undefined, other.cookie],
    )
    expectSavedOnce(answers, { twoAccounts: true })
    expect(await prisma.obstacle.count()).toBe(1)
  })
})

describe('the list', () => {
  test('overdue follows the province’s calendar: from midnight in Hà Nội after the deadline day', async () => {
    await seedObstacle({ title: 'Hạn hôm qua', deadline: '2025-08-14' })
    await seedObstacle({ title: 'Hạn hôm nay', deadline: '2025-08-15' })
    const resolved = await seedObstacle({ title: 'Đã giải quyết', deadline: '2025-08-01' })
    await prisma.obstacle.update({ where: { id: resolved.id }, data: { status: 'resolved' } })

    // 23:59:59 on 15 August in Hà Nội (16:59:59 UTC), signed in a moment before.
    vi.setSystemTime(new Date('2025-08-15T16:59:00.000Z'))
    await signIn('editor', 'SCT', { asDefault: true })
    vi.setSystemTime(new Date('2025-08-15T16:59:59.000Z'))
    const lastMinute = await list('?overdue=1')
    expect(lastMinute.rows.map((row) => [row.title, row.overdueDays])).toEqual([['Hạn hôm qua', 1]])
    expect(lastMinute.overdue).toBe(1)

    // 00:00 on 16 August in Hà Nội, still the 15th in UTC.
    vi.setSystemTime(new Date('2025-08-15T17:00:00.000Z'))
    const nextDay = await list('?overdue=1')
    expect(nextDay.rows.map((row) => [row.title, row.overdueDays])).toEqual([
      ['Hạn hôm qua', 2],
      ['Hạn hôm nay', 1],
    ])
    const all = await list()
    expect(all.total).toBe(3)
    expect(all.overdue).toBe(2)
    expect(all.rows.find((row) => row.title === 'Đã giải quyết')?.overdueDays).toBe(0)
  })

  test('searches without diacritics, filters by every criterion and counts by department and category', async () => {
    await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30', priority: 'high' })
    await seedObstacle({
      title: 'Thiếu lao động kỹ thuật',
      projectId: namMau.id,
      category: 'human_resources',
      departmentIds: [sct, bqlkkt],
      deadline: '2025-10-31',
    })
    await seedObstacle({
      title: 'Đường vào khu công nghiệp chưa xong',
      category: 'infrastructure',
      departmentIds: [bqlkkt],
      deadline: '2025-12-31',
      raisedByName: 'Hiệp hội doanh nghiệp',
    })

    const titles = async (query: string) => (await list(query)).rows.map((row) => row.title)
    expect(await titles('?q=lao dong ky thuat')).toEqual(['Thiếu lao động kỹ thuật'])
    expect(await titles('?q=LAO ĐỘNG')).toEqual(['Thiếu lao động kỹ thuật'])
    // The project's name and who raised it are searched too.
    expect(await titles('?q=nam mau')).toEqual(['Thiếu lao động kỹ thuật'])
    expect(await titles('?q=hiep hoi')).toEqual(['Đường vào khu công nghiệp chưa xong'])
    expect(await titles(`?department=${bqlkkt}`)).toEqual([
      'Thiếu lao động kỹ thuật',
      'Đường vào khu công nghiệp chưa xong',
    ])
    expect(await titles('?category=infrastructure')).toEqual(['Đường vào khu công nghiệp chưa xong'])
    expect(await titles('?priority=high')).toEqual(['Chưa giải phóng mặt bằng'])
    expect(await titles(`?project=${namMau.id}`)).toEqual(['Thiếu lao động kỹ thuật'])
    expect(await titles(`?unit=${ref.otherUnitId}`)).toEqual(['Thiếu lao động kỹ thuật'])
    expect(await titles('?status=unresolved&sort=deadline&dir=desc')).toEqual([
      'Đường vào khu công nghiệp chưa xong',
      'Thiếu lao động kỹ thuật',
      'Chưa giải phóng mặt bằng',
    ])
    expect(await titles('?status=resolved')).toEqual([])
    // Nonsense in the URL is dropped, not refused.
    expect((await list('?status=nonsense&priority=urgent&page=abc')).total).toBe(3)

    const everything = await list()
    expect(everything.byCategory).toEqual({ land: 1, human_resources: 1, infrastructure: 1 })
    expect(everything.byDepartment).toEqual({ [sct]: 2, [bqlkkt]: 2 })
    const ofBqlkkt = await list(`?department=${bqlkkt}`)
    expect(ofBqlkkt.byCategory).toEqual({ human_resources: 1, infrastructure: 1 })
    expect(ofBqlkkt.byDepartment).toEqual({ [sct]: 1, [bqlkkt]: 2 })
  })

  test('offers "my department’s open obstacles" to people with a department, and recording to editors', async () => {
    const mine = await list()
    expect(mine.myDepartmentPath).toBe(`/obstacles?department=${sct}&status=unresolved&sort=deadline&dir=asc`)
    expect(mine.canCreate).toBe(true)
    const viewer = await signIn('viewer', null)
    const theirs = await listLoader(routeArgs(makeRequest('/obstacles', { cookie: viewer.cookie })))
    expect([theirs.myDepartmentPath, theirs.canCreate]).toEqual([null, false])
    const anonymous = await settle(() => listLoader(routeArgs(makeRequest('/obstacles', { cookie: '' }))))
    expect((anonymous as Response).status).toBe(302)
  })
})

describe('following an obstacle up', () => {
  test('a measure is recorded with its department, audited, and the timeline shows the newest first', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30' })
    const opened = await obstacleLoader(
      routeArgs(makeRequest(`/obstacles/${obstacle.id}`), { obstacleId: obstacle.id }),
    )
    expect(opened.measureDefaults).toEqual({ date: '2025-08-15', departmentId: sct })
    const measure = {
      intent: 'measure',
      submissionKey: opened.submissionKey,
      date: '2025-08-10',
      departmentId: sct,
      description: 'Họp với UBND xã về phương án bồi thường',
      documentRef: '1234/SCT-QLCN',
    }
    const response = (await followUp(obstacle.id, measure)) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe(`/obstacles/${obstacle.id}`)
    // Sent twice, written once.
    expect(((await followUp(obstacle.id, measure)) as Response).status).toBe(302)
    await followUp(obstacle.id, { ...measure, submissionKey: '', date: '2025-08-12', description: 'Kiểm đếm' })

    const stored = await prisma.obstacleMeasure.findMany({ where: { obstacleId: obstacle.id } })
    expect(stored).toHaveLength(2)
    const audit = await prisma.auditLog.findMany({
      where: { entityType: 'obstacle', entityId: obstacle.id, action: 'add_measure' },
    })
    expect(audit).toHaveLength(2)
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ documentRef: '1234/SCT-QLCN' })
    const page = await obstacleLoader(routeArgs(makeRequest(`/obstacles/${obstacle.id}`), { obstacleId: obstacle.id }))
    expect(page.obstacle.measures.map((row) => row.description)).toEqual([
      'Kiểm đếm',
      'Họp với UBND xã về phương án bồi thường',
    ])

    const empty = unwrapData<Answer>(await followUp(obstacle.id, { intent: 'measure', date: '', departmentId: sct }))
    expect(empty.status).toBe(400)
    expect(empty.data.intent).toBe('measure')
    expect(empty.data.result.error).toMatchObject({ date: ['errors.required'], description: ['errors.required'] })
    const unknownForm = unwrapData<Answer>(await followUp(obstacle.id, {}))
    expect(unknownForm.status).toBe(400)
  })

  test('resolving needs a resolution note; then it is resolved, dated and audited', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-08-01' })
    const noNote = unwrapData<Answer>(
      await followUp(obstacle.id, { intent: 'status', version: '1', toStatus: 'resolved' }),
    )
    expect(noNote.status).toBe(400)
    expect(noNote.data.result.error?.note).toEqual(['obstacles.errors.resolutionRequired'])
    const noReason = unwrapData<Answer>(
      await followUp(obstacle.id, { intent: 'status', version: '1', toStatus: 'closed' }),
    )
    expect(noReason.data.result.error?.note).toEqual(['obstacles.errors.reasonRequired'])
    expect((await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })).status).toBe('open')

    const done = (await followUp(obstacle.id, {
      intent: 'status',
      version: '1',
      toStatus: 'resolved',
      note: 'Đã bàn giao đủ 12 ha',
    })) as Response
    expect(done.status).toBe(302)
    const resolved = await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })
    expect(resolved).toMatchObject({ status: 'resolved', resolutionNote: 'Đã bàn giao đủ 12 ha', version: 2 })
    expect(resolved.finishedOn?.toISOString()).toBe('2025-08-15T00:00:00.000Z')
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: 'obstacle', entityId: obstacle.id, action: 'status_change' },
    })
    expect(JSON.parse(audit.changes ?? '{}').status).toEqual(['open', 'resolved'])
    // No longer overdue, and only "take it up again" follows.
    const page = await obstacleLoader(routeArgs(makeRequest(`/obstacles/${obstacle.id}`), { obstacleId: obstacle.id }))
    expect([page.overdueDays, page.allowed]).toEqual([0, ['in_progress']])
    const notAllowed = unwrapData<Answer>(
      await followUp(obstacle.id, { intent: 'status', version: '2', toStatus: 'closed', note: 'x' }),
    )
    expect(notAllowed.data.result.error?.toStatus).toEqual(['obstacles.errors.transition'])
  })

  test('a status change on a stale page is refused with 409 and a clear message, nothing written', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30' })
    // Someone else moves it first, on version 1.
    await followUp(obstacle.id, { intent: 'status', version: '1', toStatus: 'in_progress' })
    // My page was opened on version 1 too.
    const stale = unwrapData<Answer>(
      await followUp(obstacle.id, { intent: 'status', version: '1', toStatus: 'resolved', note: 'Đã xong' }),
    )
    expect(stale.status).toBe(409)
    expect(stale.data.result.error).toEqual({ '': ['obstacles.errors.stale'] })
    expect(stale.data.result.initialValue).toMatchObject({ note: 'Đã xong' })
    expect(await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })).toMatchObject({
      status: 'in_progress',
      version: 2,
    })
  })

  test('editing saves on the version it was opened on; a stale one answers 409 with what differs', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30' })
    const opened = await editLoader(
      routeArgs(makeRequest(`/obstacles/${obstacle.id}/edit`), { obstacleId: obstacle.id }),
    )
    expect(opened.defaults).toMatchObject({ deadline: '2025-09-30', departmentIds: [sct], raisedOn: '2025-07-01' })
    const form = { ...obstacleForm(), raisedOn: '2025-07-01', version: '1' }
    const edit = (values: Record<string, string>) =>
      settle(() =>
        editAction(
          routeArgs(postForm(`/obstacles/${obstacle.id}/edit`, values), {
            obstacleId: obstacle.id,
          }),
        ),
      )

    // Someone else saves first, on version 1.
    expect(((await edit({ ...form, deadline: '2025-10-15' })) as Response).status).toBe(302)
    const stale = unwrapData<Answer>(await edit({ ...form, title: 'Tên của tôi' }))
    expect(stale.status).toBe(409)
    expect(stale.data.result.error?.['']).toEqual(['obstacles.errors.stale'])
    expect(stale.data.result.initialValue).toMatchObject({ title: 'Tên của tôi', version: '2' })
    expect(stale.data.stale?.differences.map((row) => row.label)).toEqual(['Nội dung vướng mắc', 'Hạn xử lý'])
    expect(await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })).toMatchObject({
      title: 'Chưa bàn giao 12 ha mặt bằng giai đoạn 1',
      version: 2,
    })

    // Saving again, deliberately, on the version the answer carried goes through.
    expect(((await edit({ ...form, title: 'Tên của tôi', version: '2' })) as Response).status).toBe(302)
    expect(await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })).toMatchObject({
      title: 'Tên của tôi',
      deadline: day('2025-08-30'),
      version: 3,
    })
    expect(
      await prisma.auditLog.count({ where: { entityType: 'obstacle', entityId: obstacle.id, action: 'update' } }),
    ).toBe(2)
  })

  test('a stale edit answers each differing field with what I typed beside what is saved, in words', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30' })
    const form = { ...obstacleForm(), raisedOn: '2025-07-01', version: '1' }
    const edit = (entries: [string, string][]) =>
      settle(() =>
        editAction(routeArgs(postForm(`/obstacles/${obstacle.id}/edit`, entries), { obstacleId: obstacle.id })),
      )
    const entries = (values: Record<string, string>, departments: string[]) => [
      ...Object.entries(values).filter(([name]) => name !== 'departmentIds'),
      ...departments.map((id): [string, string] => ['departmentIds', id]),
    ]

    // Someone else moves the deadline and adds a department, on version 1.
    expect(((await edit(entries({ ...form, deadline: '2025-10-15' }, [sct, bqlkkt]))) as Response).status).toBe(302)
    // My form, opened on version 1 too, moved the project and the priority.
    const stale = unwrapData<Answer>(await edit(entries({ ...form, projectId: namMau.id, priority: 'low' }, [sct])))

    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      {
        field: 'projectId',
        label: 'Dự án, khu hoặc cụm công nghiệp',
        mine: 'Nhà máy sàng tuyển than Nam Mẫu',
        current: 'Khu công nghiệp Sông Khoai',
      },
      {
        field: 'departmentIds',
        label: 'Cơ quan chịu trách nhiệm xử lý',
        mine: 'Sở Công Thương',
        current: 'Ban Quản lý Khu kinh tế Quảng Ninh, Sở Công Thương',
      },
      { field: 'deadline', label: 'Hạn xử lý', mine: '30/08/2025', current: '15/10/2025' },
      { field: 'priority', label: 'Mức ưu tiên', mine: 'Thấp', current: 'Cao' },
    ])
    expect(stale.data.result.initialValue).toMatchObject({ projectId: namMau.id, priority: 'low', version: '2' })
    expect(await prisma.obstacle.findUniqueOrThrow({ where: { id: obstacle.id } })).toMatchObject({
      projectId: songKhoai.id,
      priority: 'high',
      deadline: day('2025-10-15'),
      version: 2,
    })
  })
})

describe('who may do what', () => {
  test('a viewer reads only; an editor of a department not responsible is refused; an admin may', async () => {
    const obstacle = await seedObstacle({ title: 'Chưa giải phóng mặt bằng', deadline: '2025-09-30' })
    const measure = { intent: 'measure', date: '2025-08-10', departmentId: sct, description: 'Họp' }
    const viewer = await signIn('viewer', 'SCT')
    const other = await signIn('editor', 'BQLKKT')

    const read = await obstacleLoader(
      routeArgs(makeRequest(`/obstacles/${obstacle.id}`, { cookie: viewer.cookie }), { obstacleId: obstacle.id }),
    )
    expect([read.canFollowUp, read.departments]).toEqual([false, []])
    for (const cookie of [viewer.cookie, other.cookie]) {
      expect(((await followUp(obstacle.id, measure, cookie)) as Response).status).toBe(403)
      const status = await followUp(obstacle.id, { intent: 'status', version: '1', toStatus: 'in_progress' }, cookie)
      expect((status as Response).status).toBe(403)
      const editPage = await settle(() =>
        editLoader(routeArgs(makeRequest(`/obstacles/${obstacle.id}/edit`, { cookie }), { obstacleId: obstacle.id })),
      )
      expect((editPage as Response).status).toBe(403)
    }
    expect(await prisma.obstacleMeasure.count()).toBe(0)
    expect(
      await prisma.auditLog.count({ where: { action: 'access_denied', entityId: obstacle.id } }),
    ).toBeGreaterThanOrEqual(4)

    // A viewer records nothing; any editor may record an obstacle.
    expect(((await create(obstacleForm(), viewer.cookie)) as Response).status).toBe(403)
    const viewerForm = await settle(() =>
      newLoader(routeArgs(makeRequest('/obstacles/new', { cookie: viewer.cookie }))),
    )
    expect((viewerForm as Response).status).toBe(403)
    expect(((await create(obstacleForm(), other.cookie)) as Response).status).toBe(302)

    const admin = await signIn('admin')
    expect(((await followUp(obstacle.id, measure, admin.cookie)) as Response).status).toBe(302)
  })

  test('an unknown obstacle is 404', async () => {
    const args = routeArgs(makeRequest('/obstacles/nope'), { obstacleId: 'nope' })
    expect(((await settle(() => obstacleLoader(args))) as Response).status).toBe(404)
    expect(((await settle(() => editLoader(args))) as Response).status).toBe(404)
    const post = await followUp('nope', { intent: 'measure' })
    expect((post as Response).status).toBe(404)
  })
})

test('the project list shows each project’s unresolved obstacles', async () => {
  await seedObstacle({ title: 'Một', deadline: '2025-09-30' })
  await seedObstacle({ title: 'Hai', deadline: '2025-08-01' })
  const resolved = await seedObstacle({ title: 'Ba', deadline: '2025-08-01' })
  await prisma.obstacle.update({ where: { id: resolved.id }, data: { status: 'resolved' } })

  const page = await projectListLoader(routeArgs(makeRequest('/projects')))
  expect(page.unresolvedObstacles).toEqual({ [songKhoai.id]: 2 })
  expect(page.unresolvedObstacles[namMau.id]).toBeUndefined()

  // The project's tab: unresolved first, soonest deadline first.
  const tab = await projectObstaclesLoader(
    routeArgs(makeRequest(`/projects/${songKhoai.id}/obstacles`), { projectId: songKhoai.id }),
  )
  expect(tab.rows.map((row) => [row.title, row.overdueDays])).toEqual([
    ['Hai', 14],
    ['Một', 0],
    ['Ba', 0],
  ])
  expect([tab.unresolved, tab.overdue]).toEqual([2, 1])
})
