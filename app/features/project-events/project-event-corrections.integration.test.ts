/**
 * Correcting and voiding a project's dated entries (docs/decisions/013), through the real
 * events page's loader and action: every figure made from them follows — the project's
 * totals, the goal metrics read from the tallies (province) and from the records (one
 * project), a goal's list of what it counts, the quarterly report — and the original row
 * stays, voided, with its reason, in the list and in the History tab.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { loader as historyLoader } from '~/features/audit/routes/project-history'
import { listContributions } from '~/features/goals/goal-contributions.server'
import { type MetricScope, computeMetric } from '~/features/goals/goal-metrics.server'
import { loader as reportLoader } from '~/features/progress/routes/quarterly-report'
import * as eventsRoute from '~/features/project-events/routes/project-events'
import { action, loader } from '~/features/project-events/routes/project-events'
import { prisma } from '~/utils/db.server'
import { createI18n } from '~/utils/i18n'
import { parsePeriodKey } from '~/utils/period'
import {
  getReferenceIds,
  makeRequest,
  routeArgs,
  sendTwiceAtOnce,
  settle,
  signIn,
  unwrapData,
} from '../../../tests/integration-utils'
import { appRequestHandler } from '../../../tests/remix-app'

type Answer = {
  intent: string
  result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> }
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const province: MetricScope = { type: 'province', value: null }
const Q3 = parsePeriodKey('2025-Q3')!
const Q2 = parsePeriodKey('2025-Q2')!

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

async function project(
  fields: { fdi?: boolean; capital?: bigint; clearanceNeededHa?: number; departmentCode?: string } = {},
) {
  counter += 1
  const department = await prisma.department.findUniqueOrThrow({ where: { code: fields.departmentCode ?? 'SCT' } })
  return prisma.project.create({
    data: {
      code: `FIX-${counter}`,
      name: `Nhà máy sửa ${counter}`,
      nameSort: `nha may sua ${counter}`,
      searchText: `fix-${counter}`,
      kind: 'factory',
      sector: 'manufacturing',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: department.id,
      investmentType: fields.fdi ? 'fdi' : 'domestic',
      registeredCapitalVnd: fields.capital ?? 2_600_000_000_000n,
      ircDate: day('2025-05-15'),
      clearanceNeededHa: fields.clearanceNeededHa ?? null,
    },
  })
}

function post(projectId: string, form: Record<string, string>, cookie?: string) {
  return settle(() =>
    action(routeArgs(makeRequest(`/projects/${projectId}/events`, { method: 'POST', form, cookie }), { projectId })),
  )
}

function page(projectId: string, query = '', cookie?: string) {
  return settle(() =>
    loader(routeArgs(makeRequest(`/projects/${projectId}/events${query}`, { cookie }), { projectId })),
  )
}

async function shown(projectId: string, query = '') {
  const result = await page(projectId, query)
  if (result instanceof Response) throw new Error(`Expected the page, got ${result.status}`)
  return result
}

function expectSaved(response: unknown, projectId: string) {
  expect(response).toBeInstanceOf(Response)
  expect((response as Response).status).toBe(302)
  expect((response as Response).headers.get('Location')).toBe(`/projects/${projectId}/events`)
}

/** A refused form: 400, which form, the message on the field ('' for the form's own), in both languages. */
function expectRefused(response: unknown, intent: string, field: string, message: string) {
  const answer = unwrapData<Answer>(response)
  expect(answer.status, JSON.stringify(answer.data.result.error)).toBe(400)
  expect(answer.data.intent).toBe(intent)
  expect(answer.data.result.error?.[field], JSON.stringify(answer.data.result.error)).toEqual([message])
  for (const locale of ['vi', 'en'] as const) {
    expect(createI18n(locale).exists(message.split(':')[0] ?? message), `${locale}: ${message}`).toBe(true)
  }
  return answer
}

function expectStatus(response: unknown, status: number) {
  expect(response).toBeInstanceOf(Response)
  expect((response as Response).status).toBe(status)
}

async function history(projectId: string, locale: 'vi' | 'en' = 'vi') {
  const data = await historyLoader(routeArgs(makeRequest(`/projects/${projectId}/history`, { locale }), { projectId }))
  return data.entries.map((entry) => entry.sentences)
}

