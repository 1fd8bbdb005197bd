/**
 * The same opened form sent twice at the same moment (a double click, a retried request):
 * one record, and neither answer a 500. Two forms opened apart with the same values are two
 * records: only a form sent again is one.
 */
import { type DemoIds, count } from './lib/database'
import { type Answer, findForm, formsOf, postForm, send } from './lib/http'

type FormKind = {
  name: string
  path: (ids: DemoIds) => string
  /** Which form of the page: by its intent button, or the first POST form. */
  intent?: string
  values: (ids: DemoIds, marker: string) => Record<string, string>
  /** Rows the submission made, found by its marker. */
  rows: (file: string, ids: DemoIds, marker: string) => number
}

const project = (ids: DemoIds) => ids.projects[0]!.id

export const FORM_KINDS: FormKind[] = [
  {
    name: 'project',
    path: () => '/projects/new',
    values: (ids, marker) => ({
      code: marker,
      name: `Dự án kiểm thử ${marker}`,
      kind: 'factory',
      sector: 'manufacturing',
      unitId: ids.unitId,
      departmentId: ids.departmentId,
      investmentType: 'domestic',
      registeredCapitalVnd: '2.000.000.000.000',
      'investors[0].name': `Công ty Kiểm thử ${marker}`,
      'investors[0].country': 'VN',
      'investors[0].role': 'lead',
      'investors[0].capitalShare': '100',
    }),
    rows: (file, _ids, marker) => count(file, 'SELECT count(*) AS n FROM Project WHERE code = ?', marker),
  },
  {
    name: 'goal',
    path: () => '/goals/new',
    values: (ids, marker) => ({
      title: `Chỉ tiêu ${marker}`,
      periodKind: 'quarter',
      periodYear: '2025',
      periodIndex: '3',
      metric: 'fdi_attracted_usd',
      target: '200.000.000',
      direction: 'at_least',
      scopeType: 'province',
      departmentId: ids.departmentId,
      sourceTitle: 'Kế hoạch của UBND tỉnh',
    }),
    rows: (file, _ids, marker) => count(file, 'SELECT count(*) AS n FROM Goal WHERE title = ?', `Chỉ tiêu ${marker}`),
  },
  {
    name: 'obstacle',
    path: () => '/obstacles/new',
    values: (ids, marker) => ({
      projectId: project(ids),
      category: 'land',
      title: `Vướng mắc ${marker}`,
      description: 'Kiểm thử độ tin cậy',
      raisedOn: '2025-08-01',
      raisedByKind: 'enterprise',
      raisedByName: 'Công ty kiểm thử',
      departmentIds: ids.departmentId,
      deadline: '2025-08-30',
      priority: 'high',
    }),
    rows: (file, _ids, marker) =>
      count(file, 'SELECT count(*) AS n FROM Obstacle WHERE title = ?', `Vướng mắc ${marker}`),
  },
  {
    name: 'meeting',
    path: () => '/meetings/new',
    values: (ids, marker) => ({
      date: '2025-07-15',
      place: 'Hội trường Sở Công Thương',
      chair: 'Sở Công Thương',
      enterprises: 'Công ty kiểm thử',
      notes: `Đối thoại ${marker}`,
      'projectIds[0]': project(ids),
    }),
    rows: (file, _ids, marker) =>
      count(file, 'SELECT count(*) AS n FROM DialogueMeeting WHERE notes = ?', `Đối thoại ${marker}`),
  },
  {
    name: 'statistic',
    path: () => '/statistics/new',
    values: (ids, marker) => ({
      indicatorId: ids.indicatorId,
      periodKind: 'quarter',
      periodYear: '2025',
      periodIndex: '3',
      value: '20,15',
      referenceDate: '2025-10-06',
      sourceTitle: `Báo cáo ${marker}`,
    }),
    rows: (file, _ids, marker) =>
      count(file, 'SELECT count(*) AS n FROM StatisticEntry WHERE sourceTitle = ?', `Báo cáo ${marker}`),
  },
  ...(
    [
      ['capital change', 'capital-change', 'CapitalChange'],
      ['disbursement', 'disbursement', 'Disbursement'],
      ['land handover', 'clearance', 'ClearanceHandover'],
    ] as const
  ).map(([name, intent, table]): FormKind => ({
    name,
    path: (ids) => `/projects/${project(ids)}/events`,
    intent,
    values: (_ids, marker) => {
      // A small amount of its own for each marker: the caps of the project are not in the way.
      const n = Number(marker.replace(/\D/g, '').slice(-5)) + 1
      const amount: Record<string, string> =
        intent === 'clearance'
          ? { hectares: `0,0${(n % 9) + 1}` }
          : { amountVnd: intent === 'capital-change' ? `${2_000_000_000_000 + n}` : `${n}` }
      return { intent, date: '2025-08-05', note: marker, ...amount }
    },
    rows: (file, ids, marker) =>
      count(file, `SELECT count(*) AS n FROM ${table} WHERE projectId = ? AND note = ?`, project(ids), marker),
  })),
]

