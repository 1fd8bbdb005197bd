import { beforeEach, describe, expect, test } from 'vitest'
import { listContributions } from '~/features/goals/goal-contributions.server'
import { computeMetric } from '~/features/goals/goal-metrics.server'
import { getGoal, getGoalProgress } from '~/features/goals/goal.server'
import { action as newGoalAction } from '~/features/goals/routes/new-goal'
import { action as entryAction, loader as entryLoader } from '~/features/statistics/routes/new-statistic'
import { action as indicatorAction, loader as listLoader } from '~/features/statistics/routes/statistic-list'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { createI18n } from '~/utils/i18n'
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
}

const q3 = { kind: 'quarter', year: 2025, index: 3 } as const
const province = { type: 'province', value: null } as const

let ref: Awaited<ReturnType<typeof getReferenceIds>>
let editor: Awaited<ReturnType<typeof signIn>>
let indicatorId = ''

beforeEach(async () => {
  ref = await getReferenceIds()
  editor = await signIn('editor', 'SCT', { asDefault: true })
  const indicator = await prisma.indicator.create({
    data: {
      code: 'iip',
      nameVi: 'Chỉ số sản xuất công nghiệp',
      nameEn: 'Industrial production index',
      unit: 'percent',
    },
  })
  indicatorId = indicator.id
})

function entryForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    indicatorId,
    periodKind: 'quarter',
    periodYear: '2025',
    periodIndex: '3',
    value: '20,15',
    referenceDate: '2025-10-06',
    sourceTitle: 'Báo cáo tình hình KT-XH quý III/2025 của Cục Thống kê',
    sourceUrl: 'https://thongke.quangninh.gov.vn/bao-cao-q3-2025',
    ...overrides,
  }
}

function enter(form: Record<string, string>, cookie?: string) {
  return settle(() => entryAction(routeArgs(makeRequest('/statistics/new', { method: 'POST', form, cookie }))))
}

function addIndicator(form: Record<string, string>, cookie?: string) {
  return settle(() => indicatorAction(routeArgs(makeRequest('/statistics', { method: 'POST', form, cookie }))))
}

async function figuresOf(id: string) {
  const list = await listLoader(routeArgs(makeRequest('/statistics')))
  const indicator = list.indicators.find((row) => row.id === id)
  if (!indicator) throw new Error('indicator not listed')
  return indicator.periods
}

/** Every message a refused form shows must read as words in both languages, not as a key. */
function expectTranslated(errors: Record<string, string[] | null> | undefined) {
  const keys = Object.values(errors ?? {}).flatMap((messages) => messages ?? [])
  expect(keys.length).toBeGreaterThan(0)
  for (const locale of ['vi', 'en'] as const) {
    const i18n = createI18n(locale)
    for (const message of keys)
      expect(i18n.exists(message.split(':')[0] ?? message), `${locale}: ${message}`).toBe(true)
  }
}

