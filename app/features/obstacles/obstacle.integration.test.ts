/**
 * The obstacles register's data access against a real SQLite file: codes, the meeting's
 * single transaction, the status rules re-checked in the database, and the list's filters
 * and counts.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { createMeeting } from '~/features/meetings/meeting.server'
import { parseObstacleListQuery } from '~/features/obstacles/obstacle-list-query'
import { buildObstacleSearchText } from '~/features/obstacles/obstacle-rules'
import { type ObstacleInput } from '~/features/obstacles/obstacle-schema'
import {
  ObstacleTransitionError,
  StaleObstacleError,
  changeObstacleStatus,
  countUnresolvedObstacles,
  createObstacle,
  listObstacles,
} from '~/features/obstacles/obstacle.server'
import { type Actor } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'
import { getReferenceIds } from '../../../tests/integration-utils'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const TODAY = day('2025-08-15')
const actor: Actor = { userId: null, userName: 'Kiểm thử', ip: '127.0.0.1' }

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let departments: Record<'SCT' | 'BQLKKT' | 'SNNMT', string>
let counter = 0

async function project(name: string, unitId = ref.unitId) {
  counter += 1
  return prisma.project.create({
    data: {
      code: `O-${counter}`,
      name,
      nameSort: toSearchKey(name),
      searchText: toSearchKey(`O-${counter} ${name}`),
      kind: 'industrial_park',
      sector: 'construction',
      investmentType: 'domestic',
      status: 'site_clearance',
      unitId,
      departmentId: ref.departmentId,
    },
  })
}

function input(projectId: string, fields: Partial<ObstacleInput> = {}): ObstacleInput {
  return {
    projectId,
    category: 'land',
    title: 'Chậm bàn giao đất sạch',
    description: 'Các hộ nuôi trồng thuỷ sản chưa nhận tiền bồi thường.',
    departmentIds: [departments.BQLKKT],
    deadline: day('2025-09-30'),
    priority: 'high',
    raisedOn: day('2025-07-01'),
    raisedByKind: 'enterprise',
    raisedByName: 'Amata Corporation',
    ...fields,
  }
}

/** An obstacle as the meeting form sends it: the meeting gives the day and who raised it. */
function raisedAtMeeting(projectId: string, fields: Partial<ObstacleInput> = {}) {
  const { raisedOn: _day, raisedByKind: _kind, raisedByName: _name, ...obstacle } = input(projectId, fields)
  return obstacle
}

beforeEach(async () => {
  ref = await getReferenceIds()
  const rows = await prisma.department.findMany({ where: { code: { in: ['SCT', 'BQLKKT', 'SNNMT'] } } })
  const id = (code: string) => rows.find((row) => row.code === code)!.id
  departments = { SCT: id('SCT'), BQLKKT: id('BQLKKT'), SNNMT: id('SNNMT') }
})

describe('codes', () => {
  test('increment from the highest code, through single obstacles and meetings alike', async () => {
    const park = await project('Khu công nghiệp Sông Khoai')
    const first = await createObstacle(input(park.id), actor)
    const second = await createObstacle(input(park.id, { title: 'Thiếu đấu nối điện' }), actor)
    expect([first.code, second.code]).toEqual(['OBS-0001', 'OBS-0002'])

    const meeting = await createMeeting(
      {
        date: day('2025-08-01'),
        place: 'Sở Công Thương',
        chair: 'Giám đốc Sở Công Thương',
        projectIds: [],
        obstacles: [raisedAtMeeting(park.id), raisedAtMeeting(park.id)],
      },
      actor,
    )
    expect(meeting.obstacles.map((obstacle) => obstacle.code)).toEqual(['OBS-0003', 'OBS-0004'])

    // A gap (an imported register starting at 99) is continued, not filled.
    await prisma.obstacle.update({ where: { id: second.id }, data: { code: 'OBS-0099' } })
    expect((await createObstacle(input(park.id), actor)).code).toBe('OBS-0100')

    const stored = await prisma.obstacle.findUniqueOrThrow({ where: { id: first.id } })
    expect(stored.searchText).toBe(buildObstacleSearchText(stored, 'OBS-0001'))
    expect(stored.searchText).toContain('cham ban giao dat sach')
    const audit = await prisma.auditLog.findMany({ where: { entityType: 'obstacle', entityId: first.id } })
    expect(audit.map((row) => row.action)).toEqual(['create'])
  })
})

