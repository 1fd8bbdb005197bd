/**
 * Exchange rates (docs/decisions/013): one rate converts every USD figure of the app, so
 * only administrators enter, correct or void them, none may be dated after today in
 * Vietnam, and a correction or void moves every converted figure while the original rate
 * stays listed, struck through, with its reason.
 */
import { beforeEach, describe, expect, test } from 'vitest'
import { loader as auditLoader } from '~/features/audit/routes/audit-log'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import * as ratesRoute from '~/features/exchange-rates/routes/exchange-rates'
import { action, loader } from '~/features/exchange-rates/routes/exchange-rates'
import { computeMetric } from '~/features/goals/goal-metrics.server'
import { loader as reportLoader } from '~/features/progress/routes/quarterly-report'
import { prisma } from '~/utils/db.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { createI18n } from '~/utils/i18n'
import { parsePeriodKey } from '~/utils/period'
import { getReferenceIds, makeRequest, routeArgs, settle, signIn, unwrapData } from '../../../tests/integration-utils'
import { appRequestHandler } from '../../../tests/remix-app'

type Answer = { intent: string; result: { error?: Record<string, string[] | null> } }

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const Q3 = parsePeriodKey('2025-Q3')!
const province = { type: 'province', value: null } as const

let admin: Awaited<ReturnType<typeof signIn>>

beforeEach(async () => {
  admin = await signIn('admin', null, { asDefault: true })
  await prisma.exchangeRate.deleteMany()
  await prisma.exchangeRate.create({ data: { date: day('2025-01-01'), vndPerUsd: 26_000 } })
})

function post(form: Record<string, string>, cookie?: string) {
  return settle(() => action(routeArgs(makeRequest('/exchange-rates', { method: 'POST', form, cookie }))))
}

async function page(query = '', cookie?: string) {
  const result = await settle(() => loader(routeArgs(makeRequest(`/exchange-rates${query}`, { cookie }))))
  if (result instanceof Response) throw new Error(`Expected the page, got ${result.status}`)
  return result
}

function expectSaved(response: unknown) {
  expect(response).toBeInstanceOf(Response)
  expect((response as Response).status).toBe(302)
  expect((response as Response).headers.get('Location')).toBe('/exchange-rates')
}

function expectRefused(response: unknown, intent: string, field: string, message: string) {
  const answer = unwrapData<Answer>(response)
  expect(answer.status, JSON.stringify(answer.data.result.error)).toBe(400)
  expect(answer.data.intent).toBe(intent)
  expect(answer.data.result.error?.[field], JSON.stringify(answer.data.result.error)).toEqual([message])
  for (const locale of ['vi', 'en'] as const) {
    expect(createI18n(locale).exists(message), `${locale}: ${message}`).toBe(true)
  }
}

function expectStatus(response: unknown, status: number) {
  expect(response).toBeInstanceOf(Response)
  expect((response as Response).status).toBe(status)
}

/** An FDI project licensed on 10/8/2025 for 2 621 bn đồng. */
async function fdiProject() {
  const ref = await getReferenceIds()
  await prisma.project.create({
    data: {
      code: 'RATE-1',
      name: 'Nhà máy tỷ giá',
      nameSort: 'nha may ty gia',
      searchText: 'rate-1',
      kind: 'factory',
      sector: 'manufacturing',
      status: 'irc_issued',
      unitId: ref.unitId,
      departmentId: ref.departmentId,
      investmentType: 'fdi',
      registeredCapitalVnd: 2_621_000_000_000n,
      ircDate: day('2025-08-10'),
    },
  })
}

const fdiQ3 = async () => (await computeMetric('fdi_attracted_usd', Q3, province))?.exact

