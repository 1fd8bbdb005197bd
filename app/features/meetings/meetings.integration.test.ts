import { beforeEach, describe, expect, test } from 'vitest'
import { loader as meetingLoader } from '~/features/meetings/routes/meeting-detail'
import { loader as listLoader } from '~/features/meetings/routes/meeting-list'
import { action as newAction, loader as newLoader } from '~/features/meetings/routes/new-meeting'
import { prisma } from '~/utils/db.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getToast } from '~/utils/toast.server'
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
  result: {
    status?: string
    error?: Record<string, string[] | null>
    initialValue?: Record<string, unknown>
  }
}

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let otherDepartmentId = ''
let songKhoai = ''
let namMau = ''
let haiHa = ''

async function makeProject(code: string, name: string, deletedAt: Date | null = null) {
  const project = await prisma.project.create({
    data: {
      code,
      name,
      nameSort: name.toLowerCase(),
      kind: 'industrial_park',
      sector: 'construction',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'domestic',
      searchText: name.toLowerCase(),
      deletedAt,
    },
  })
  return project.id
}

beforeEach(async () => {
  ref = await getReferenceIds()
  otherDepartmentId = (await prisma.department.findUniqueOrThrow({ where: { code: 'BQLKKT' } })).id
  await signIn('editor', 'BQLKKT', { asDefault: true })
  songKhoai = await makeProject('KCN-SK', 'Khu công nghiệp Sông Khoai')
  namMau = await makeProject('NM-SANG', 'Nhà máy sàng tuyển than Nam Mẫu')
  haiHa = await makeProject('KCN-HH', 'Khu công nghiệp Hải Hà')
})

/** A dialogue meeting with two obstacles, as the form sends it. */
function meetingForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    date: '2025-07-15',
    place: 'Hội trường Sở Công Thương',
    chair: 'Sở Công Thương',
    enterprises: 'Công ty CP Đầu tư Sông Khoai\n\nCông ty Than Nam Mẫu – TKV\n',
    notes: 'Đối thoại định kỳ quý III',
    'projectIds[0]': songKhoai,
    'projectIds[1]': haiHa,
    'obstacles[0].projectId': songKhoai,
    'obstacles[0].category': 'land',
    'obstacles[0].title': 'Chậm bàn giao mặt bằng KCN Sông Khoai',
    'obstacles[0].description': 'Còn 120 ha chưa giải phóng mặt bằng',
    'obstacles[0].departmentIds[0]': ref.departmentId,
    'obstacles[0].departmentIds[1]': otherDepartmentId,
    'obstacles[0].deadline': '2025-09-30',
    'obstacles[0].priority': 'high',
    // Not ticked as present: raising an obstacle on it makes it present.
    'obstacles[1].projectId': namMau,
    'obstacles[1].category': 'land',
    'obstacles[1].title': 'Thiếu đất mở rộng nhà máy sàng tuyển Nam Mẫu',
    'obstacles[1].departmentIds': otherDepartmentId,
    'obstacles[1].deadline': '2025-07-15',
    'obstacles[1].priority': 'medium',
    ...overrides,
  }
}

function tomorrow() {
  return toDateInputValue(new Date(provinceToday().getTime() + 86_400_000))
}

function withoutKeys(form: Record<string, string>, ...keys: string[]) {
  return Object.fromEntries(Object.entries(form).filter(([key]) => !keys.includes(key)))
}

async function create(form: Record<string, string>, cookie?: string) {
  return settle(() => newAction(routeArgs(makeRequest('/meetings/new', { method: 'POST', form, cookie }))))
}

/** The audit trail is append-only (setup-env keeps it): count only the rows written after `since`. */
async function expectNothingWritten(since: Date) {
  expect(await prisma.dialogueMeeting.count()).toBe(0)
  expect(await prisma.obstacle.count()).toBe(0)
  expect(
    await prisma.auditLog.count({ where: { entityType: { in: ['meeting', 'obstacle'] }, at: { gte: since } } }),
  ).toBe(0)
}