describe('entering a figure', () => {
  test('saves it with its source and who entered it, audited, and the list shows it', async () => {
    const response = await enter(entryForm({ note: 'Số ước tính' }))
    expect((response as Response).status).toBe(302)
    expect((response as Response).headers.get('Location')).toBe('/statistics#indicator-iip')

    const periods = await figuresOf(indicatorId)
    expect(periods).toHaveLength(1)
    expect(periods[0]?.periodKey).toBe('2025-Q3')
    expect(periods[0]?.superseded).toEqual([])
    expect(periods[0]?.current).toMatchObject({
      value: 20.15,
      referenceDate: new Date('2025-10-06T00:00:00.000Z'),
      sourceTitle: 'Báo cáo tình hình KT-XH quý III/2025 của Cục Thống kê',
      sourceUrl: 'https://thongke.quangninh.gov.vn/bao-cao-q3-2025',
      note: 'Số ước tính',
      enteredByName: editor.user.name,
    })

    const entry = await prisma.statisticEntry.findFirstOrThrow()
    expect(entry.enteredById).toBe(editor.user.id)
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: 'statistic_entry', entityId: entry.id },
    })
    expect(audit).toMatchObject({ action: 'create', userId: editor.user.id, userName: editor.user.name })
    const changes = JSON.parse(audit.changes ?? '{}') as Record<string, [unknown, unknown]>
    expect(changes.value).toEqual([null, 20.15])
    expect(changes.periodKey).toEqual([null, '2025-Q3'])
    expect(changes.sourceTitle?.[1]).toBe('Báo cáo tình hình KT-XH quý III/2025 của Cục Thống kê')
    expect(audit.detail).toBeNull()
  })

  test('a negative growth figure, a year figure and an English reader’s decimal point are all figures', async () => {
    expect(((await enter(entryForm({ value: '-1,2' }))) as Response).status).toBe(302)
    expect(((await enter(entryForm({ periodKind: 'year', periodIndex: '', value: '8,5' }))) as Response).status).toBe(
      302,
    )
    const english = await settle(() =>
      entryAction(
        routeArgs(
          makeRequest('/statistics/new', {
            method: 'POST',
            form: entryForm({ periodIndex: '2', value: '1,234.5' }),
            locale: 'en',
          }),
        ),
      ),
    )
    expect((english as Response).status).toBe(302)
    const periods = await figuresOf(indicatorId)
    expect(periods.map((group) => [group.periodKey, group.current.value])).toEqual([
      // Newest period first; the year ends after its third quarter.
      ['2025', 8.5],
      ['2025-Q3', -1.2],
      ['2025-Q2', 1234.5],
    ])
  })

  test('a correction keeps the earlier figure as history; the newest is current, everywhere', async () => {
    expect(((await enter(entryForm({ value: '20,15' }))) as Response).status).toBe(302)
    const first = await prisma.statisticEntry.findFirstOrThrow()
    // Another person corrects it after the office's revised report.
    const corrector = await signIn('editor', 'BQLKKT')
    const correction = await enter(
      entryForm({ value: '21,3', sourceTitle: 'Đính chính số liệu quý III' }),
      corrector.cookie,
    )
    expect((correction as Response).status).toBe(302)

    expect(await prisma.statisticEntry.count()).toBe(2)
    const second = await prisma.statisticEntry.findFirstOrThrow({ where: { id: { not: first.id } } })
    const [group, ...others] = await figuresOf(indicatorId)
    expect(others).toEqual([])
    expect(group?.current).toMatchObject({ id: second.id, value: 21.3, enteredByName: corrector.user.name })
    expect(group?.superseded.map((entry) => [entry.id, entry.value, entry.enteredByName])).toEqual([
      [first.id, 20.15, editor.user.name],
    ])
    expect(group?.superseded[0]?.supersededAt).toEqual(second.createdAt)

    // The correction's audit row names what it replaced.
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityType: 'statistic_entry', entityId: second.id },
    })
    expect(JSON.parse(audit.detail ?? '{}')).toEqual({ supersedes: first.id, previousValue: 20.15 })
    expect(audit.userId).toBe(corrector.user.id)

    // A goal on this indicator reads the corrected figure.
    expect((await computeMetric('statistic', q3, province, indicatorId))?.value).toBe(21.3)
  })

  test('the goal and the statistics page agree on the current figure when two entries share a moment', async () => {
    // Two entries saved within the same millisecond (two people at once): the page breaks
    // the tie by id, so the goal must read the same entry the page calls current.
    const at = new Date('2025-10-07T03:00:00.000Z')
    const base = {
      indicatorId,
      periodKey: '2025-Q3',
      referenceDate: new Date('2025-10-06T00:00:00.000Z'),
      sourceTitle: 'Báo cáo',
      createdAt: at,
    }
    await prisma.statisticEntry.create({ data: { ...base, id: 'entry-b', value: 22 } })
    await prisma.statisticEntry.create({ data: { ...base, id: 'entry-a', value: 19 } })
    const [group] = await figuresOf(indicatorId)
    expect(group?.current.id).toBe('entry-b')
    expect((await computeMetric('statistic', q3, province, indicatorId))?.value).toBe(group?.current.value)
    // The goal's page lists the reports newest first: the first is the figure it uses.
    const listed = await listContributions('statistic', q3, province, indicatorId)
    if (listed.kind !== 'statistic') throw new Error('expected statistic entries')
    expect(listed.entries.map((entry) => entry.id)).toEqual(['entry-b', 'entry-a'])
  })

  test('a statistic goal reads the latest figure of its period and is judged on it', async () => {
    const goalResponse = await settle(() =>
      newGoalAction(
        routeArgs(
          makeRequest('/goals/new', {
            method: 'POST',
            form: {
              title: 'Chỉ số IIP quý III/2025 tăng ít nhất 20 %',
              periodKind: 'quarter',
              periodYear: '2025',
              periodIndex: '3',
              metric: 'statistic',
              indicatorId,
              target: '20',
              direction: 'at_least',
              scopeType: 'province',
              departmentId: ref.departmentId,
            },
          }),
        ),
      ),
    )
    expect((goalResponse as Response).status).toBe(302)
    const goal = await getGoal((await prisma.goal.findFirstOrThrow({ select: { id: true } })).id)
    if (!goal) throw new Error('goal not saved')

    const before = await getGoalProgress(goal, provinceToday())
    expect(before?.actual).toBeNull()
    expect(before?.status).toBe('no_data')

    await enter(entryForm({ value: '18,4' }))
    expect((await getGoalProgress(goal, provinceToday()))?.actual).toBe(18.4)
    // Q3/2025 has ended: 18.4 of an "at least 20" target is not met.
    expect((await getGoalProgress(goal, provinceToday()))?.status).not.toBe('met')

    await enter(entryForm({ value: '20,6', sourceTitle: 'Đính chính' }))
    // Another period's figure does not count for this goal.
    await enter(entryForm({ periodIndex: '4', value: '2' }))
    const after = await getGoalProgress(goal, provinceToday())
    expect(after?.actual).toBe(20.6)
    expect(after?.status).toBe('met')
    // The same quarter a year earlier is compared, and had no figure.
    expect(after?.lastYear).toBeNull()
  })

  test('refuses invalid input with 400, field messages as keys, what was typed, and writes nothing', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ value: 'hai mươi' }, 'value', 'errors.numberFormat'],
      // In Vietnamese "12.5" is not twelve and a half: a dot groups thousands.
      [{ value: '12.5' }, 'value', 'errors.numberFormat'],
      [{ value: '' }, 'value', 'errors.required'],
      [{ sourceTitle: '' }, 'sourceTitle', 'errors.required'],
      [{ sourceTitle: '   ' }, 'sourceTitle', 'errors.required'],
      [{ referenceDate: '' }, 'referenceDate', 'errors.required'],
      [{ referenceDate: 'hôm qua' }, 'referenceDate', 'errors.date'],
      [{ referenceDate: '2099-01-01' }, 'referenceDate', 'goals.errors.dateInFuture'],
      [{ sourceUrl: 'thongke.gov.vn' }, 'sourceUrl', 'errors.url'],
      [{ periodIndex: '' }, 'periodIndex', 'errors.choose'],
      [{ periodIndex: '5' }, 'periodIndex', 'errors.unknownOption'],
      [{ periodYear: '1990' }, 'periodYear', 'goals.errors.year'],
      [{ indicatorId: '' }, 'indicatorId', 'errors.required'],
      [{ indicatorId: 'no-such-indicator' }, 'indicatorId', 'errors.unknownOption'],
    ]
    // The audit trail is append-only across tests: count this test's rows only.
    const auditBefore = await prisma.auditLog.count({ where: { entityType: 'statistic_entry' } })
    for (const [overrides, field, message] of cases) {
      const answer = unwrapData<Answer>(await enter(entryForm(overrides)))
      const label = JSON.stringify(overrides)
      expect(answer.status, label).toBe(400)
      expect(answer.data.result.error?.[field], label).toEqual([message])
      expectTranslated(answer.data.result.error)
      for (const [name, typed] of Object.entries(overrides)) {
        if (typed.trim()) expect(answer.data.result.initialValue?.[name], label).toBe(typed)
      }
    }
    expect(await prisma.statisticEntry.count()).toBe(0)
    expect(await prisma.auditLog.count({ where: { entityType: 'statistic_entry' } })).toBe(auditBefore)
  })

  test('today’s date is allowed, tomorrow’s is not', async () => {
    const today = provinceToday()
    const tomorrow = new Date(today.getTime() + 86_400_000)
    const iso = (day: Date) => day.toISOString().slice(0, 10)
    const refused = unwrapData<Answer>(await enter(entryForm({ referenceDate: iso(tomorrow) })))
    expect(refused.data.result.error?.referenceDate).toEqual(['goals.errors.dateInFuture'])
    expect(((await enter(entryForm({ referenceDate: iso(today) }))) as Response).status).toBe(302)
    expect(await prisma.statisticEntry.count()).toBe(1)
  })

  test('the same form sent twice records one figure; someone else’s form key is refused', async () => {
    const { submissionKey } = await entryLoader(routeArgs(makeRequest('/statistics/new')))
    const form = entryForm({ submissionKey })
    expect(((await enter(form)) as Response).status).toBe(302)
    const again = (await enter(form)) as Response
    expect(again.status).toBe(302)
    expect(again.headers.get('Location')).toBe('/statistics')
    expect(await prisma.statisticEntry.count()).toBe(1)

    const other = await signIn('editor', 'SCT')
    const notYours = unwrapData<Answer>(await enter(form, other.cookie))
    expect(notYours.status).toBe(400)
    expect(notYours.data.result.error?.['']).toEqual(['conflict.formNotYours'])
    expect(await prisma.statisticEntry.count()).toBe(1)
  })

  test('the same form sent twice at the same moment records one figure', async () => {
    const { submissionKey } = await entryLoader(routeArgs(makeRequest('/statistics/new')))
    const form = entryForm({ submissionKey })
    expect(expectSavedOnce(await sendTwiceAtOnce((cookie) => enter(form, cookie)))).toMatch(/^\/statistics/)
    expect(await prisma.statisticEntry.count()).toBe(1)
  })

  test('one form’s key sent at the same moment from two accounts records one figure and refuses the other', async () => {
    const { submissionKey } = await entryLoader(routeArgs(makeRequest('/statistics/new')))
    const other = await signIn('editor', 'SCT')
    const answers = await sendTwiceAtOnce(
      (cookie) => enter(entryForm({ submissionKey }), cookie),
      [undefined, other.cookie],
    )
    expectSavedOnce(answers, { twoAccounts: true })
    expect(await prisma.statisticEntry.count()).toBe(1)
  })

  test('the form opens on the period and indicator a "Correct" link names', async () => {
    const opened = await entryLoader(routeArgs(makeRequest(`/statistics/new?indicator=${indicatorId}&period=2025-H1`)))
    expect(opened.defaults).toMatchObject({ indicatorId, periodKind: 'half', periodYear: '2025', periodIndex: '1' })
    const unknown = await entryLoader(routeArgs(makeRequest('/statistics/new?indicator=nope&period=garbage')))
    expect(unknown.defaults.indicatorId).toBe('')
  })
})