describe('who may enter a rate', () => {
  test('administrators only: editors and viewers are refused and the refusal is audited', async () => {
    const editor = await signIn('editor', 'SCT', { provinceWide: true })
    const viewer = await signIn('viewer', null)
    const form = { intent: 'add', date: '2025-08-01', vndPerUsd: '26.250' }
    expectStatus(await post(form, editor.cookie), 403)
    expectStatus(await post(form, viewer.cookie), 403)
    expect(
      await prisma.auditLog.count({
        where: { action: 'access_denied', userId: editor.user.id, detail: { contains: 'create:exchange-rate' } },
      }),
    ).toBe(1)
    expect((await page('', editor.cookie)).canAdd).toBe(false)
    expect((await page('', editor.cookie)).canRevise).toBe(false)

    expectSaved(await post(form))
    expect(await getLatestExchangeRate()).toEqual({ date: day('2025-08-01'), vndPerUsd: 26_250 })
    // The form without an intent (a page from before) is the same form.
    expectSaved(await post({ date: '2025-08-02', vndPerUsd: '26.260' }))
  })

  test('a rate may be dated today in Vietnam, never after', async () => {
    const today = provinceToday()
    const tomorrow = new Date(today.getTime() + 86_400_000)
    for (const date of [toDateInputValue(tomorrow), '9999-12-31']) {
      expectRefused(
        await post({ intent: 'add', date, vndPerUsd: '23.456' }),
        'add',
        'date',
        'corrections.errors.rateInFuture',
      )
    }
    expect(await prisma.exchangeRate.count()).toBe(1)
    expectSaved(await post({ intent: 'add', date: toDateInputValue(today), vndPerUsd: '26.300' }))
    expect((await getLatestExchangeRate())?.date).toEqual(today)
  })
})

describe('correcting and voiding a rate', () => {
  test('a correction converts every USD figure at the corrected rate; the original stays, voided, pointing to it', async () => {
    await fdiProject()
    expectSaved(await post({ intent: 'add', date: '2025-07-31', vndPerUsd: '2.621' }))
    // Typed a digit short: 2 621 đồng to the dollar makes the project USD 1 000 million.
    expect(await fdiQ3()).toBe(1_000_000_000n)
    const typed = await prisma.exchangeRate.findFirstOrThrow({ where: { date: day('2025-07-31') } })

    // Its panel, then the correction on the same date.
    expect((await page(`?correct=${typed.id}`)).revise).toMatchObject({ mode: 'correct', rate: { id: typed.id } })
    expectSaved(
      await post({
        intent: 'correct',
        id: typed.id,
        date: '2025-07-31',
        vndPerUsd: '26.210',
        source: 'NHNN',
        reason: 'Thiếu một chữ số',
      }),
    )
    expect(await fdiQ3()).toBe(100_000_000n)
    expect(await getLatestExchangeRate()).toEqual({ date: day('2025-07-31'), vndPerUsd: 26_210 })
    const report = await reportLoader(routeArgs(makeRequest('/progress/report?period=2025-Q3')))
    // The quarter began under the rate of 1/1; the voided 2 621 is not among those applied.
    expect(report.ratesApplied.map((rate) => rate.vndPerUsd)).toEqual([26_000, 26_210])

    const { rates } = await page()
    const [correction, original] = rates
    expect(correction).toMatchObject({ vndPerUsd: 26_210, source: 'NHNN', voidedAt: null })
    expect(original).toMatchObject({
      id: typed.id,
      vndPerUsd: 2_621,
      voidReason: 'Thiếu một chữ số',
      supersededById: correction!.id,
    })

    // Audited, in plain words.
    const audit = await auditLoader(routeArgs(makeRequest('/admin/audit?entity=exchange_rate&action=correct')))
    expect(audit.rows[0]?.sentences).toEqual([
      'Test admin đã sửa tỷ giá ngày 31/07/2025 (số đồng cho 1 USD từ 2.621 thành 26.210; nguồn từ (trống) thành “NHNN”; lý do: Thiếu một chữ số)',
    ])
  })

  test('a void leaves the rate before it in force; it cannot be voided or corrected twice; a date taken is refused', async () => {
    await fdiProject()
    expectSaved(await post({ intent: 'add', date: '2025-08-05', vndPerUsd: '20.000' }))
    expectSaved(await post({ intent: 'add', date: '2025-08-20', vndPerUsd: '26.100' }))
    const wrong = await prisma.exchangeRate.findFirstOrThrow({ where: { date: day('2025-08-05') } })
    expect(await fdiQ3()).toBe(131_050_000n)

    // Moving it onto a day that has a rate in force is refused.
    expectRefused(
      await post({ intent: 'correct', id: wrong.id, date: '2025-08-20', vndPerUsd: '26.000', reason: 'Sai ngày' }),
      'correct',
      'date',
      'exchangeRates.duplicate',
    )
    expectSaved(await post({ intent: 'void', id: wrong.id, reason: 'Không phải tỷ giá trung tâm' }))
    // The IRC of 10/8 converts at the rate in force then: 26 000 from 1/1.
    expect(await fdiQ3()).toBe(100_807_692n)
    expect((await page()).rates.find((rate) => rate.id === wrong.id)).toMatchObject({
      voidReason: 'Không phải tỷ giá trung tâm',
    })
    // A new rate may take the voided one's date.
    expectSaved(await post({ intent: 'add', date: '2025-08-05', vndPerUsd: '26.050' }))

    expectRefused(
      await post({ intent: 'void', id: wrong.id, reason: 'Lần nữa' }),
      'void',
      '',
      'corrections.errors.alreadyVoided',
    )
    expectRefused(
      await post({ intent: 'correct', id: wrong.id, date: '2025-08-04', vndPerUsd: '26.000', reason: 'Sửa' }),
      'correct',
      '',
      'corrections.errors.alreadyVoided',
    )
    expectStatus(await post({ intent: 'void', id: 'no-such-rate', reason: 'x' }), 404)
    expectRefused(await post({ intent: 'void', id: wrong.id, reason: '' }), 'void', 'reason', 'errors.required')
  })

  test('editors may not correct or void a rate', async () => {
    const editor = await signIn('editor', 'SCT', { provinceWide: true })
    const [rate] = (await page()).rates
    expectStatus(await post({ intent: 'void', id: rate!.id, reason: 'Sai' }, editor.cookie), 403)
    expectStatus(
      await post(
        { intent: 'correct', id: rate!.id, date: '2025-01-01', vndPerUsd: '25.000', reason: 'Sai' },
        editor.cookie,
      ),
      403,
    )
    expect((await page(`?void=${rate!.id}`, editor.cookie)).revise).toBeNull()
    expect((await prisma.exchangeRate.findUniqueOrThrow({ where: { id: rate!.id } })).voidedAt).toBeNull()
    expect(admin.user.role).toBe('admin')
  })
})