/** The province's tally of a metric on one day (what the goals of the province read). */
async function tally(metric: string, iso: string) {
  const row = await prisma.metricTally.findUnique({
    where: { metric_scope_day_fdi: { metric, scope: '', day: iso, fdi: false } },
  })
  return { n: row?.n ?? 0, amount: row?.amount ?? 0n }
}

const scopeOf = (id: string): MetricScope => ({ type: 'project', value: id })

async function disbursed(projectId: string) {
  return {
    total: (await prisma.project.findUniqueOrThrow({ where: { id: projectId } })).disbursedCapitalVnd,
    province: (await computeMetric('capital_disbursed_vnd', Q3, province))?.exact,
    project: (await computeMetric('capital_disbursed_vnd', Q3, scopeOf(projectId)))?.exact,
  }
}

async function reportActual(metric: string) {
  const data = await reportLoader(routeArgs(makeRequest('/progress/report?period=2025-Q3')))
  return data.goals.find((goal) => goal.metric === metric)?.progress
}

describe('correcting a disbursement', () => {
  test('moves every figure to the corrected value; the original stays, voided, pointing to it; the History tab says so', async () => {
    const { id } = await project()
    await prisma.goal.create({
      data: {
        title: 'Giải ngân quý III/2025',
        periodKey: '2025-Q3',
        metric: 'capital_disbursed_vnd',
        target: 100_000_000_000,
        departmentId: ref.departmentId,
      },
    })
    // A zero too many: 250 bn instead of 25 bn.
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '250.000.000.000' }), id)
    const [typed] = (await shown(id)).project.disbursements
    expect(await disbursed(id)).toEqual({
      total: 250_000_000_000n,
      province: 250_000_000_000n,
      project: 250_000_000_000n,
    })
    expect(await tally('disbursed', '2025-08-05')).toEqual({ n: 1, amount: 250_000_000_000n })
    expect((await reportActual('capital_disbursed_vnd'))?.actualExact).toBe(250_000_000_000n)
    const versionBefore = (await prisma.project.findUniqueOrThrow({ where: { id } })).version

    expectSaved(
      await post(id, {
        intent: 'correct-disbursement',
        id: typed!.id,
        date: '2025-08-06',
        amountVnd: '25.000.000.000',
        note: 'Đợt 1',
        reason: 'Gõ thừa một số 0',
      }),
      id,
    )

    // The project's total, the province's tally and one project's records, the report.
    expect(await disbursed(id)).toEqual({ total: 25_000_000_000n, province: 25_000_000_000n, project: 25_000_000_000n })
    expect(await tally('disbursed', '2025-08-05')).toEqual({ n: 0, amount: 0n })
    expect(await tally('disbursed', '2025-08-06')).toEqual({ n: 1, amount: 25_000_000_000n })
    expect((await reportActual('capital_disbursed_vnd'))?.actualExact).toBe(25_000_000_000n)
    // The goal's page lists only the corrected entry.
    const listed = await listContributions('capital_disbursed_vnd', Q3, province)
    expect(listed.kind === 'records' && listed.rows.map((row) => [row.date, row.amountVnd])).toEqual([
      [day('2025-08-06'), 25_000_000_000n],
    ])
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).version).toBe(versionBefore + 1)

    // Both rows are listed; the sums count the one in force.
    const after = await shown(id)
    const [correction, original] = after.project.disbursements
    expect(correction).toMatchObject({ date: day('2025-08-06'), amountVnd: 25_000_000_000n, note: 'Đợt 1' })
    expect(correction?.voidedAt).toBeNull()
    expect(original).toMatchObject({
      id: typed!.id,
      amountVnd: 250_000_000_000n,
      voidReason: 'Gõ thừa một số 0',
      voidedByName: editor.user.name,
      supersededById: correction!.id,
    })
    expect(original?.voidedAt).toBeInstanceOf(Date)
    expect(after.project.sums).toMatchObject({ disbursementsVnd: 25_000_000_000n, disbursementCount: 2 })

    // Plain words on the History tab, newest first.
    const [latest] = await history(id)
    expect(latest).toEqual([
      'Test editor SCT đã sửa khoản giải ngân ngày 05/08/2025 (ngày từ 05/08/2025 thành 06/08/2025; số tiền từ 250 tỷ đồng thành 25 tỷ đồng; ghi chú từ (trống) thành “Đợt 1”; lý do: Gõ thừa một số 0)',
      'Test editor SCT đã đổi vốn đã giải ngân từ 250 tỷ đồng thành 25 tỷ đồng',
    ])
    const [english] = await history(id, 'en')
    expect(english?.[0]).toMatch(/^Test editor SCT corrected the disbursement dated 05\/08\/2025 \(/)
    expect(english?.[0]).toContain('reason: Gõ thừa một số 0')
    // The entry's own row too, with the project it belongs to.
    const onEntry = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'disbursement', action: 'correct' } })
    expect(onEntry.entityId).toBe(typed!.id)
    expect(JSON.parse(onEntry.detail ?? '{}')).toMatchObject({ projectId: id, correctionId: correction!.id })
  })

  test('is refused with the entry form’s own checks, keeps what was typed, and writes nothing', async () => {
    const { id } = await project({ capital: 300_000_000_000n })
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '100.000.000.000' }), id)
    const [row] = (await shown(id)).project.disbursements
    const form = (overrides: Record<string, string>) => ({
      intent: 'correct-disbursement',
      id: row!.id,
      date: '2025-08-05',
      amountVnd: '120.000.000.000',
      reason: 'Sai số tiền',
      ...overrides,
    })
    const auditBefore = await prisma.auditLog.count()
    expectRefused(await post(id, form({ reason: '' })), 'correct-disbursement', 'reason', 'errors.required')
    expectRefused(await post(id, form({ reason: '   ' })), 'correct-disbursement', 'reason', 'errors.required')
    expectRefused(
      await post(id, form({ amountVnd: '400.000.000.000' })),
      'correct-disbursement',
      'amountVnd',
      'goals.errors.disbursedExceedsRegistered',
    )
    expectRefused(
      await post(id, form({ date: '2099-01-01' })),
      'correct-disbursement',
      'date',
      'goals.errors.dateInFuture',
    )
    expectRefused(
      await post(id, form({ amountVnd: '100.000.000.000' })),
      'correct-disbursement',
      '',
      'corrections.errors.correctionUnchanged',
    )
    const typed = expectRefused(
      await post(id, form({ amountVnd: '0', note: 'Ghi chú mới' })),
      'correct-disbursement',
      'amountVnd',
      'goals.errors.amountPositive',
    )
    expect(typed.data.result.initialValue).toMatchObject({ amountVnd: '0', note: 'Ghi chú mới', reason: 'Sai số tiền' })

    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(1)
    expect((await prisma.disbursement.findFirstOrThrow({ where: { projectId: id } })).voidedAt).toBeNull()
    expect((await disbursed(id)).total).toBe(100_000_000_000n)
    expect(await prisma.auditLog.count()).toBe(auditBefore)
  })
})

