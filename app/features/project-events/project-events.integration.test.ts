import { beforeEach, describe, expect, test } from 'vitest'
import { computeMetric, listPipeline } from '~/features/goals/goal-metrics.server'
import { getGoalProgress } from '~/features/goals/goal.server'
import { action, loader } from '~/features/project-events/routes/project-events'
import { action as editProjectAction } from '~/features/projects/routes/edit-project'
import { action as newProjectAction } from '~/features/projects/routes/new-project'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { createI18n } from '~/utils/i18n'
import { parsePeriodKey } from '~/utils/period'
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
  intent: string
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
}

type StaleAnswer = Answer & {
  stale?: { differences: { field: string; label: string; mine: string; current: string }[] }
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const province = { type: 'province', value: null } as const

function period(key: string) {
  const parsed = parsePeriodKey(key)
  if (!parsed) throw new Error(`bad period ${key}`)
  return parsed
}

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let editor: Awaited<ReturnType<typeof signIn>>
let counter = 0

beforeEach(async () => {
  ref = await getReferenceIds()
  editor = await signIn('editor', 'SCT', { asDefault: true })
  // One rate for all of 2025, so USD figures are round.
  await prisma.exchangeRate.deleteMany()
  await prisma.exchangeRate.create({ data: { date: day('2025-01-01'), vndPerUsd: 26_000 } })
})

/** A project of the signed-in editor's department (SCT). */
async function project(fields: {
  fdi?: boolean
  capital?: bigint | null
  disbursed?: bigint | null
  ircDate?: Date | null
  clearanceNeededHa?: number | null
  departmentCode?: string
}) {
  counter += 1
  const department = await prisma.department.findUniqueOrThrow({ where: { code: fields.departmentCode ?? 'SCT' } })
  return prisma.project.create({
    data: {
      code: `EV-${counter}`,
      name: `Nhà máy ${counter}`,
      nameSort: `nha may ${counter}`,
      searchText: `ev-${counter}`,
      kind: 'factory',
      sector: 'manufacturing',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: department.id,
      investmentType: fields.fdi ? 'fdi' : 'domestic',
      registeredCapitalVnd: fields.capital === undefined ? 2_600_000_000_000n : fields.capital,
      disbursedCapitalVnd: fields.disbursed ?? null,
      ircDate: fields.ircDate === undefined ? day('2025-05-15') : fields.ircDate,
      clearanceNeededHa: fields.clearanceNeededHa ?? null,
    },
  })
}

function post(projectId: string, form: Record<string, string>, cookie?: string, locale: 'vi' | 'en' = 'vi') {
  return settle(() =>
    action(
      routeArgs(makeRequest(`/projects/${projectId}/events`, { method: 'POST', form, cookie, locale }), { projectId }),
    ),
  )
}

async function page(projectId: string, cookie?: string) {
  return loader(routeArgs(makeRequest(`/projects/${projectId}/events`, { cookie }), { projectId }))
}

/** A successful write: post/redirect/get back to the page. */
function expectSaved(response: unknown, projectId: string) {
  expect(response).toBeInstanceOf(Response)
  expect((response as Response).status).toBe(302)
  expect((response as Response).headers.get('Location')).toBe(`/projects/${projectId}/events`)
}

/** A refused form: 400, which form it was, the field's message (a key both languages translate). */
function expectRefused(response: unknown, intent: string, field: string, message: string) {
  const answer = unwrapData<Answer>(response)
  expect(answer.status, `${field}: ${message}`).toBe(400)
  expect(answer.data.intent).toBe(intent)
  expect(answer.data.result.error?.[field], JSON.stringify(answer.data.result.error)).toEqual([message])
  for (const locale of ['vi', 'en'] as const) {
    expect(createI18n(locale).exists(message.split(':')[0] ?? message), `${locale}: ${message}`).toBe(true)
  }
  return answer
}

async function auditRows(entityType: string, entityId?: string) {
  return prisma.auditLog.findMany({
    where: { entityType, ...(entityId ? { entityId } : {}) },
    orderBy: { at: 'asc' },
  })
}

const changesOf = (row: { changes: string | null }) =>
  JSON.parse(row.changes ?? '{}') as Record<string, [unknown, unknown]>

describe('an IRC capital adjustment', () => {
  const form = (overrides: Record<string, string> = {}) => ({
    intent: 'capital-change',
    date: '2025-08-20',
    amountVnd: '520.000.000.000',
    documentNumber: 'IRC 2345/ĐC1',
    ...overrides,
  })

  test('is recorded with its date, moves the registered capital, shows on the page and is audited', async () => {
    const { id } = await project({ fdi: true })
    expectSaved(await post(id, form({ note: 'Tăng vốn giai đoạn 2' })), id)

    const shown = await page(id)
    expect(shown.canEdit).toBe(true)
    expect(shown.project.capitalChanges.map((row) => [row.date, row.amountVnd, row.documentNumber, row.note])).toEqual([
      [day('2025-08-20'), 520_000_000_000n, 'IRC 2345/ĐC1', 'Tăng vốn giai đoạn 2'],
    ])
    expect(shown.project.registeredCapitalVnd).toBe(3_120_000_000_000n)
    expect(shown.project.sums).toMatchObject({ capitalChangesVnd: 520_000_000_000n, capitalChangeCount: 1 })

    const stored = await prisma.project.findUniqueOrThrow({ where: { id } })
    // The version moves too: an edit form opened before this is refused rather than writing the old capital back.
    expect(stored.version).toBe(2)

    const change = await prisma.capitalChange.findFirstOrThrow({ where: { projectId: id } })
    const [created] = await auditRows('capital_change', change.id)
    expect(created).toMatchObject({ action: 'create', userId: editor.user.id })
    expect(changesOf(created ?? { changes: null })).toMatchObject({
      amountVnd: [null, '520000000000'],
      date: [null, '2025-08-20T00:00:00.000Z'],
      documentNumber: [null, 'IRC 2345/ĐC1'],
    })
    const [onProject] = await auditRows('project', id)
    expect(onProject?.action).toBe('update')
    expect(changesOf(onProject ?? { changes: null })).toEqual({
      registeredCapitalVnd: ['2600000000000', '3120000000000'],
    })
    expect(JSON.parse(onProject?.detail ?? '{}')).toMatchObject({ event: 'capital_change', eventId: change.id })
  })

  test('may lower the capital, but never by zero, below zero, below what is disbursed, or before the IRC', async () => {
    const { id } = await project({ disbursed: 2_000_000_000_000n })
    expectSaved(await post(id, form({ amountVnd: '-100.000.000.000' })), id)
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).registeredCapitalVnd).toBe(2_500_000_000_000n)

    const countBefore = await prisma.auditLog.count({ where: { entityType: 'capital_change' } })
    expectRefused(await post(id, form({ amountVnd: '0' })), 'capital-change', 'amountVnd', 'goals.errors.amountNonZero')
    expectRefused(
      await post(id, form({ amountVnd: '-3.000.000.000.000' })),
      'capital-change',
      'amountVnd',
      'goals.errors.capitalBelowZero',
    )
    expectRefused(
      await post(id, form({ amountVnd: '-600.000.000.000' })),
      'capital-change',
      'amountVnd',
      'goals.errors.capitalBelowDisbursed',
    )
    expectRefused(await post(id, form({ date: '2025-05-14' })), 'capital-change', 'date', 'goals.errors.beforeIrc')
    expectRefused(await post(id, form({ amountVnd: '1.000,5' })), 'capital-change', 'amountVnd', 'errors.wholeDong')
    expectRefused(await post(id, form({ amountVnd: 'năm tỷ' })), 'capital-change', 'amountVnd', 'errors.numberFormat')
    expectRefused(await post(id, form({ amountVnd: '' })), 'capital-change', 'amountVnd', 'errors.required')
    expectRefused(await post(id, form({ date: '' })), 'capital-change', 'date', 'errors.required')
    expectRefused(await post(id, form({ date: '2099-01-01' })), 'capital-change', 'date', 'goals.errors.dateInFuture')
    const typed = expectRefused(
      await post(id, form({ amountVnd: '-600.000.000.000', note: 'Giảm vốn' })),
      'capital-change',
      'amountVnd',
      'goals.errors.capitalBelowDisbursed',
    )
    // The form keeps what was typed, so it can be corrected.
    expect(typed.data.result.initialValue).toMatchObject({ amountVnd: '-600.000.000.000', note: 'Giảm vốn' })

    expect(await prisma.capitalChange.count({ where: { projectId: id } })).toBe(1)
    const stored = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect([stored.registeredCapitalVnd, stored.version]).toEqual([2_500_000_000_000n, 2])
    expect(await prisma.auditLog.count({ where: { entityType: 'capital_change' } })).toBe(countBefore)
  })

  test('a dated adjustment in Q3/2025 raises FDI attracted in Q3 only, and the Q3 goal sees it', async () => {
    // Licensed in Q2 for 2 600 bn đồng (USD 100 million at 26 000).
    const { id } = await project({ fdi: true, ircDate: day('2025-05-15') })
    const goal = {
      periodKey: '2025-Q3',
      metric: 'fdi_attracted_usd',
      indicatorId: null,
      target: 20_000_000,
      direction: 'at_least',
      scopeType: 'province',
      scopeValue: null,
      monthlyPhasing: null,
    }
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q3'), province))?.exact).toBe(0n)

    expectSaved(await post(id, form({ date: '2025-08-20', amountVnd: '520.000.000.000' })), id)
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q3'), province))?.exact).toBe(20_000_000n)
    // The IRC's own quarter still counts the capital it was licensed with, not the later adjustment.
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q2'), province))?.exact).toBe(100_000_000n)
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q4'), province))?.exact).toBe(0n)
    const progress = await getGoalProgress(goal, provinceToday())
    expect(progress?.actualExact).toBe(20_000_000n)
    expect(progress?.status).toBe('met')

    // A reduction in the same quarter takes part of it back.
    expectSaved(await post(id, form({ date: '2025-09-10', amountVnd: '-260.000.000.000' })), id)
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q3'), province))?.exact).toBe(10_000_000n)
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q2'), province))?.exact).toBe(100_000_000n)
    expect((await getGoalProgress(goal, provinceToday()))?.status).not.toBe('met')
    // Registered capital of all projects moves the same way.
    expect((await computeMetric('registered_capital_vnd', period('2025-Q3'), province))?.exact).toBe(260_000_000_000n)
  })

  test('a domestic project’s adjustment is not FDI', async () => {
    const { id } = await project({ fdi: false })
    expectSaved(await post(id, form()), id)
    expect((await computeMetric('fdi_attracted_usd', period('2025-Q3'), province))?.exact).toBe(0n)
    expect((await computeMetric('registered_capital_vnd', period('2025-Q3'), province))?.exact).toBe(520_000_000_000n)
  })

  test('the same form sent twice changes the capital once', async () => {
    const { id } = await project({})
    const submissionKey = (await page(id)).submissionKeys.capital
    expectSaved(await post(id, form({ submissionKey })), id)
    expectSaved(await post(id, form({ submissionKey })), id)
    expect(await prisma.capitalChange.count({ where: { projectId: id } })).toBe(1)
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).registeredCapitalVnd).toBe(3_120_000_000_000n)
  })
})