describe('who may enter figures', () => {
  test('a viewer reads the figures but may not enter one or add an indicator (403), and nothing is written', async () => {
    await enter(entryForm())
    const viewer = await signIn('viewer', 'SCT')
    const page = await listLoader(routeArgs(makeRequest('/statistics', { cookie: viewer.cookie })))
    expect(page.canEnter).toBe(false)
    expect(page.indicators.find((row) => row.id === indicatorId)?.periods).toHaveLength(1)

    const form = await settle(() => entryLoader(routeArgs(makeRequest('/statistics/new', { cookie: viewer.cookie }))))
    expect((form as Response).status).toBe(403)
    const post = await enter(entryForm({ value: '99' }), viewer.cookie)
    expect((post as Response).status).toBe(403)
    const add = await addIndicator(
      { intent: 'add-indicator', code: 'grdp', nameVi: 'Tăng trưởng GRDP', nameEn: 'GRDP growth', unit: 'percent' },
      viewer.cookie,
    )
    expect((add as Response).status).toBe(403)

    expect(await prisma.statisticEntry.count()).toBe(1)
    expect(await prisma.indicator.count()).toBe(1)
    expect(await prisma.auditLog.count({ where: { userId: viewer.user.id, action: 'access_denied' } })).toBe(3)
  })

  test('an editor of any department may enter figures (the statistics are the province’s)', async () => {
    const page = await listLoader(routeArgs(makeRequest('/statistics')))
    expect(page.canEnter).toBe(true)
    const other = await signIn('editor', 'BQLKKT')
    expect(((await enter(entryForm(), other.cookie)) as Response).status).toBe(302)
  })

  test('someone not signed in is sent to sign in', async () => {
    const response = await enter(entryForm(), '')
    expect((response as Response).status).toBe(302)
    expect((response as Response).headers.get('Location')).toBe('/login?redirectTo=%2Fstatistics%2Fnew')
    expect(await prisma.statisticEntry.count()).toBe(0)
  })
})