export type DuplicateResult = {
  kind: string
  sentTwice: number[]
  records: number
  /** The same key sent at once by two people (a copied form, a forged key). */
  twoPeople: number[]
  twoPeopleRecords: number
  separateForms: number | null
}

async function openForm(origin: string, cookie: string, kind: FormKind, ids: DemoIds) {
  const page = await send(origin, kind.path(ids), { cookie })
  if (page.status !== 200) throw new Error(`${kind.path(ids)} answered ${page.status}`)
  const forms = formsOf(page.text)
  const form = findForm(forms, kind.intent)
  if (!form) throw new Error(`No ${kind.name} form on ${kind.path(ids)}`)
  return form
}

function entriesOf(hidden: [string, string][], values: Record<string, string>): [string, string][] {
  return [...hidden.filter(([name]) => !(name in values)), ...Object.entries(values)]
}

export async function runDuplicates(origin: string, file: string, cookie: string, other: string, ids: DemoIds) {
  const results: DuplicateResult[] = []
  for (const [index, kind] of FORM_KINDS.entries()) {
    const marker = `REL-${Date.now().toString(36)}-${index}`.toUpperCase()
    const form = await openForm(origin, cookie, kind, ids)
    const entries = entriesOf(form.values, kind.values(ids, marker))
    const answers: Answer[] = await Promise.all([
      postForm(origin, kind.path(ids), entries, { cookie }),
      postForm(origin, kind.path(ids), entries, { cookie }),
    ])
    const result: DuplicateResult = {
      kind: kind.name,
      sentTwice: answers.map((answer) => answer.status),
      records: kind.rows(file, ids, marker),
      twoPeople: [],
      twoPeopleRecords: 0,
      separateForms: null,
    }
    const shared = `${marker}-2`
    const copied = entriesOf((await openForm(origin, cookie, kind, ids)).values, kind.values(ids, shared))
    const byTwo = await Promise.all([
      postForm(origin, kind.path(ids), copied, { cookie }),
      postForm(origin, kind.path(ids), copied, { cookie: other }),
    ])
    result.twoPeople = byTwo.map((answer) => answer.status)
    result.twoPeopleRecords = kind.rows(file, ids, shared)
    // Disbursements: the same values from two forms opened apart are two real payments.
    if (kind.intent === 'disbursement') {
      const again = `${marker}-B`
      const first = await openForm(origin, cookie, kind, ids)
      const second = await openForm(origin, cookie, kind, ids)
      await postForm(origin, kind.path(ids), entriesOf(first.values, kind.values(ids, again)), { cookie })
      await postForm(origin, kind.path(ids), entriesOf(second.values, kind.values(ids, again)), { cookie })
      result.separateForms = kind.rows(file, ids, again)
    }
    results.push(result)
  }
  return results
}