describe('voiding a disbursement', () => {
  test('takes it out of every figure; it stays listed with its reason; voiding or correcting it again is refused plainly', async () => {
    const { id } = await project()
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-07-10', amountVnd: '100.000.000.000' }), id)
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '50.000.000.000' }), id)
    const mistaken = (await shown(id)).project.disbursements.find((row) => row.amountVnd === 50_000_000_000n)!
    expect(await disbursed(id)).toEqual({
      total: 150_000_000_000n,
      province: 150_000_000_000n,
      project: 150_000_000_000n,
    })

    expectSaved(await post(id, { intent: 'void-disbursement', id: mistaken.id, reason: 'Nhập trùng với đợt 1' }), id)
    expect(await disbursed(id)).toEqual({
      total: 100_000_000_000n,
      province: 100_000_000_000n,
      project: 100_000_000_000n,
    })
    expect(await tally('disbursed', '2025-08-05')).toEqual({ n: 0, amount: 0n })
    const after = await shown(id)
    expect(after.project.disbursements.find((row) => row.id === mistaken.id)).toMatchObject({
      voidReason: 'Nhập trùng với đợt 1',
      supersededById: null,
    })
    expect(after.project.sums).toMatchObject({ disbursementsVnd: 100_000_000_000n, disbursementCount: 2 })
    expect((await history(id))[0]).toEqual([
      'Test editor SCT đã hủy bỏ khoản giải ngân 50 tỷ đồng ngày 05/08/2025 (lý do: Nhập trùng với đợt 1)',
      'Test editor SCT đã đổi vốn đã giải ngân từ 150 tỷ đồng thành 100 tỷ đồng',
    ])

    // Already voided: a clear message on the form, nothing written, never a 500.
    const auditBefore = await prisma.auditLog.count()
    expectRefused(
      await post(id, { intent: 'void-disbursement', id: mistaken.id, reason: 'Lần nữa' }),
      'void-disbursement',
      '',
      'corrections.errors.alreadyVoided',
    )
    expectRefused(
      await post(id, {
        intent: 'correct-disbursement',
        id: mistaken.id,
        date: '2025-08-05',
        amountVnd: '5.000.000.000',
        reason: 'Sửa lại',
      }),
      'correct-disbursement',
      '',
      'corrections.errors.alreadyVoided',
    )
    expect(await prisma.auditLog.count()).toBe(auditBefore)
    expect(await prisma.disbursement.count({ where: { projectId: id } })).toBe(2)
    expect((await disbursed(id)).total).toBe(100_000_000_000n)
    // Its panel says so instead of offering a form.
    const reopened = await shown(id, `?correct=${mistaken.id}`)
    expect(reopened.revise).toMatchObject({ mode: 'correct', kind: 'disbursement', entry: { id: mistaken.id } })
    expect(reopened.revise?.entry.voidedAt).toBeInstanceOf(Date)
  })

  test('two people voiding the same entry at once: one is saved, the other told it is done already', async () => {
    const { id } = await project()
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '50.000.000.000' }), id)
    const [row] = (await shown(id)).project.disbursements
    const other = await signIn('editor', 'SCT')
    const answers = await sendTwiceAtOnce(
      (cookie) => post(id, { intent: 'void-disbursement', id: row!.id, reason: 'Trùng' }, cookie),
      [editor.cookie, other.cookie],
    )
    expect(answers.filter((answer) => answer instanceof Response)).toHaveLength(1)
    expectRefused(
      answers.find((answer) => !(answer instanceof Response)),
      'void-disbursement',
      '',
      'corrections.errors.alreadyVoided',
    )
    expect((await disbursed(id)).total).toBe(0n)
    expect(await prisma.auditLog.count({ where: { entityType: 'disbursement', action: 'void' } })).toBeGreaterThan(0)
  })
})