describe('a disbursement', () => {
  const form = (overrides: Record<string, string> = {}) => ({
    intent: 'disbursement',
    date: '2025-08-05',
    amountVnd: '150.000.000.000',
    ...overrides,
  })

  test('is recorded, adds to the disbursed total, shows on the page and is audited', async () => {
    const { id } = await project({ disbursed: 350_000_000_000n })
    expectSaved(await post(id, form({ note: 'Giải ngân đợt 3' })), id)

    const shown = await page(id)
    expect(shown.project.disbursements.map((row) => [row.date, row.amountVnd, row.note])).toEqual([
      [day('2025-08-05'), 150_000_000_000n, 'Giải ngân đợt 3'],
    ])
    expect(shown.project.disbursedCapitalVnd).toBe(500_000_000_000n)
    expect(shown.project.sums).toMatchObject({ disbursementsVnd: 150_000_000_000n, disbursementCount: 1 })

    const disbursement = await prisma.disbursement.findFirstOrThrow({ where: { projectId: id } })
    const [created] = await auditRows('disbursement', disbursement.id)
    expect(created).toMatchObject({ action: 'create', userId: editor.user.id })
    expect(changesOf(created ?? { changes: null }).amountVnd).toEqual([null, '150000000000'])
    const [onProject] = await auditRows('project', id)
    expect(changesOf(onProject ?? { changes: null })).toEqual({
      disbursedCapitalVnd: ['350000000000', '500000000000'],
    })
  })

  test('counts toward capital disbursed in its own period and not in another', async () => {
    const { id } = await project({})
    expectSaved(await post(id, form({ date: '2025-08-05', amountVnd: '150.000.000.000' })), id)
    expectSaved(await post(id, form({ date: '2025-10-01', amountVnd: '40.000.000.000' })), id)
    const disbursed = async (key: string) =>
      (await computeMetric('capital_disbursed_vnd', period(key), province))?.exact
    expect(await disbursed('2025-Q3')).toBe(150_000_000_000n)
    expect(await disbursed('2025-Q4')).toBe(40_000_000_000n)
    expect(await disbursed('2025-Q2')).toBe(0n)
    expect(await disbursed('2025-H2')).toBe(190_000_000_000n)
    // The first seven months end on 31 July: the August disbursement is not in them.
    expect(await disbursed('2025-M7')).toBe(0n)
    expect(await disbursed('2025')).toBe(190_000_000_000n)
  })

  test('refuses a non-positive amount, more than the registered capital, and a bad date; writes nothing', async () => {
    const { id } = await project({ capital: 1_000_000_000_000n, disbursed: 900_000_000_000n })
    const countBefore = await prisma.auditLog.count({ where: { entityType: 'disbursement' } })
    expectRefused(await post(id, form({ amountVnd: '0' })), 'disbursement', 'amountVnd', 'goals.errors.amountPositive')
    expectRefused(
      await post(id, form({ amountVnd: '-5.000.000' })),
      'disbursement',
      'amountVnd',
      'goals.errors.amountPositive',
    )
    expectRefused(
      await post(id, form({ amountVnd: '100.000.000.001' })),
      'disbursement',
      'amountVnd',
      'goals.errors.disbursedExceedsRegistered',
    )
    expectRefused(await post(id, form({ amountVnd: '12.5' })), 'disbursement', 'amountVnd', 'errors.numberFormat')
    expectRefused(await post(id, form({ date: '31/08/2025' })), 'disbursement', 'date', 'errors.date')
    expectRefused(await post(id, form({ date: '1989-12-31' })), 'disbursement', 'date', 'errors.dateRange')
    expectRefused(await post(id, form({ date: '2099-01-01' })), 'disbursement', 'date', 'goals.errors.dateInFuture')

    // Exactly up to the registered capital is fine.
    expectSaved(await post(id, form({ amountVnd: '100.000.000.000' })), id)
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(1)
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).disbursedCapitalVnd).toBe(1_000_000_000_000n)
    expect(await prisma.auditLog.count({ where: { entityType: 'disbursement' } })).toBe(countBefore + 1)
  })

  test('reads the amount in English when the reader reads English', async () => {
    const { id } = await project({})
    expectSaved(await post(id, form({ amountVnd: '150,000,000,000' }), undefined, 'en'), id)
    expect((await prisma.disbursement.findFirstOrThrow({ where: { projectId: id } })).amountVnd).toBe(150_000_000_000n)
  })
})

