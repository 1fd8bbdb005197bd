import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import { createProjectEditorSchema } from '~/features/projects/project-editor-schema'

const today = new Date('2026-11-23T00:00:00.000Z')

function formOf(fields: Record<string, string>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

const valid = {
  code: 'qn-2025-001',
  name: 'Dự án mở rộng mỏ than hầm lò Hà Ráng',
  kind: 'underground_mine',
  sector: 'mining',
  unitId: 'unit-1',
  departmentId: 'dept-1',
  investmentType: 'domestic',
}

function parse(fields: Record<string, string>, locale: 'vi' | 'en' = 'vi') {
  return parseWithZod(formOf(fields), { schema: createProjectEditorSchema(locale, today) })
}

describe('project editor schema', () => {
  test('accepts a minimal project and upper-cases its code', () => {
    const submission = parse(valid)
    expect(submission.status).toBe('success')
    if (submission.status === 'success') expect(submission.value.code).toBe('QN-2025-001')
  })

  test('reads capital exactly in the reader’s format', () => {
    const submission = parse({ ...valid, registeredCapitalVnd: '2.216.450.000.000', areaHa: '1.234,5' })
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.registeredCapitalVnd).toBe(2_216_450_000_000n)
    expect(submission.value.areaHa).toBe(1234.5)
  })

  test('names each field that is wrong, with a message key', () => {
    const submission = parse(
      {
        ...valid,
        name: 'x'.repeat(301),
        kind: 'spaceport',
        areaHa: '-5',
        registeredCapitalVnd: '1.000,5',
        sourceUrl: 'ftp://example',
      },
      'vi',
    )
    expect(submission.status).toBe('error')
    const errors = submission.reply().error ?? {}
    expect(errors.name).toEqual(['errors.tooLong:300'])
    expect(errors.kind).toEqual(['errors.unknownOption'])
    expect(errors.areaHa).toEqual(['errors.negative'])
    expect(errors.registeredCapitalVnd).toEqual(['errors.wholeDong'])
    expect(errors.sourceUrl).toEqual(['errors.url'])
  })

  test('refuses an English-format mistake like "1.000,5" in English', () => {
    const errors = parse({ ...valid, areaHa: '1.000,5' }, 'en').reply().error ?? {}
    expect(errors.areaHa).toEqual(['errors.numberFormat'])
  })

  test('refuses dates out of order and actual dates in the future', () => {
    const errors =
      parse({
        ...valid,
        policyDecisionDate: '2025-05-01',
        ircDate: '2025-04-01',
        'milestones.irc.plannedDate': '2026-01-01',
        'milestones.construction_start.plannedDate': '2025-12-01',
        'milestones.commissioning.plannedDate': '2025-11-01',
        'milestones.commissioning.actualDate': '2027-01-01',
      }).reply().error ?? {}
    expect(errors.ircDate).toEqual(['errors.datesOrder'])
    expect(errors['milestones.construction_start.plannedDate']).toEqual(['errors.plannedOrder:milestone.irc'])
    expect(errors['milestones.commissioning.plannedDate']).toEqual(['errors.plannedOrder:milestone.construction_start'])
    expect(errors['milestones.commissioning.actualDate']).toEqual(['errors.inFuture'])
  })

  test('lets construction start on land handed over in parts, before the last part is', () => {
    // Sông Khoai industrial park: phase 1 is built while the last 100 ha are still being cleared.
    const submission = parse({
      ...valid,
      'milestones.policy_approval.plannedDate': '2018-12-31',
      'milestones.irc.plannedDate': '2019-03-31',
      'milestones.land_handover.plannedDate': '2021-12-31',
      'milestones.construction_start.plannedDate': '2020-06-30',
      'milestones.commissioning.plannedDate': '2026-12-31',
    })
    expect(submission.reply().error).toBeUndefined()
    expect(submission.status).toBe('success')
  })

  test('reads dates strictly: a real yyyy-mm-dd day within 1990–2100, nothing new Date() would guess', () => {
    const errors =
      parse({
        ...valid,
        policyDecisionDate: '1',
        ircDate: '2025-02-30',
        'milestones.irc.plannedDate': '+275760-09-13',
        'milestones.commissioning.plannedDate': '2101-01-01',
      }).reply().error ?? {}
    expect(errors.policyDecisionDate).toEqual(['errors.date'])
    expect(errors.ircDate).toEqual(['errors.date'])
    expect(errors['milestones.irc.plannedDate']).toEqual(['errors.date'])
    expect(errors['milestones.commissioning.plannedDate']).toEqual(['errors.dateRange'])
  })

  test('keeps what is visible of a name: no control or bidi characters, Vietnamese precomposed', () => {
    const submission = parse({ ...valid, name: '\u202EDự án mỏ Ha\u0300 Ra\u0301ng\u0000', nameEn: '\u0000\u2066' })
    expect(submission.status).toBe('success')
    if (submission.status !== 'success') return
    expect(submission.value.name).toBe('Dự án mỏ Hà Ráng')
    expect(submission.value.nameEn).toBeUndefined()
    expect(parse({ ...valid, name: '\u202E\u0000 ' }).reply().error?.name).toEqual(['errors.required'])
  })

  test('refuses more handed-over land than needed and more disbursed than registered', () => {
    const errors =
      parse({
        ...valid,
        clearanceNeededHa: '100',
        clearanceDoneHa: '120',
        registeredCapitalVnd: '1.000.000',
        disbursedCapitalVnd: '2.000.000',
      }).reply().error ?? {}
    expect(errors.clearanceDoneHa).toEqual(['errors.clearanceExceeds'])
    expect(errors.disbursedCapitalVnd).toEqual(['errors.disbursedExceeds'])
  })

  test('checks investors: one lead, no duplicate, shares up to 100 %', () => {
    const errors =
      parse({
        ...valid,
        'investors[0].name': 'B.Grimm Power',
        'investors[0].country': 'TH',
        'investors[0].role': 'lead',
        'investors[0].capitalShare': '70',
        'investors[1].name': 'b.grimm power',
        'investors[1].country': 'TH',
        'investors[1].role': 'lead',
        'investors[1].capitalShare': '40',
      }).reply().error ?? {}
    expect(errors['investors[1].name']).toEqual(['errors.duplicateInvestor'])
    expect(errors['investors[1].role']).toEqual(['errors.oneLead'])
    expect(errors.investors).toEqual(['errors.shareTotal'])
  })
})