describe('recording a meeting', () => {
  test('creates the meeting and both obstacles, linked back and audited, and says how many', async () => {
    const response = (await create(meetingForm())) as Response
    expect(response.status).toBe(302)
    const meeting = await prisma.dialogueMeeting.findFirstOrThrow({
      include: { projects: true, obstacles: { include: { departments: true }, orderBy: { code: 'asc' } } },
    })
    expect(response.headers.get('Location')).toBe(`/meetings/${meeting.id}`)
    const { toast } = await getToast(
      new Request('http://localhost/', { headers: { Cookie: response.headers.get('Set-Cookie') ?? '' } }),
    )
    expect(toast).toMatchObject({ kind: 'success', messageKey: 'meetings.createdMany', values: { count: '2' } })

    const meetingDay = new Date('2025-07-15T00:00:00.000Z')
    expect(meeting).toMatchObject({ date: meetingDay, place: 'Hội trường Sở Công Thương', chair: 'Sở Công Thương' })
    expect(meeting.projects.map((row) => row.projectId).sort()).toEqual([songKhoai, namMau, haiHa].sort())
    expect(
      meeting.obstacles.map((obstacle) => ({
        code: obstacle.code,
        projectId: obstacle.projectId,
        meetingId: obstacle.meetingId,
        raisedByKind: obstacle.raisedByKind,
        raisedByName: obstacle.raisedByName,
        raisedOn: obstacle.raisedOn,
        status: obstacle.status,
        departments: obstacle.departments.map((row) => row.departmentId).sort(),
      })),
    ).toEqual([
      {
        code: 'OBS-0001',
        projectId: songKhoai,
        meetingId: meeting.id,
        raisedByKind: 'meeting',
        raisedByName: 'Sở Công Thương',
        raisedOn: meetingDay,
        status: 'open',
        departments: [ref.departmentId, otherDepartmentId].sort(),
      },
      {
        code: 'OBS-0002',
        projectId: namMau,
        meetingId: meeting.id,
        raisedByKind: 'meeting',
        raisedByName: 'Sở Công Thương',
        raisedOn: meetingDay,
        status: 'open',
        departments: [otherDepartmentId],
      },
    ])

    const meetingAudit = await prisma.auditLog.findMany({ where: { entityType: 'meeting', entityId: meeting.id } })
    expect(meetingAudit.map((row) => row.action)).toEqual(['create'])
    const obstacleAudit = await prisma.auditLog.findMany({
      where: { entityType: 'obstacle', entityId: { in: meeting.obstacles.map((obstacle) => obstacle.id) } },
    })
    expect(obstacleAudit).toHaveLength(2)
    for (const row of obstacleAudit) {
      expect(row.action).toBe('create')
      expect(JSON.parse(row.detail ?? '{}')).toMatchObject({ meetingId: meeting.id })
    }
  })

  test('the list and the meeting page show it', async () => {
    await create(meetingForm())
    const meeting = await prisma.dialogueMeeting.findFirstOrThrow()

    const list = await listLoader(routeArgs(makeRequest('/meetings')))
    expect(list.canCreate).toBe(true)
    expect(list.total).toBe(1)
    expect(list.rows.map((row) => [row.place, row.chair, row._count.projects, row._count.obstacles])).toEqual([
      ['Hội trường Sở Công Thương', 'Sở Công Thương', 3, 2],
    ])

    const page = await meetingLoader(routeArgs(makeRequest(`/meetings/${meeting.id}`), { meetingId: meeting.id }))
    expect(page.title).toBe('Cuộc họp đối thoại ngày 15/07/2025 · Tiendo')
    expect(page.meeting.enterprises).toEqual(['Công ty CP Đầu tư Sông Khoai', 'Công ty Than Nam Mẫu – TKV'])
    expect(page.meeting.projects.map((project) => project.code)).toEqual(['KCN-HH', 'KCN-SK', 'NM-SANG'])
    expect(page.meeting.obstacles.map((obstacle) => [obstacle.code, obstacle.title, obstacle.status])).toEqual([
      ['OBS-0001', 'Chậm bàn giao mặt bằng KCN Sông Khoai', 'open'],
      ['OBS-0002', 'Thiếu đất mở rộng nhà máy sàng tuyển Nam Mẫu', 'open'],
    ])
  })

  test('a meeting without obstacles is saved on its own', async () => {
    const form = withoutKeys(meetingForm(), ...Object.keys(meetingForm()).filter((key) => key.startsWith('obstacles')))
    const response = (await create(form)) as Response
    expect(response.status).toBe(302)
    const meeting = await prisma.dialogueMeeting.findFirstOrThrow({ include: { projects: true } })
    expect(meeting.projects).toHaveLength(2)
    expect(await prisma.obstacle.count()).toBe(0)
  })

  test('one invalid obstacle refuses the whole meeting, with the error at that obstacle’s field', async () => {
    const started = new Date()
    const answer = unwrapData<Answer>(
      await create(meetingForm({ 'obstacles[1].title': '   ', 'obstacles[1].deadline': '2025-07-14' })),
    )
    expect(answer.status).toBe(400)
    expect(answer.data.result.error?.['obstacles[1].title']).toEqual(['errors.required'])
    expect(answer.data.result.error?.['obstacles[1].deadline']).toEqual(['obstacles.errors.deadlineBeforeRaised'])
    expect(answer.data.result.error?.['obstacles[0].title']).toBeUndefined()
    // What was typed comes back, nested as the form has it.
    const obstacles = answer.data.result.initialValue?.obstacles as Record<string, unknown>[]
    expect(obstacles[0]?.title).toBe('Chậm bàn giao mặt bằng KCN Sông Khoai')
    expect(obstacles[1]?.deadline).toBe('2025-07-14')
    await expectNothingWritten(started)
  })

  test('a meeting date in the future or missing fields are refused', async () => {
    const started = new Date()
    const answer = unwrapData<Answer>(await create(meetingForm({ date: tomorrow(), chair: '' })))
    expect(answer.status).toBe(400)
    expect(answer.data.result.error?.date).toEqual(['obstacles.errors.dateInFuture'])
    expect(answer.data.result.error?.chair).toEqual(['errors.required'])
    await expectNothingWritten(started)
  })

  test('an unknown or deleted project and an unknown department are field errors, nothing written', async () => {
    const started = new Date()
    const deleted = await makeProject('KCN-DEL', 'Dự án đã xoá', new Date())
    const answer = unwrapData<Answer>(
      await create(
        meetingForm({
          'projectIds[1]': deleted,
          'obstacles[0].projectId': 'no-such-project',
          'obstacles[1].departmentIds': 'no-such-department',
        }),
      ),
    )
    expect(answer.status).toBe(400)
    expect(answer.data.result.error).toMatchObject({
      projectIds: ['obstacles.errors.unknownProject'],
      'obstacles[0].projectId': ['obstacles.errors.unknownProject'],
      'obstacles[1].departmentIds': ['obstacles.errors.unknownDepartment'],
    })
    expect(answer.data.result.error?.['obstacles[1].projectId']).toBeUndefined()
    expect((answer.data.result.initialValue?.obstacles as Record<string, unknown>[])[0]?.title).toBe(
      'Chậm bàn giao mặt bằng KCN Sông Khoai',
    )
    await expectNothingWritten(started)
  })

  test('without JavaScript, "add an obstacle" answers the same form with one more, writing nothing', async () => {
    const started = new Date()
    const answer = unwrapData<Answer>(
      await create({
        ...meetingForm(),
        __intent__: JSON.stringify({
          type: 'insert',
          payload: { name: 'obstacles', defaultValue: { priority: 'medium' } },
        }),
      }),
    )
    expect(answer.status).toBe(200)
    const obstacles = answer.data.result.initialValue?.obstacles as Record<string, unknown>[]
    expect(obstacles).toHaveLength(3)
    expect(obstacles[2]).toEqual({ priority: 'medium' })
    await expectNothingWritten(started)
  })

  test('the same form sent twice records one meeting', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/meetings/new')))
    const form = meetingForm({ submissionKey })
    const first = (await create(form)) as Response
    expect(first.status).toBe(302)
    const again = (await create(form)) as Response
    expect(again.status).toBe(302)
    expect(again.headers.get('Location')).toBe(first.headers.get('Location'))
    expect(await prisma.dialogueMeeting.count()).toBe(1)
    expect(await prisma.obstacle.count()).toBe(2)

    const someoneElse = await signIn('editor', 'SCT')
    const refused = unwrapData<Answer>(await create(form, someoneElse.cookie))
    expect(refused.status).toBe(400)
    expect(refused.data.result.error?.['']).toEqual(['conflict.formNotYours'])
    expect(await prisma.dialogueMeeting.count()).toBe(1)
  })

  test('the same form sent twice at the same moment records one meeting', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/meetings/new')))
    const form = meetingForm({ submissionKey })
    const location = expectSavedOnce(await sendTwiceAtOnce((cookie) => create(form, cookie)))
    const meeting = await prisma.dialogueMeeting.findFirstOrThrow()
    expect(location).toBe(`/meetings/${meeting.id}`)
    expect(await prisma.dialogueMeeting.count()).toBe(1)
    expect(await prisma.obstacle.count()).toBe(2)
  })

  test('one form’s key sent at the same moment from two accounts records one meeting and refuses the other', async () => {
    const { submissionKey } = await newLoader(routeArgs(makeRequest('/meetings/new')))
    const other = await signIn('editor', 'BQLKKT')
    const answers = await sendTwiceAtOnce(
      (cookie) => create(meetingForm({ submissionKey }), cookie),
      [undefined, other.cookie],
    )
    expectSavedOnce(answers, { twoAccounts: true })
    expect(await prisma.dialogueMeeting.count()).toBe(1)
    expect(await prisma.obstacle.count()).toBe(2)
  })
})