describe('a site-clearance handover', () => {
  const form = (overrides: Record<string, string> = {}) => ({
    intent: 'clearance',
    date: '2025-08-08',
    hectares: '12,5',
    ...overrides,
  })

  test('is recorded, adds to the hectares handed over, shows on the page and is audited', async () => {
    const { id } = await project({ clearanceNeededHa: 40 })
    expectSaved(await post(id, form()), id)
    expectSaved(await post(id, form({ date: '2025-09-01', hectares: '0,1234' })), id)

    const shown = await page(id)
    expect(shown.project.clearanceHandovers.map((row) => [row.date, row.hectares])).toEqual([
      [day('2025-09-01'), 0.1234],
      [day('2025-08-08'), 12.5],
    ])
    expect(shown.project.clearanceDoneHa).toBe(12.6234)
    expect(shown.project.sums).toMatchObject({ handoverCount: 2 })
    expect((await computeMetric('clearance_handed_over_ha', period('2025-Q3'), province))?.value).toBeCloseTo(
      12.6234,
      6,
    )

    const handovers = await prisma.clearanceHandover.findMany({ where: { projectId: id }, orderBy: { date: 'asc' } })
    const [created] = await auditRows('clearance_handover', handovers[0]?.id)
    expect(changesOf(created ?? { changes: null }).hectares).toEqual([null, 12.5])
    const onProject = await auditRows('project', id)
    expect(onProject.map((row) => changesOf(row).clearanceDoneHa)).toEqual([
      [null, 12.5],
      [12.5, 12.6234],
    ])
  })

  test('refuses zero, non-numbers and more than needs clearing; writes nothing', async () => {
    const { id } = await project({ clearanceNeededHa: 10 })
    expectRefused(await post(id, form({ hectares: '0' })), 'clearance', 'hectares', 'goals.errors.hectaresPositive')
    expectRefused(await post(id, form({ hectares: '-2' })), 'clearance', 'hectares', 'goals.errors.hectaresPositive')
    expectRefused(await post(id, form({ hectares: 'mười' })), 'clearance', 'hectares', 'errors.numberFormat')
    expectRefused(await post(id, form({ hectares: '' })), 'clearance', 'hectares', 'errors.required')
    expectRefused(await post(id, form({ date: '' })), 'clearance', 'date', 'errors.required')
    expectRefused(
      await post(id, form({ hectares: '10,0001' })),
      'clearance',
      'hectares',
      'goals.errors.clearanceExceedsNeeded',
    )
    expect(await prisma.clearanceHandover.count({ where: { projectId: id } })).toBe(0)
    const stored = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect([stored.clearanceDoneHa, stored.version]).toEqual([null, 1])
    expect(await auditRows('project', id)).toEqual([])
  })
})

