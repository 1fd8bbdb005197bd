/**
 * Hostile or mistyped values in every form that takes a date (issue 13): a clear 400 with
 * the field's message and nothing written, never a 500 and never a day the person did not
 * type. And text fields keep what was visible of what was typed, nothing else.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { action as exchangeRateAction } from '~/features/exchange-rates/routes/exchange-rates'
import { action as newMeetingAction } from '~/features/meetings/routes/new-meeting'
import { createObstacle } from '~/features/obstacles/obstacle.server'
import { action as newObstacleAction } from '~/features/obstacles/routes/new-obstacle'
import { action as obstacleAction } from '~/features/obstacles/routes/obstacle-detail'
import { action as eventsAction } from '~/features/project-events/routes/project-events'
import { action as statusAction } from '~/features/projects/routes/change-status'
import { action as editProjectAction } from '~/features/projects/routes/edit-project'
import { action as newProjectAction } from '~/features/projects/routes/new-project'
import { action as newStatisticAction } from '~/features/statistics/routes/new-statistic'
import { prisma } from '~/utils/db.server'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from './integration-utils'

type Answer = { result: { error?: Record<string, string[] | null> } }

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let projectId = ''
let obstacleId = ''
let indicatorId = ''

beforeEach(async () => {
  ref = await getReferenceIds()
  await signIn('admin', null, { asDefault: true })
  const project = await prisma.project.create({
    data: {
      code: 'HI-01',
      name: 'Nhà máy thử',
      nameSort: 'nha may thu',
      searchText: 'hi-01 nha may thu',
      kind: 'factory',
      sector: 'manufacturing',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'domestic',
      registeredCapitalVnd: 2_600_000_000_000n,
      clearanceNeededHa: 100,
    },
  })
  projectId = project.id
  const obstacle = await createObstacle(
    {
      projectId,
      category: 'land',
      title: 'Chưa bàn giao mặt bằng',
      description: '',
      raisedOn: day('2025-07-01'),
      raisedByKind: 'enterprise',
      raisedByName: 'Doanh nghiệp',
      departmentIds: [ref.departmentId],
      deadline: day('2025-09-30'),
      priority: 'medium',
    },
    { userId: null, userName: 'Seed', ip: '127.0.0.1' },
  )
  obstacleId = obstacle.id
  indicatorId = (
    await prisma.indicator.create({
      data: { code: 'iip', nameVi: 'Chỉ số IIP', nameEn: 'IIP', unit: 'percent' },
    })
  ).id
})

type Form = {
  name: string
  /** The action to post to, with its path and params. */
  post: (form: Record<string, string>) => Promise<unknown>
  /** A form that saves; each case below spoils one of its dates. */
  valid: () => Record<string, string>
  dateFields: string[]
  /** Rows of what the form writes. */
  count: () => Promise<number>
}

function poster(
  action: (args: ReturnType<typeof routeArgs>) => Promise<unknown>,
  path: () => string,
  params: () => Record<string, string> = () => ({}),
) {
  return (form: Record<string, string>) =>
    settle(() => action(routeArgs(makeRequest(path(), { method: 'POST', form }), params())))
}

const projectFields = () => ({
  code: 'HI-NEW',
  name: 'Dự án thử',
  kind: 'factory',
  sector: 'manufacturing',
  unitId: ref.unitId,
  departmentId: ref.departmentId,
  investmentType: 'domestic',
  policyDecisionDate: '2024-03-01',
  ircDate: '2024-06-01',
  'milestones.construction_start.plannedDate': '2025-09-30',
  'milestones.commissioning.actualDate': '2026-01-15',
})