describe('who may do what', () => {
  test('a viewer reads meetings but may not record one', async () => {
    await create(meetingForm())
    const meeting = await prisma.dialogueMeeting.findFirstOrThrow()
    const viewer = await signIn('viewer', 'SCT')

    const post = await create(meetingForm({ place: 'Nơi khác' }), viewer.cookie)
    expect((post as Response).status).toBe(403)
    const get = await settle(() => newLoader(routeArgs(makeRequest('/meetings/new', { cookie: viewer.cookie }))))
    expect((get as Response).status).toBe(403)
    expect(await prisma.dialogueMeeting.count()).toBe(1)

    const list = await listLoader(routeArgs(makeRequest('/meetings', { cookie: viewer.cookie })))
    expect([list.total, list.canCreate]).toEqual([1, false])
    const page = await meetingLoader(
      routeArgs(makeRequest(`/meetings/${meeting.id}`, { cookie: viewer.cookie }), { meetingId: meeting.id }),
    )
    expect(page.meeting.id).toBe(meeting.id)
  })

  test('an editor of any department records one; nobody signed out reads', async () => {
    const editorOfAnother = await signIn('editor', 'SCT')
    expect(((await create(meetingForm(), editorOfAnother.cookie)) as Response).status).toBe(302)
    const anonymous = await settle(() => listLoader(routeArgs(makeRequest('/meetings', { cookie: '' }))))
    expect((anonymous as Response).status).toBe(302)
  })
})