describe('an event form sent twice', () => {
  const kinds = [
    {
      name: 'capital adjustment',
      form: { intent: 'capital-change', date: '2025-08-20', amountVnd: '520.000.000.000' },
      key: 'capital',
      count: (projectId: string) => prisma.capitalChange.count({ where: { projectId } }),
    },
    {
      name: 'disbursement',
      form: { intent: 'disbursement', date: '2025-08-05', amountVnd: '10.000.000.000' },
      key: 'disbursement',
      count: (projectId: string) => prisma.disbursement.count({ where: { projectId } }),
    },
    {
      name: 'land handover',
      form: { intent: 'clearance', date: '2025-08-08', hectares: '12,5' },
      key: 'clearance',
      count: (projectId: string) => prisma.clearanceHandover.count({ where: { projectId } }),
    },
  ] as const

  for (const kind of kinds) {
    test(`a ${kind.name} sent twice at the same moment is recorded once; both answers lead back to the page`, async () => {
      const { id } = await project({ clearanceNeededHa: 40 })
      const form = { ...kind.form, submissionKey: (await page(id)).submissionKeys[kind.key] }
      expect(expectSavedOnce(await sendTwiceAtOnce((cookie) => post(id, form, cookie)))).toBe(`/projects/${id}/events`)
      expect(await kind.count(id)).toBe(1)
    })

    test(`a ${kind.name} form’s key sent at the same moment from two accounts is recorded once, the other refused`, async () => {
      const { id } = await project({ clearanceNeededHa: 40 })
      const form = { ...kind.form, submissionKey: (await page(id)).submissionKeys[kind.key] }
      const other = await signIn('editor', 'SCT')
      const answers = await sendTwiceAtOnce((cookie) => post(id, form, cookie), [undefined, other.cookie])
      expectSavedOnce(answers, { twoAccounts: true })
      expect(await kind.count(id)).toBe(1)
    })

    test(`after a ${kind.name} is saved the page has a new key for its form; the old one saves nothing more, the new one a second record`, async () => {
      const { id } = await project({ clearanceNeededHa: 40 })
      const opened = (await page(id)).submissionKeys
      expect(new Set(Object.values(opened)).size).toBe(3)
      expectSaved(await post(id, { ...kind.form, submissionKey: opened[kind.key] }), id)

      const reloaded = (await page(id)).submissionKeys
      expect(reloaded[kind.key]).not.toBe(opened[kind.key])
      // The saved values sent again with the old key (a second click): nothing more.
      expectSaved(await post(id, { ...kind.form, submissionKey: opened[kind.key] }), id)
      expect(await kind.count(id)).toBe(1)
      // The same figures from a newly opened form are a second, deliberate record.
      expectSaved(await post(id, { ...kind.form, submissionKey: reloaded[kind.key] }), id)
      expect(await kind.count(id)).toBe(2)
    })
  }

  test('two disbursements that only together exceed the capital, sent at once as one form: one saved, the other sent again', async () => {
    const { id } = await project({ capital: 15_000_000_000n })
    const form = { ...kinds[1].form, submissionKey: (await page(id)).submissionKeys.disbursement }
    expectSavedOnce(await sendTwiceAtOnce((cookie) => post(id, form, cookie)))
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(1)
  })

  test('a malformed key is refused as another account’s form, and nothing is written', async () => {
    const { id } = await project({})
    const answer = unwrapData<Answer>(await post(id, { ...kinds[1].form, submissionKey: 'not-a-key' }))
    expect(answer.status).toBe(400)
    expect(answer.data.intent).toBe('disbursement')
    expect(answer.data.result.error?.['']).toEqual(['conflict.formNotYours'])
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(0)
  })
})