describe('adding an indicator', () => {
  const grdp = {
    intent: 'add-indicator',
    code: 'GRDP_growth',
    nameVi: 'Tăng trưởng GRDP',
    nameEn: 'GRDP growth',
    unit: 'percent',
  }

  test('saves it with its code in lower case, audited, and lists it with no figures', async () => {
    const response = await addIndicator(grdp)
    expect((response as Response).status).toBe(302)
    expect((response as Response).headers.get('Location')).toBe('/statistics#indicator-grdp_growth')
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: 'grdp_growth' } })
    expect(indicator).toMatchObject({ nameVi: 'Tăng trưởng GRDP', nameEn: 'GRDP growth', unit: 'percent' })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'indicator', entityId: indicator.id } })
    expect(audit.action).toBe('create')
    expect(JSON.parse(audit.changes ?? '{}').code).toEqual([null, 'grdp_growth'])
    expect(await figuresOf(indicator.id)).toEqual([])
  })

  test('a code already taken (in any case) is a field message, not a 500', async () => {
    const auditBefore = await prisma.auditLog.count({ where: { entityType: 'indicator' } })
    const taken = unwrapData<Answer>(await addIndicator({ ...grdp, code: 'IIP' }))
    expect(taken.status).toBe(400)
    expect(taken.data.result.error?.code).toEqual(['goals.errors.indicatorCodeTaken'])
    expectTranslated(taken.data.result.error)
    expect(taken.data.result.initialValue).toMatchObject({ nameVi: 'Tăng trưởng GRDP' })
    expect(await prisma.indicator.count()).toBe(1)
    expect(await prisma.auditLog.count({ where: { entityType: 'indicator' } })).toBe(auditBefore)
  })

  test('refuses a malformed code, missing names and an unknown unit', async () => {
    const answer = unwrapData<Answer>(
      await addIndicator({ ...grdp, code: 'tăng trưởng', nameVi: '', nameEn: ' ', unit: 'furlongs' }),
    )
    expect(answer.status).toBe(400)
    expect(answer.data.result.error).toMatchObject({
      code: ['goals.errors.indicatorCode'],
      nameVi: ['errors.required'],
      nameEn: ['errors.required'],
      unit: ['errors.unknownOption'],
    })
    expectTranslated(answer.data.result.error)
    expect(await prisma.indicator.count()).toBe(1)
  })
})