test('an unknown meeting is 404', async () => {
  const missing = await settle(() => meetingLoader(routeArgs(makeRequest('/meetings/nope'), { meetingId: 'nope' })))
  expect((missing as Response).status).toBe(404)
})

test('the list is newest first and pages through many meetings', async () => {
  await prisma.dialogueMeeting.createMany({
    data: Array.from({ length: 30 }, (_, index) => ({
      date: new Date(Date.UTC(2025, 0, 1 + index)),
      place: `Phòng họp ${index + 1}`,
      chair: 'Sở Công Thương',
    })),
  })
  const first = await listLoader(routeArgs(makeRequest('/meetings')))
  expect([first.total, first.rows.length, first.page, first.pageCount]).toEqual([30, 25, 1, 2])
  expect(first.rows[0]?.place).toBe('Phòng họp 30')
  const second = await listLoader(routeArgs(makeRequest('/meetings?page=2')))
  expect(second.rows.map((row) => row.place)).toEqual([
    'Phòng họp 5',
    'Phòng họp 4',
    'Phòng họp 3',
    'Phòng họp 2',
    'Phòng họp 1',
  ])
  expect((await listLoader(routeArgs(makeRequest('/meetings?page=nonsense')))).page).toBe(1)
  expect((await listLoader(routeArgs(makeRequest('/meetings?page=99')))).page).toBe(2)
})