describe('dialogue meetings', () => {
  test('record the projects present and link the obstacles raised there', async () => {
    const a = await project('Nhà máy sàng tuyển than Nam Mẫu')
    const b = await project('Nhà máy Hanbit')
    const c = await project('Khu công nghiệp Sông Khoai')
    const { id, obstacles } = await createMeeting(
      {
        date: day('2025-08-01'),
        place: 'Sở Công Thương',
        chair: 'Giám đốc Sở Công Thương',
        enterprises: 'Công ty Than Nam Mẫu – TKV',
        projectIds: [a.id, c.id],
        obstacles: [
          raisedAtMeeting(a.id, { departmentIds: [departments.SNNMT, departments.SCT] }),
          raisedAtMeeting(b.id, { category: 'infrastructure' }),
        ],
      },
      actor,
    )
    expect(obstacles).toHaveLength(2)
    const meeting = await prisma.dialogueMeeting.findUniqueOrThrow({
      where: { id },
      include: { projects: true, obstacles: { include: { departments: true }, orderBy: { code: 'asc' } } },
    })
    // b was not ticked, but an obstacle was raised on it: it was present.
    expect(meeting.projects.map((row) => row.projectId).sort()).toEqual([a.id, b.id, c.id].sort())
    expect(
      meeting.obstacles.map((obstacle) => [
        obstacle.raisedOn,
        obstacle.raisedByKind,
        obstacle.raisedByName,
        obstacle.departments.length,
      ]),
    ).toEqual([
      [day('2025-08-01'), 'meeting', 'Giám đốc Sở Công Thương', 2],
      [day('2025-08-01'), 'meeting', 'Giám đốc Sở Công Thương', 1],
    ])
  })

  test('are all or nothing: an obstacle the database refuses leaves no meeting and no obstacle', async () => {
    const a = await project('Khu công nghiệp Hải Hà')
    const auditBefore = await prisma.auditLog.count({ where: { entityType: { in: ['meeting', 'obstacle'] } } })
    await expect(
      createMeeting(
        {
          date: day('2025-08-01'),
          place: 'Sở Công Thương',
          chair: 'Giám đốc Sở Công Thương',
          projectIds: [a.id],
          obstacles: [
            raisedAtMeeting(a.id),
            // The form checks departments, but one may be gone by the time the meeting is saved.
            raisedAtMeeting(a.id, { departmentIds: [departments.SCT, 'no-such-department'] }),
          ],
        },
        actor,
      ),
    ).rejects.toThrow()
    expect(await prisma.dialogueMeeting.count()).toBe(0)
    expect(await prisma.dialogueMeetingProject.count()).toBe(0)
    expect(await prisma.obstacle.count()).toBe(0)
    expect(await prisma.obstacleDepartment.count()).toBe(0)
    expect(await prisma.auditLog.count({ where: { entityType: { in: ['meeting', 'obstacle'] } } })).toBe(auditBefore)
    // Nor is a code used up.
    expect((await createObstacle(input(a.id), actor)).code).toBe('OBS-0001')
  })
})

