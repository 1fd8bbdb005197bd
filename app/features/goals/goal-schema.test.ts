import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import {
  IndicatorSchema,
  checkPhasing,
  createGoalEditorSchema,
  createStatisticEntrySchema,
  goalFormValues,
  parsePhasing,
  periodFromParts,
  periodParts,
  phasingForInput,
  phasingToStored,
  toGoalInput,
} from '~/features/goals/goal-schema'
import {
  createCapitalChangeSchema,
  createClearanceSchema,
  createDisbursementSchema,
} from '~/features/project-events/project-events-schema'

function formOf(fields: Record<string, string>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

const fdiQ3 = {
  title: 'Thu hút vốn FDI quý III/2025',
  periodKind: 'quarter',
  periodYear: '2025',
  periodIndex: '3',
  metric: 'fdi_attracted_usd',
  target: '200.000.000',
  direction: 'at_least',
  scopeType: 'province',
  departmentId: 'dept-1',
}

function parseGoal(fields: Record<string, string>, locale: 'vi' | 'en' = 'vi') {
  return parseWithZod(formOf(fields), { schema: createGoalEditorSchema(locale) })
}

function errorsOf(submission: ReturnType<typeof parseGoal>) {
  return (submission.status === 'error' ? submission.error : null) ?? {}
}

describe('periods in a form', () => {
  test('kind, year and index name one period; an index out of range names none', () => {
    expect(periodFromParts('quarter', 2025, 3)).toEqual({ kind: 'quarter', year: 2025, index: 3 })
    expect(periodFromParts('months', 2025, 7)).toEqual({ kind: 'months', year: 2025, index: 7 })
    expect(periodFromParts('year', 2025, undefined)).toEqual({ kind: 'year', year: 2025, index: 1 })
    expect(periodFromParts('quarter', 2025, 5)).toBeNull()
    expect(periodFromParts('half', 2025, undefined)).toBeNull()
    expect(periodFromParts('quarter', 1890, 1)).toBeNull()
  })

  test('a stored key reads back as the three controls', () => {
    expect(periodParts('2025-M7')).toEqual({ periodKind: 'months', periodYear: '2025', periodIndex: '7' })
    expect(periodParts('2025')).toEqual({ periodKind: 'year', periodYear: '2025', periodIndex: undefined })
    expect(periodParts('nonsense').periodKind).toBeUndefined()
  })
})

describe('monthly phasing', () => {
  test('reads cumulative percentages in the reader’s format', () => {
    expect(parsePhasing('10; 30; 100', 'vi')).toEqual({ value: [10, 30, 100] })
    expect(parsePhasing('12,5; 40 %; 100', 'vi')).toEqual({ value: [12.5, 40, 100] })
    expect(parsePhasing('12.5; 40; 100', 'en')).toEqual({ value: [12.5, 40, 100] })
    expect(parsePhasing('10, 30, 100', 'vi')).toEqual({ error: 'goals.errors.phasingFormat' })
    expect(parsePhasing(' ; ', 'vi')).toEqual({ error: 'goals.errors.phasingFormat' })
  })

  test('needs one share per month, never falling, ending at 100', () => {
    expect(checkPhasing([10, 30, 100], 3)).toBeNull()
    expect(checkPhasing([0, 0, 100], 3)).toBeNull()
    expect(checkPhasing([10, 100], 3)).toBe('goals.errors.phasingCount:3')
    expect(checkPhasing([40, 30, 100], 3)).toBe('goals.errors.phasingOrder')
    expect(checkPhasing([10, 30, 90], 3)).toBe('goals.errors.phasingLast')
    expect(checkPhasing([-1, 30, 100], 3)).toBe('goals.errors.phasingRange')
  })

  test('is stored as shares of the target and written back as percentages', () => {
    const stored = phasingToStored([10, 30, 100])
    expect(JSON.parse(stored)).toEqual([0.1, 0.3, 1])
    expect(phasingForInput(stored, 'vi')).toBe('10; 30; 100')
    expect(phasingForInput(phasingToStored([12.5, 40, 100]), 'vi')).toBe('12,5; 40; 100')
    expect(phasingForInput('not json', 'vi')).toBe('')
  })
})

describe('goal editor schema', () => {
  test('accepts a quarter goal and turns it into what is stored', () => {
    const submission = parseGoal(fdiQ3)
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(toGoalInput(submission.value)).toEqual({
      title: 'Thu hút vốn FDI quý III/2025',
      titleEn: null,
      periodKey: '2025-Q3',
      metric: 'fdi_attracted_usd',
      indicatorId: null,
      target: 200_000_000,
      direction: 'at_least',
      scopeType: 'province',
      scopeValue: null,
      departmentId: 'dept-1',
      sourceTitle: null,
      sourceUrl: null,
      monthlyPhasing: null,
    })
  })

  test('reads the target in the reader’s format and refuses the other one', () => {
    const english = parseGoal({ ...fdiQ3, target: '200,000,000' }, 'en')
    expect(english.status).toBe('success')
    expect(errorsOf(parseGoal({ ...fdiQ3, target: '12.5' })).target).toEqual(['errors.numberFormat'])
    expect(errorsOf(parseGoal({ ...fdiQ3, target: '0' })).target).toEqual(['goals.errors.targetPositive'])
    expect(errorsOf(parseGoal({ ...fdiQ3, metric: 'ircs_issued', target: '2,5' })).target).toEqual([
      'errors.wholeNumber',
    ])
  })

  test('a reported statistic needs an indicator, may be negative, and has no monthly phasing', () => {
    const statistic = { ...fdiQ3, metric: 'statistic', target: '-1,5' }
    expect(errorsOf(parseGoal(statistic)).indicatorId).toEqual(['goals.errors.indicatorRequired'])
    const withIndicator = parseGoal({ ...statistic, indicatorId: 'ind-1' })
    expect(withIndicator.status).toBe('success')
    if (withIndicator.status === 'success') expect(toGoalInput(withIndicator.value).target).toBe(-1.5)
    expect(
      errorsOf(parseGoal({ ...statistic, indicatorId: 'ind-1', monthlyPhasing: '10; 50; 100' })).monthlyPhasing,
    ).toEqual(['goals.errors.phasingForLevel'])
  })

  test('the indicator of a computed metric is dropped', () => {
    const submission = parseGoal({ ...fdiQ3, indicatorId: 'ind-1' })
    if (submission.status !== 'success') throw new Error('expected success')
    expect(toGoalInput(submission.value).indicatorId).toBeNull()
  })

  test('checks the phasing against the months of the period', () => {
    expect(errorsOf(parseGoal({ ...fdiQ3, monthlyPhasing: '10; 30; 90' })).monthlyPhasing).toEqual([
      'goals.errors.phasingLast',
    ])
    const sevenMonths = { ...fdiQ3, periodKind: 'months', periodIndex: '7', monthlyPhasing: '10; 30; 100' }
    expect(errorsOf(parseGoal(sevenMonths)).monthlyPhasing).toEqual(['goals.errors.phasingCount:7'])
    const ok = parseGoal({ ...fdiQ3, monthlyPhasing: '20; 50; 100' })
    if (ok.status !== 'success') throw new Error('expected success')
    expect(JSON.parse(toGoalInput(ok.value).monthlyPhasing ?? '[]')).toEqual([0.2, 0.5, 1])
  })

  test('a period needs its index, except a year', () => {
    expect(errorsOf(parseGoal({ ...fdiQ3, periodIndex: '' })).periodIndex).toEqual(['errors.choose'])
    expect(errorsOf(parseGoal({ ...fdiQ3, periodKind: 'half', periodIndex: '3' })).periodIndex).toEqual([
      'errors.unknownOption',
    ])
    const year = parseGoal({ ...fdiQ3, periodKind: 'year', periodIndex: '' })
    if (year.status !== 'success') throw new Error('expected success')
    expect(toGoalInput(year.value).periodKey).toBe('2025')
    expect(errorsOf(parseGoal({ ...fdiQ3, periodYear: '25' })).periodYear).toEqual(['goals.errors.year'])
  })

  test('a scope names its sector, kind or project', () => {
    expect(errorsOf(parseGoal({ ...fdiQ3, scopeType: 'sector' })).scopeSector).toEqual(['errors.choose'])
    const park = parseGoal({ ...fdiQ3, scopeType: 'project', scopeProjectId: 'park-1', scopeSector: 'mining' })
    if (park.status !== 'success') throw new Error('expected success')
    expect(toGoalInput(park.value)).toMatchObject({ scopeType: 'project', scopeValue: 'park-1' })
  })

  test('a stored goal reads back as the same form', () => {
    const submission = parseGoal({
      ...fdiQ3,
      scopeType: 'kind',
      scopeKind: 'wind_power',
      monthlyPhasing: '10; 30; 100',
    })
    if (submission.status !== 'success') throw new Error('expected success')
    const values = goalFormValues(toGoalInput(submission.value), 'vi')
    expect(values).toMatchObject({
      periodKind: 'quarter',
      periodYear: '2025',
      periodIndex: '3',
      target: '200.000.000',
      scopeKind: 'wind_power',
      monthlyPhasing: '10; 30; 100',
    })
  })
})

describe('statistic entry schema', () => {
  const today = new Date('2025-08-10T00:00:00.000Z')
  const entry = {
    indicatorId: 'ind-1',
    periodKind: 'months',
    periodYear: '2025',
    periodIndex: '7',
    value: '-1,2',
    referenceDate: '2025-08-05',
    sourceTitle: 'Báo cáo KT-XH tháng 7/2025',
  }
  const parse = (fields: Record<string, string>) =>
    parseWithZod(formOf(fields), { schema: createStatisticEntrySchema('vi', today) })

  test('accepts a negative figure with its date and source', () => {
    const submission = parse(entry)
    expect(submission.status).toBe('success')
    if (submission.status === 'success') expect(submission.value.value).toBe(-1.2)
  })

  test('needs a source and refuses a date after today', () => {
    const { sourceTitle: _sourceTitle, ...withoutSource } = entry
    const missing = parse(withoutSource)
    expect(missing.status === 'error' && missing.error?.sourceTitle).toEqual(['errors.required'])
    const future = parse({ ...entry, referenceDate: '2025-08-11' })
    expect(future.status === 'error' && future.error?.referenceDate).toEqual(['goals.errors.dateInFuture'])
  })

  test('an indicator code is folded to lower case', () => {
    const submission = parseWithZod(
      formOf({
        intent: 'add-indicator',
        code: 'IIP_growth',
        nameVi: 'Tăng IIP',
        nameEn: 'IIP growth',
        unit: 'percent',
      }),
      { schema: IndicatorSchema },
    )
    expect(submission.status === 'success' && submission.value.code).toBe('iip_growth')
    const bad = parseWithZod(
      formOf({ intent: 'add-indicator', code: 'chỉ số', nameVi: 'a', nameEn: 'b', unit: 'percent' }),
      {
        schema: IndicatorSchema,
      },
    )
    expect(bad.status === 'error' && bad.error?.code).toEqual(['goals.errors.indicatorCode'])
  })
})

describe('project event schemas', () => {
  const today = new Date('2025-08-10T00:00:00.000Z')
  const parse = (schema: Parameters<typeof parseWithZod>[1]['schema'], fields: Record<string, string>) =>
    parseWithZod(formOf(fields), { schema })

  test('a capital adjustment may lower the capital but is never zero', () => {
    const schema = createCapitalChangeSchema('vi', today)
    const lower = parseWithZod(formOf({ intent: 'capital-change', date: '2025-08-01', amountVnd: '-50.000.000.000' }), {
      schema,
    })
    expect(lower.status === 'success' && lower.value.amountVnd).toBe(-50_000_000_000n)
    const zero = parse(schema, { intent: 'capital-change', date: '2025-08-01', amountVnd: '0' })
    expect(zero.status === 'error' && zero.error?.amountVnd).toEqual(['goals.errors.amountNonZero'])
  })

  test('a disbursement is a positive whole number of đồng, dated no later than today', () => {
    const schema = createDisbursementSchema('vi', today)
    expect(parse(schema, { intent: 'disbursement', date: '2025-08-01', amountVnd: '-1' }).status).toBe('error')
    const fraction = parse(schema, { intent: 'disbursement', date: '2025-08-01', amountVnd: '1,5' })
    expect(fraction.status === 'error' && fraction.error?.amountVnd).toEqual(['errors.wholeDong'])
    const future = parse(schema, { intent: 'disbursement', date: '2025-08-11', amountVnd: '1' })
    expect(future.status === 'error' && future.error?.date).toEqual(['goals.errors.dateInFuture'])
  })

  test('a handover is a positive area in hectares', () => {
    const schema = createClearanceSchema('en', today)
    const ok = parseWithZod(formOf({ intent: 'clearance', date: '2025-08-01', hectares: '12.5' }), { schema })
    expect(ok.status === 'success' && ok.value.hectares).toBe(12.5)
    const zero = parse(schema, { intent: 'clearance', date: '2025-08-01', hectares: '0' })
    expect(zero.status === 'error' && zero.error?.hectares).toEqual(['goals.errors.hectaresPositive'])
  })
})