test('the page as a browser gets it: a voided rate struck through with its reason, and the panels', async () => {
  expectSaved(await post({ intent: 'add', date: '2025-08-05', vndPerUsd: '20.000' }))
  const wrong = await prisma.exchangeRate.findFirstOrThrow({ where: { date: day('2025-08-05') } })
  expectSaved(await post({ intent: 'void', id: wrong.id, reason: 'Không phải tỷ giá trung tâm' }))
  const [current] = (await page()).rates.filter((rate) => rate.voidedAt === null)
  const handle = appRequestHandler([{ id: 'routes/exchange-rates', path: 'exchange-rates', module: ratesRoute }])
  const html = async (path: string) => {
    const response = await handle(
      new Request(`http://localhost${path}`, { headers: { Cookie: `tiendo_lang=vi; ${admin.cookie}` } }),
    )
    expect(response.status, path).toBe(200)
    return response.text()
  }
  const list = await html('/exchange-rates')
  expect(list).toContain('<del')
  expect(list).toContain('Lý do: Không phải tỷ giá trung tâm')
  expect(list).toContain('aria-label="Sửa tỷ giá ngày 01/01/2025"')
  const correcting = await html(`/exchange-rates?correct=${current!.id}`)
  expect(correcting).toContain('Sửa tỷ giá ngày 01/01/2025')
  expect(correcting).toContain('value="26.000"')
  expect(await html(`/exchange-rates?void=${current!.id}`)).toContain('Hủy bỏ bản ghi này')
})
