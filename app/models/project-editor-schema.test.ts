import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import { createProjectEditorSchema } from '~/models/project-editor-schema'

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
        'milestones.land_handover.plannedDate': '2026-01-01',
        'milestones.construction_start.plannedDate': '2025-12-01',
        'milestones.commissioning.actualDate': '2027-01-01',
      }).reply().error ?? {}
    expect(errors.ircDate).toEqual(['errors.datesOrder'])
    expect(errors['milestones.construction_start.plannedDate']).toEqual(['errors.plannedOrder:milestone.land_handover'])
    expect(errors['milestones.commissioning.actualDate']).toEqual(['errors.inFuture'])
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