const FORMS: Form[] = [
  {
    name: 'new project',
    post: poster(newProjectAction, () => '/projects/new'),
    valid: projectFields,
    dateFields: [
      'policyDecisionDate',
      'milestones.construction_start.plannedDate',
      'milestones.commissioning.actualDate',
    ],
    count: () => prisma.project.count(),
  },
  {
    name: 'project editor',
    post: poster(
      editProjectAction,
      () => `/projects/${projectId}/edit`,
      () => ({ projectId }),
    ),
    valid: () => ({ ...projectFields(), code: 'HI-01', version: '1' }),
    dateFields: ['ircDate', 'milestones.land_handover.plannedDate'],
    count: async () => (await prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version,
  },
  ...(['capital-change', 'disbursement', 'clearance'] as const).map((intent): Form => ({
    name: `project event: ${intent}`,
    post: poster(
      eventsAction,
      () => `/projects/${projectId}/events`,
      () => ({ projectId }),
    ),
    valid: () => ({
      intent,
      date: '2025-08-01',
      ...(intent === 'clearance' ? { hectares: '12,5' } : { amountVnd: '1.000.000.000' }),
    }),
    dateFields: ['date'],
    count: async () =>
      (await prisma.capitalChange.count()) +
      (await prisma.disbursement.count()) +
      (await prisma.clearanceHandover.count()),
  })),
  {
    name: 'status change',
    post: poster(
      statusAction,
      () => `/projects/${projectId}/status`,
      () => ({ projectId }),
    ),
    valid: () => ({ toStatus: 'site_clearance', effectiveDate: '2025-08-01' }),
    dateFields: ['effectiveDate'],
    count: () => prisma.statusChange.count(),
  },
  {
    name: 'new obstacle',
    post: poster(newObstacleAction, () => '/obstacles/new'),
    valid: () => ({
      projectId,
      category: 'land',
      title: 'Vướng mặt bằng',
      raisedOn: '2025-08-01',
      raisedByKind: 'enterprise',
      raisedByName: 'Doanh nghiệp',
      departmentIds: ref.departmentId,
      deadline: '2025-08-30',
      priority: 'high',
    }),
    dateFields: ['raisedOn', 'deadline'],
    count: () => prisma.obstacle.count(),
  },
  {
    name: 'obstacle measure',
    post: poster(
      obstacleAction,
      () => `/obstacles/${obstacleId}`,
      () => ({ obstacleId }),
    ),
    valid: () => ({
      intent: 'measure',
      date: '2025-08-10',
      departmentId: ref.departmentId,
      description: 'Họp với UBND xã',
    }),
    dateFields: ['date'],
    count: () => prisma.obstacleMeasure.count(),
  },
  {
    name: 'dialogue meeting',
    post: poster(newMeetingAction, () => '/meetings/new'),
    valid: () => ({
      date: '2025-07-15',
      place: 'Hội trường Sở Công Thương',
      chair: 'Sở Công Thương',
      'projectIds[0]': projectId,
      'obstacles[0].projectId': projectId,
      'obstacles[0].category': 'land',
      'obstacles[0].title': 'Chậm bàn giao mặt bằng',
      'obstacles[0].departmentIds[0]': ref.departmentId,
      'obstacles[0].deadline': '2025-09-30',
      'obstacles[0].priority': 'high',
    }),
    dateFields: ['date', 'obstacles[0].deadline'],
    count: () => prisma.dialogueMeeting.count(),
  },
  {
    name: 'statistic (a goal’s reported figure)',
    post: poster(newStatisticAction, () => '/statistics/new'),
    valid: () => ({
      indicatorId,
      periodKind: 'quarter',
      periodYear: '2025',
      periodIndex: '3',
      value: '20,15',
      referenceDate: '2025-10-06',
      sourceTitle: 'Báo cáo quý III/2025',
    }),
    dateFields: ['referenceDate'],
    count: () => prisma.statisticEntry.count(),
  },
  {
    name: 'exchange rate',
    post: poster(exchangeRateAction, () => '/exchange-rates'),
    valid: () => ({ date: '2025-08-01', vndPerUsd: '26.250' }),
    dateFields: ['date'],
    count: () => prisma.exchangeRate.count(),
  },
]

const HOSTILE_DAYS = [
  // new Date() reads it as 2001-01-01
  ['1', 'errors.date'],
  // new Date() rolls it over to 2 March
  ['2025-02-30', 'errors.date'],
  ['2025-02-29', 'errors.date'],
  // the last day a JavaScript Date can hold, which Prisma cannot store (a 500 before)
  ['+275760-09-13', 'errors.date'],
  ['12/08/2025', 'errors.date'],
  ['1899-12-31', 'errors.dateRange'],
] as const

describe.each(FORMS)('$name', (form) => {
  test('saves the valid form (so each refusal below is its date’s)', async () => {
    const before = await form.count()
    const answer = await form.post(form.valid())
    const failed = answer instanceof Response ? null : JSON.stringify(unwrapData<Answer>(answer).data.result.error)
    expect(failed).toBeNull()
    expect((answer as Response).status).toBe(302)
    expect(await form.count()).toBe(before + 1)
  })

  test.each(form.dateFields.flatMap((field) => HOSTILE_DAYS.map(([text, message]) => ({ field, text, message }))))(
    '$field = "$text" is refused with $message and nothing is written',
    async ({ field, text, message }) => {
      const before = await form.count()
      const answer = await form.post({ ...form.valid(), [field]: text })
      expect(answer).not.toBeInstanceOf(Response)
      const { status, data } = unwrapData<Answer>(answer)
      expect(status).toBe(400)
      expect(data.result.error?.[field]).toEqual([message])
      expect(await form.count()).toBe(before)
    },
  )
})

describe('text fields keep what is visible of what was typed', () => {
  test('a project’s name and description: no NUL, control or bidi characters; Vietnamese precomposed; lines kept', async () => {
    const answer = await FORMS[0]!.post({
      ...projectFields(),
      name: '\u202EDự án mỏ Ha\u0300 Ra\u0301ng\u0000 mở rộng\u2066 🏭',
      nameEn: '\uFEFF\u0000',
      description: 'Giai đoạn 1\r\n\tGiai đoạn 2\u0007',
    })
    expect(answer).toBeInstanceOf(Response)
    const project = await prisma.project.findFirstOrThrow({ where: { code: 'HI-NEW' } })
    expect(project.name).toBe('Dự án mỏ Hà Ráng mở rộng 🏭')
    expect(project.nameSort).toBe('du an mo ha rang mo rong 🏭')
    expect(project.nameEn).toBeNull()
    expect(project.description).toBe('Giai đoạn 1\n\tGiai đoạn 2')
  })

  test('a name of invisible characters only is missing, and nothing is written', async () => {
    const before = await prisma.obstacle.count()
    const answer = await FORMS.find((form) => form.name === 'new obstacle')!.post({
      ...FORMS.find((form) => form.name === 'new obstacle')!.valid(),
      title: '\u0000\u202E\u2066 \uFEFF',
    })
    const { status, data } = unwrapData<Answer>(answer)
    expect(status).toBe(400)
    expect(data.result.error?.title).toEqual(['errors.required'])
    expect(await prisma.obstacle.count()).toBe(before)
  })
})