describe('a capital adjustment corrected and voided', () => {
  test('the registered capital and the capital goals follow; the IRC’s own quarter keeps its first capital', async () => {
    const { id } = await project({ fdi: true })
    // Licensed in Q2 for 2 600 bn đồng = USD 100 million; +520 bn (USD 20 million) typed for +52 bn.
    expectSaved(await post(id, { intent: 'capital-change', date: '2025-08-20', amountVnd: '520.000.000.000' }), id)
    const [typed] = (await shown(id)).project.capitalChanges
    const figures = async () => ({
      capital: (await prisma.project.findUniqueOrThrow({ where: { id } })).registeredCapitalVnd,
      q2Usd: (await computeMetric('fdi_attracted_usd', Q2, province))?.exact,
      q3Usd: (await computeMetric('fdi_attracted_usd', Q3, province))?.exact,
      q3Vnd: (await computeMetric('registered_capital_vnd', Q3, province))?.exact,
      q3VndProject: (await computeMetric('registered_capital_vnd', Q3, scopeOf(id)))?.exact,
      q2VndProject: (await computeMetric('registered_capital_vnd', Q2, scopeOf(id)))?.exact,
    })
    expect(await figures()).toEqual({
      capital: 3_120_000_000_000n,
      q2Usd: 100_000_000n,
      q3Usd: 20_000_000n,
      q3Vnd: 520_000_000_000n,
      q3VndProject: 520_000_000_000n,
      q2VndProject: 2_600_000_000_000n,
    })

    expectSaved(
      await post(id, {
        intent: 'correct-capital-change',
        id: typed!.id,
        date: '2025-08-20',
        amountVnd: '52.000.000.000',
        documentNumber: 'IRC 2345/ĐC1',
        reason: 'Gõ thừa một số 0',
      }),
      id,
    )
    expect(await figures()).toEqual({
      capital: 2_652_000_000_000n,
      q2Usd: 100_000_000n,
      q3Usd: 2_000_000n,
      q3Vnd: 52_000_000_000n,
      q3VndProject: 52_000_000_000n,
      q2VndProject: 2_600_000_000_000n,
    })

    const [correction] = (await shown(id)).project.capitalChanges
    expectSaved(await post(id, { intent: 'void-capital-change', id: correction!.id, reason: 'Văn bản bị thu hồi' }), id)
    expect(await figures()).toEqual({
      capital: 2_600_000_000_000n,
      q2Usd: 100_000_000n,
      q3Usd: 0n,
      q3Vnd: 0n,
      q3VndProject: 0n,
      q2VndProject: 2_600_000_000_000n,
    })
    expect((await history(id))[0]?.[0]).toBe(
      'Test editor SCT đã hủy bỏ lần điều chỉnh vốn 52 tỷ đồng ngày 20/08/2025 (lý do: Văn bản bị thu hồi)',
    )
  })

  test('a void that would leave less capital than is disbursed is refused', async () => {
    const { id } = await project({ capital: 100_000_000_000n })
    expectSaved(await post(id, { intent: 'capital-change', date: '2025-08-01', amountVnd: '100.000.000.000' }), id)
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '150.000.000.000' }), id)
    const [change] = (await shown(id)).project.capitalChanges
    expectRefused(
      await post(id, { intent: 'void-capital-change', id: change!.id, reason: 'Sai' }),
      'void-capital-change',
      '',
      'goals.errors.capitalBelowDisbursed',
    )
    expect((await prisma.project.findUniqueOrThrow({ where: { id } })).registeredCapitalVnd).toBe(200_000_000_000n)
    expect((await prisma.capitalChange.findUniqueOrThrow({ where: { id: change!.id } })).voidedAt).toBeNull()
  })
})