describe('a milestone’s likelihood', () => {
  async function plannedProject() {
    // Licensed; construction start planned for Q2/2030 (still ahead, so it is forecast) and not
    // yet started; commissioning not planned.
    const created = await project({ fdi: true })
    await prisma.milestone.createMany({
      data: [
        { projectId: created.id, kind: 'irc', plannedDate: day('2025-05-01') },
        { projectId: created.id, kind: 'construction_start', plannedDate: day('2030-06-15') },
        { projectId: created.id, kind: 'commissioning' },
      ],
    })
    return created
  }

  const form = (overrides: Record<string, string> = {}) => ({
    intent: 'likelihood',
    milestoneKind: 'construction_start',
    likelihood: 'high',
    ...overrides,
  })

  /** The project's version as the page shows it: a likelihood is given on it. */
  async function versionOf(id: string) {
    return String((await page(id)).project.version)
  }

  test('is set on a planned milestone not yet reached, shown on the page, audited, and weights the forecast', async () => {
    const { id } = await plannedProject()
    const before = await page(id)
    // The IRC is reached (the project has its IRC date) and commissioning is not planned: only one to assess.
    expect(before.pending.map((row) => [row.kind, row.likelihood])).toEqual([['construction_start', null]])
    const q2 = period('2030-Q2')
    const today = provinceToday()
    expect((await listPipeline('construction_starts', q2, province, today)).weighted).toBe(0.5)

    expectSaved(await post(id, form({ likelihood: 'high', version: await versionOf(id) })), id)
    expect((await page(id)).pending).toEqual([
      { kind: 'construction_start', plannedDate: day('2030-06-15'), likelihood: 'high' },
    ])
    expect((await listPipeline('construction_starts', q2, province, today)).weighted).toBe(0.8)

    expectSaved(await post(id, form({ likelihood: 'low', version: await versionOf(id) })), id)
    expect((await listPipeline('construction_starts', q2, province, today)).weighted).toBe(0.25)
    // Left empty: no longer assessed (the forecast counts it as medium).
    expectSaved(await post(id, form({ likelihood: '', version: await versionOf(id) })), id)
    expect(
      (await prisma.milestone.findFirstOrThrow({ where: { projectId: id, kind: 'construction_start' } })).likelihood,
    ).toBeNull()

    const rows = await auditRows('project', id)
    expect(rows.map((row) => [row.action, changesOf(row)['milestone.construction_start.likelihood']])).toEqual([
      ['update', [null, 'high']],
      ['update', ['high', 'low']],
      ['update', ['low', null]],
    ])
    expect(rows.every((row) => row.userId === editor.user.id)).toBe(true)
  })

  test('setting the same likelihood again writes no audit row', async () => {
    const { id } = await plannedProject()
    expectSaved(await post(id, form({ version: await versionOf(id) })), id)
    expectSaved(await post(id, form()), id)
    expect(await auditRows('project', id)).toHaveLength(1)
  })

  test('refuses an unknown likelihood or milestone, and a milestone reached or not planned', async () => {
    const { id } = await plannedProject()
    expectRefused(await post(id, form({ likelihood: 'certain' })), 'likelihood', 'likelihood', 'errors.unknownOption')
    expectRefused(
      await post(id, form({ milestoneKind: 'groundbreaking' })),
      'likelihood',
      'milestoneKind',
      'errors.unknownOption',
    )
    expectRefused(
      await post(id, form({ milestoneKind: 'irc' })),
      'likelihood',
      'likelihood',
      'goals.errors.milestoneNotPending',
    )
    expectRefused(
      await post(id, form({ milestoneKind: 'commissioning' })),
      'likelihood',
      'likelihood',
      'goals.errors.milestoneNotPending',
    )
    expectRefused(
      await post(id, form({ milestoneKind: 'land_handover' })),
      'likelihood',
      'likelihood',
      'goals.errors.milestoneNotPending',
    )
    const milestones = await prisma.milestone.findMany({ where: { projectId: id } })
    expect(milestones.map((row) => row.likelihood)).toEqual([null, null, null])
    expect(await auditRows('project', id)).toEqual([])
  })

  test('given on a page opened before someone else’s save, it is refused (409) beside the saved one; nothing is written', async () => {
    const { id } = await plannedProject()
    const opened = await versionOf(id)
    // Someone else assesses it first, from the same page.
    expectSaved(await post(id, form({ likelihood: 'low', version: opened, plannedDate: '2030-06-15' })), id)

    const stale = unwrapData<StaleAnswer>(
      await post(id, form({ likelihood: 'high', version: opened, plannedDate: '2030-06-15' })),
    )
    expect(stale.status).toBe(409)
    expect(stale.data.intent).toBe('likelihood')
    // The planned date did not move: only the likelihood differs.
    expect(stale.data.stale?.differences).toEqual([
      { field: 'likelihood', label: 'Khả năng đạt mốc “Khởi công”', mine: 'Cao', current: 'Thấp' },
    ])
    // My choice comes back, on the version saved now.
    expect(stale.data.result.initialValue).toMatchObject({ likelihood: 'high', version: '2' })
    const milestone = await prisma.milestone.findFirstOrThrow({ where: { projectId: id, kind: 'construction_start' } })
    expect(milestone.likelihood).toBe('low')
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).version).toBe(2)
    expect(await auditRows('project', id)).toHaveLength(1)

    // Chosen again on the answered version: saved, the version moves on, audited.
    expectSaved(await post(id, form({ likelihood: 'high', version: '2' })), id)
    expect((await page(id)).pending.map((row) => row.likelihood)).toEqual(['high'])
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).version).toBe(3)
    expect(
      (await auditRows('project', id)).map((row) => changesOf(row)['milestone.construction_start.likelihood']),
    ).toEqual([
      [null, 'low'],
      ['low', 'high'],
    ])
  })

  test('when the planned date moved since the page was opened, the answer shows the date assessed beside today’s', async () => {
    const { id } = await plannedProject()
    const opened = await versionOf(id)
    // As the project's form does: a new planned date, and the project's version moves on.
    await prisma.$transaction([
      prisma.milestone.updateMany({
        where: { projectId: id, kind: 'construction_start' },
        data: { plannedDate: day('2030-12-31') },
      }),
      prisma.project.update({ where: { id }, data: { version: { increment: 1 } } }),
    ])

    const stale = unwrapData<StaleAnswer>(
      await post(id, form({ likelihood: 'high', version: opened, plannedDate: '2030-06-15' }), undefined, 'en'),
    )
    expect(stale.status).toBe(409)
    expect(stale.data.stale?.differences).toEqual([
      { field: 'plannedDate', label: 'Planned date', mine: '15/06/2030', current: '31/12/2030' },
      { field: 'likelihood', label: 'Likelihood of “Construction start”', mine: 'High', current: 'Not assessed' },
    ])
    expect(
      (await prisma.milestone.findFirstOrThrow({ where: { projectId: id, kind: 'construction_start' } })).likelihood,
    ).toBeNull()
    expect(await auditRows('project', id)).toEqual([])
  })

  test('a form without the project’s version is never saved blind', async () => {
    const { id } = await plannedProject()
    const blind = unwrapData<StaleAnswer>(await post(id, form({ likelihood: 'high' })))
    expect(blind.status).toBe(409)
    expect(blind.data.result.initialValue).toMatchObject({ likelihood: 'high', version: '1' })
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).version).toBe(1)
  })

  test('a project form opened before it was set is refused; a project save keeps it while the planned date stays', async () => {
    const projectForm = {
      code: 'LK-1',
      name: 'Nhà máy LK-1',
      kind: 'factory',
      sector: 'manufacturing',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'domestic',
      'investors[0].name': 'Công ty CP LK',
      'investors[0].country': 'VN',
      'investors[0].role': 'lead',
      'milestones.construction_start.plannedDate': '2030-06-15',
    }
    const created = await newProjectAction(
      routeArgs(makeRequest('/projects/new', { method: 'POST', form: projectForm })),
    )
    const id = (created as Response).headers.get('Location')?.split('/').pop() ?? ''
    const saveProject = (values: Record<string, string>) =>
      settle(() =>
        editProjectAction(
          routeArgs(makeRequest(`/projects/${id}/edit`, { method: 'POST', form: values }), { projectId: id }),
        ),
      )
    const likelihoodOf = async () =>
      (await prisma.milestone.findFirstOrThrow({ where: { projectId: id, kind: 'construction_start' } })).likelihood

    // The project's form is opened on version 1; then the likelihood is set (version 2).
    expectSaved(await post(id, form({ likelihood: 'high', version: await versionOf(id) })), id)
    // That form's save would rewrite the milestones: refused, and the likelihood stays.
    expect(unwrapData(await saveProject({ ...projectForm, nameEn: 'LK-1 plant', version: '1' })).status).toBe(409)
    expect(await likelihoodOf()).toBe('high')

    // Saved on the current version with the same planned date: the likelihood is kept.
    expect(await saveProject({ ...projectForm, nameEn: 'LK-1 plant', version: '2' })).toBeInstanceOf(Response)
    expect(await likelihoodOf()).toBe('high')
    // The planned date moves: the likelihood given for the old one goes.
    const moved = { ...projectForm, 'milestones.construction_start.plannedDate': '2030-12-31', version: '3' }
    expect(await saveProject(moved)).toBeInstanceOf(Response)
    expect(await likelihoodOf()).toBeNull()
  })
})