describe('status changes', () => {
  test('refuse a stale version and a transition the rules do not allow', async () => {
    const park = await project('Khu công nghiệp Bắc Tiền Phong')
    const { id } = await createObstacle(input(park.id), actor)
    await changeObstacleStatus(id, { intent: 'status', version: 1, toStatus: 'in_progress' }, actor, TODAY)

    // Someone else moved it on meanwhile: the form's version 1 is stale.
    await expect(
      changeObstacleStatus(id, { intent: 'status', version: 1, toStatus: 'escalated' }, actor, TODAY),
    ).rejects.toBeInstanceOf(StaleObstacleError)
    // In progress cannot go back to open.
    await expect(
      changeObstacleStatus(id, { intent: 'status', version: 2, toStatus: 'open' }, actor, TODAY),
    ).rejects.toBeInstanceOf(ObstacleTransitionError)
    const stored = await prisma.obstacle.findUniqueOrThrow({ where: { id } })
    expect([stored.status, stored.version]).toEqual(['in_progress', 2])
  })

  test('resolving records the day and the note; reopening clears them; closing keeps a reason', async () => {
    const park = await project('Khu công nghiệp Nam Tiền Phong')
    const { id } = await createObstacle(input(park.id), actor)
    const note = 'Các hộ đã nhận tiền bồi thường; đã bàn giao 41 ha.'
    await changeObstacleStatus(id, { intent: 'status', version: 1, toStatus: 'resolved', note }, actor, TODAY)
    let stored = await prisma.obstacle.findUniqueOrThrow({ where: { id } })
    expect([stored.status, stored.finishedOn, stored.resolutionNote, stored.closedReason]).toEqual([
      'resolved',
      TODAY,
      note,
      null,
    ])

    await changeObstacleStatus(
      id,
      { intent: 'status', version: 2, toStatus: 'in_progress', note: 'Còn 3 hộ chưa bàn giao.' },
      actor,
      day('2025-08-20'),
    )
    stored = await prisma.obstacle.findUniqueOrThrow({ where: { id } })
    expect([stored.status, stored.finishedOn, stored.resolutionNote, stored.version]).toEqual([
      'in_progress',
      null,
      null,
      3,
    ])

    const reason = 'Trùng với vướng mắc OBS-0002.'
    await changeObstacleStatus(
      id,
      { intent: 'status', version: 3, toStatus: 'closed', note: reason },
      actor,
      day('2025-08-21'),
    )
    stored = await prisma.obstacle.findUniqueOrThrow({ where: { id } })
    expect([stored.status, stored.finishedOn, stored.closedReason, stored.resolutionNote]).toEqual([
      'closed',
      day('2025-08-21'),
      reason,
      null,
    ])
    const audit = await prisma.auditLog.findMany({ where: { entityType: 'obstacle', entityId: id } })
    expect(audit.map((row) => row.action).sort()).toEqual(['create', 'status_change', 'status_change', 'status_change'])
  })
})