describe('a land handover corrected and voided', () => {
  test('the hectares handed over and the clearance goal follow', async () => {
    const { id } = await project({ clearanceNeededHa: 100 })
    expectSaved(await post(id, { intent: 'clearance', date: '2025-07-20', hectares: '42,5' }), id)
    const [typed] = (await shown(id)).project.clearanceHandovers
    const figures = async () => ({
      done: (await prisma.project.findUniqueOrThrow({ where: { id } })).clearanceDoneHa,
      province: (await computeMetric('clearance_handed_over_ha', Q3, province))?.value,
      project: (await computeMetric('clearance_handed_over_ha', Q3, scopeOf(id)))?.value,
    })
    expect(await figures()).toEqual({ done: 42.5, province: 42.5, project: 42.5 })

    expectRefused(
      await post(id, { intent: 'correct-clearance', id: typed!.id, date: '2025-07-20', hectares: '120', reason: 'x' }),
      'correct-clearance',
      'hectares',
      'goals.errors.clearanceExceedsNeeded',
    )
    expectSaved(
      await post(id, {
        intent: 'correct-clearance',
        id: typed!.id,
        date: '2025-07-20',
        hectares: '4,25',
        reason: 'Sai dấu phẩy',
      }),
      id,
    )
    expect(await figures()).toEqual({ done: 4.25, province: 4.25, project: 4.25 })

    const [correction] = (await shown(id)).project.clearanceHandovers
    expectSaved(await post(id, { intent: 'void-clearance', id: correction!.id, reason: 'Chưa bàn giao' }), id)
    expect(await figures()).toEqual({ done: 0, province: 0, project: 0 })
    expect(await tally('handover', '2025-07-20')).toEqual({ n: 0, amount: 0n })
  })
})