describe('who may record events', () => {
  const forms: Record<string, string>[] = [
    { intent: 'capital-change', date: '2025-08-20', amountVnd: '520.000.000.000' },
    { intent: 'disbursement', date: '2025-08-05', amountVnd: '150.000.000.000' },
    { intent: 'clearance', date: '2025-08-08', hectares: '12,5' },
    { intent: 'likelihood', milestoneKind: 'construction_start', likelihood: 'high' },
  ]

  const disbursementForm = { intent: 'disbursement', date: '2025-08-05', amountVnd: '150.000.000.000' }

  async function projectWithPlan() {
    const created = await project({})
    await prisma.milestone.create({
      data: { projectId: created.id, kind: 'construction_start', plannedDate: day('2030-06-15') },
    })
    return created
  }

  async function expectUntouched(id: string) {
    expect(await prisma.capitalChange.count({ where: { projectId: id } })).toBe(0)
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(0)
    expect(await prisma.clearanceHandover.count({ where: { projectId: id } })).toBe(0)
    const stored = await prisma.project.findUniqueOrThrow({ where: { id }, include: { milestones: true } })
    expect(stored.version).toBe(1)
    expect(stored.milestones[0]?.likelihood).toBeNull()
    expect(await auditRows('project', id)).toEqual([])
  }

  test('an editor of another department reads the page but every form is refused (403), and the refusal is audited', async () => {
    const { id } = await projectWithPlan()
    const other = await signIn('editor', 'BQLKKT')
    const shown = await page(id, other.cookie)
    expect(shown.canEdit).toBe(false)
    for (const form of forms) {
      const response = await post(id, form, other.cookie)
      expect(response, form.intent).toBeInstanceOf(Response)
      expect((response as Response).status, form.intent).toBe(403)
    }
    await expectUntouched(id)
    const denied = await prisma.auditLog.findMany({ where: { userId: other.user.id, action: 'access_denied' } })
    expect(denied).toHaveLength(forms.length)
    expect(denied.every((row) => row.entityId === id)).toBe(true)
    expect(JSON.parse(denied[0]?.detail ?? '{}')).toMatchObject({ permission: 'update:project', method: 'POST' })
  })

  test('a viewer reads the page but every form is refused (403)', async () => {
    const { id } = await projectWithPlan()
    const viewer = await signIn('viewer', 'SCT')
    expect((await page(id, viewer.cookie)).canEdit).toBe(false)
    for (const form of forms) {
      expect(((await post(id, form, viewer.cookie)) as Response).status, form.intent).toBe(403)
    }
    await expectUntouched(id)
  })

  test('an editor with province-wide scope may record events for any department', async () => {
    const { id } = await projectWithPlan()
    const provinceWide = await signIn('editor', 'BQLKKT', { provinceWide: true })
    expect((await page(id, provinceWide.cookie)).canEdit).toBe(true)
    for (const form of forms) {
      // Each form as the page sends it: on the project's version it shows (a likelihood is set on it).
      const version = String((await page(id, provinceWide.cookie)).project.version)
      expectSaved(await post(id, { ...form, version }, provinceWide.cookie), id)
    }
    const stored = await prisma.project.findUniqueOrThrow({ where: { id } })
    expect(stored).toMatchObject({
      registeredCapitalVnd: 3_120_000_000_000n,
      disbursedCapitalVnd: 150_000_000_000n,
      clearanceDoneHa: 12.5,
    })
  })

  test('an admin may record events for any department', async () => {
    const { id } = await project({ departmentCode: 'BQLKKT' })
    const admin = await signIn('admin')
    expectSaved(await post(id, disbursementForm, admin.cookie), id)
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(1)
  })

  test('a deleted or unknown project is a 404; an unknown form is a 400', async () => {
    const { id } = await projectWithPlan()
    const unknownForm = unwrapData<Answer>(await post(id, { intent: 'delete-everything' }))
    expect(unknownForm.status).toBe(400)
    expect(unknownForm.data.result.error?.['']).toEqual(['goals.errors.unknownForm'])

    await prisma.project.update({ where: { id }, data: { deletedAt: new Date() } })
    expect((await page(id)).canEdit).toBe(false)
    expect(((await post(id, disbursementForm)) as Response).status).toBe(404)
    expect(((await post('no-such-project', disbursementForm)) as Response).status).toBe(404)
    const missing = await settle(() => page('no-such-project'))
    expect((missing as Response).status).toBe(404)
    expect(await prisma.disbursement.count()).toBe(0)
  })
})