describe('the list', () => {
  async function fixtures() {
    const songKhoai = await project('Khu công nghiệp Sông Khoai')
    const laoCai = await project('Nhà máy may xuất khẩu Yên Bái', ref.otherUnitId)
    const dueYesterday = await createObstacle(
      input(songKhoai.id, { deadline: day('2025-08-14'), departmentIds: [departments.BQLKKT, departments.SNNMT] }),
      actor,
    )
    const dueToday = await createObstacle(
      input(songKhoai.id, { title: 'Đường vào KCN', category: 'infrastructure', deadline: TODAY }),
      actor,
    )
    const resolvedLate = await createObstacle(input(songKhoai.id, { deadline: day('2025-07-31') }), actor)
    await changeObstacleStatus(
      resolvedLate.id,
      { intent: 'status', version: 1, toStatus: 'resolved', note: 'Đã bàn giao.' },
      actor,
      TODAY,
    )
    const workers = await createObstacle(
      input(laoCai.id, {
        title: 'Thiếu công nhân may',
        description: '',
        category: 'human_resources',
        departmentIds: [departments.SCT],
        deadline: day('2025-08-01'),
        raisedByName: 'Công ty TNHH May xuất khẩu Hồng Hà',
      }),
      actor,
    )
    return { songKhoai, laoCai, dueYesterday, dueToday, resolvedLate, workers }
  }

  const list = (query: string) => listObstacles(parseObstacleListQuery(new URLSearchParams(query)), TODAY)

  test('overdue means unresolved and past the deadline: due yesterday is, due today is not', async () => {
    const { dueYesterday, workers } = await fixtures()
    const overdue = await list('overdue=1')
    expect(overdue.rows.map((row) => row.code).sort()).toEqual([dueYesterday.code, workers.code].sort())
    expect(overdue.total).toBe(2)
    expect(overdue.overdue).toBe(2)
    const all = await list('')
    expect(all.total).toBe(4)
    expect(all.overdue).toBe(2)
    expect((await list('status=unresolved')).total).toBe(3)
  })

  test('filter by department, by commune and by words without diacritics, and count the filtered set', async () => {
    const { dueYesterday, dueToday, resolvedLate, workers } = await fixtures()
    const bqlkkt = await list(`department=${departments.BQLKKT}`)
    expect(bqlkkt.rows.map((row) => row.code)).toEqual([resolvedLate.code, dueYesterday.code, dueToday.code])
    expect(bqlkkt.byCategory).toEqual({ land: 2, infrastructure: 1 })
    // Counted once per responsible department of the filtered obstacles.
    expect(bqlkkt.byDepartment).toEqual({ [departments.BQLKKT]: 3, [departments.SNNMT]: 1 })

    const elsewhere = await list(`unit=${ref.otherUnitId}`)
    expect(elsewhere.rows.map((row) => row.code)).toEqual([workers.code])

    // By the project's name, and by the obstacle's own words.
    const songKhoai = await list('q=song khoai')
    expect(songKhoai.total).toBe(3)
    expect((await list('q=SÔNG KHOAI')).total).toBe(3)
    expect((await list('q=cong nhan may')).rows.map((row) => row.code)).toEqual([workers.code])
    expect((await list('q=hong ha')).rows.map((row) => row.code)).toEqual([workers.code])
    expect((await list(`q=${workers.code.toLowerCase()}`)).total).toBe(1)

    const combined = await list(`q=song khoai&overdue=1&department=${departments.SNNMT}`)
    expect(combined.rows.map((row) => row.code)).toEqual([dueYesterday.code])
    expect(combined.byCategory).toEqual({ land: 1 })
  })

  test('hides the obstacles of deleted projects', async () => {
    const { songKhoai } = await fixtures()
    await prisma.project.update({ where: { id: songKhoai.id }, data: { deletedAt: new Date() } })
    expect((await list('')).total).toBe(1)
  })
})

test('countUnresolvedObstacles counts open, in progress and escalated ones per project', async () => {
  const a = await project('Khu công nghiệp Hải Hà')
  const b = await project('Khu công nghiệp Nam Tiền Phong')
  const c = await project('Khu công nghiệp Bắc Tiền Phong')
  await createObstacle(input(a.id), actor)
  const escalated = await createObstacle(input(a.id), actor)
  await changeObstacleStatus(escalated.id, { intent: 'status', version: 1, toStatus: 'escalated' }, actor, TODAY)
  const resolved = await createObstacle(input(a.id), actor)
  await changeObstacleStatus(
    resolved.id,
    { intent: 'status', version: 1, toStatus: 'resolved', note: 'Xong.' },
    actor,
    TODAY,
  )
  const closed = await createObstacle(input(b.id), actor)
  await changeObstacleStatus(
    closed.id,
    { intent: 'status', version: 1, toStatus: 'closed', note: 'Không thuộc thẩm quyền.' },
    actor,
    TODAY,
  )
  expect(await countUnresolvedObstacles([a.id, b.id, c.id])).toEqual({ [a.id]: 2 })
  expect(await countUnresolvedObstacles([])).toEqual({})
})