describe('who may correct and void', () => {
  test('only those who may enter the project’s events; a row of another project is not found', async () => {
    const { id } = await project()
    const elsewhere = await project()
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '50.000.000.000' }), id)
    expectSaved(
      await post(elsewhere.id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '70.000.000.000' }),
      elsewhere.id,
    )
    const [row] = (await shown(id)).project.disbursements
    const voidForm = { intent: 'void-disbursement', id: row!.id, reason: 'Sai' }

    const viewer = await signIn('viewer', null)
    const otherEditor = await signIn('editor', 'BQLKKT')
    expectStatus(await post(id, voidForm, viewer.cookie), 403)
    expectStatus(await post(id, voidForm, otherEditor.cookie), 403)
    expect(
      await prisma.auditLog.count({
        where: { action: 'access_denied', userId: otherEditor.user.id, entityId: id },
      }),
    ).toBe(1)
    // Their page offers no links and no panel.
    const seenByViewer = await page(id, `?void=${row!.id}`, viewer.cookie)
    expect(seenByViewer instanceof Response ? seenByViewer.status : seenByViewer.revise).toBeNull()

    // This project's page does not reach another project's row, by form or by link.
    expectStatus(await post(elsewhere.id, voidForm), 404)
    expectStatus(await post(id, { ...voidForm, id: 'no-such-row' }), 404)
    expectStatus(await page(elsewhere.id, `?correct=${row!.id}`), 404)
    expect((await prisma.disbursement.findUniqueOrThrow({ where: { id: row!.id } })).voidedAt).toBeNull()

    // A province-wide editor of another department may, as they may enter events.
    const provinceWide = await signIn('editor', 'BQLKKT', { provinceWide: true })
    expectSaved(await post(id, voidForm, provinceWide.cookie), id)
  })

  test('a row’s links open its panel with the form’s constraints', async () => {
    const { id } = await project()
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '50.000.000.000' }), id)
    const [row] = (await shown(id)).project.disbursements
    const correcting = await shown(id, `?correct=${row!.id}`)
    expect(correcting.revise).toMatchObject({
      mode: 'correct',
      kind: 'disbursement',
      entry: { id: row!.id, amountVnd: 50_000_000_000n, voidedAt: null },
    })
    expect(correcting.revise?.constraint).toMatchObject({ reason: { required: true } })
    expect((await shown(id, `?void=${row!.id}`)).revise).toMatchObject({ mode: 'void', kind: 'disbursement' })
    expect((await shown(id)).revise).toBeNull()
  })
})

describe('the page as a browser gets it', () => {
  const handle = appRequestHandler([
    { id: 'routes/projects.$projectId.events', path: 'projects/:projectId/events', module: eventsRoute },
  ])
  const html = async (path: string, cookie: string) => {
    const response = await handle(
      new Request(`http://localhost${path}`, { headers: { Cookie: `tiendo_lang=vi; ${cookie}` } }),
    )
    expect(response.status, path).toBe(200)
    return response.text()
  }

  test('voided rows struck through with their reason, links to each row’s panel, and the panels', async () => {
    const { id } = await project()
    expectSaved(await post(id, { intent: 'disbursement', date: '2025-08-05', amountVnd: '250.000.000.000' }), id)
    const [typed] = (await shown(id)).project.disbursements
    expectSaved(
      await post(id, {
        intent: 'correct-disbursement',
        id: typed!.id,
        date: '2025-08-05',
        amountVnd: '25.000.000.000',
        reason: 'Gõ thừa một số 0',
      }),
      id,
    )
    const [correction] = (await shown(id)).project.disbursements
    const page = await html(`/projects/${id}/events`, editor.cookie)
    expect(page).toContain('<del')
    expect(page).toContain('Lý do: Gõ thừa một số 0')
    expect(page).toContain(`href="#event-${correction!.id}"`)
    expect(page).toContain(`aria-label="Sửa khoản giải ngân ngày 05/08/2025"`)
    expect(page).toContain(`href="/projects/${id}/events?void=${correction!.id}#revise"`)

    const correcting = await html(`/projects/${id}/events?correct=${correction!.id}`, editor.cookie)
    expect(correcting).toContain('Sửa khoản giải ngân ngày 05/08/2025')
    expect(correcting).toContain('value="25.000.000.000"')
    expect(correcting).toContain('Lưu bản sửa')
    const voiding = await html(`/projects/${id}/events?void=${correction!.id}`, editor.cookie)
    expect(voiding).toContain('Hủy bỏ khoản giải ngân ngày 05/08/2025?')
    expect(voiding).toContain('Hủy bỏ bản ghi này')
    // The original, corrected already: its panel says so instead of a form.
    const stale = await html(`/projects/${id}/events?void=${typed!.id}`, editor.cookie)
    expect(stale).toContain('Bản ghi này đã được hủy bỏ hoặc sửa trước đó')
    expect(stale).not.toContain('Hủy bỏ bản ghi này')
  })
})
