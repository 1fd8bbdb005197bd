import { describe, expect, test } from 'vitest'
import {
  type ProjectEditorValues,
  MERGE_FIELDS,
  mergeProjectEdit,
  parseMergeBase,
  readField,
  sameFieldValue,
  serializeMergeBase,
  writeField,
} from '~/features/projects/project-merge'

const lead = { name: 'Công ty CP Than Hà Lầm', country: 'VN', role: 'lead', capitalShare: '100' }
const partner = { name: 'B.Grimm Power', country: 'TH', role: 'partner', capitalShare: '49' }

const base: ProjectEditorValues = {
  code: 'QN-HR-01',
  name: 'Dự án mở rộng mỏ than Hà Ráng',
  nameEn: '',
  kind: 'underground_mine',
  sector: 'mining',
  registeredCapitalVnd: '2.216.450.000.000',
  description: 'Mở rộng khai thác.',
  investors: [lead],
  milestones: {
    policy_approval: { plannedDate: '2024-03-01', actualDate: '' },
    construction_start: { plannedDate: '2025-09-30', actualDate: '' },
  },
}

describe('mergeProjectEdit', () => {
  test('takes their change where I left the field as it was, keeps mine where they did', () => {
    const mine = { ...base, nameEn: 'Hà Ráng mine expansion' }
    const current = { ...base, registeredCapitalVnd: '2.500.000.000.000' }
    const { merged, differences } = mergeProjectEdit({ base, mine, current })
    expect(merged.nameEn).toBe('Hà Ráng mine expansion')
    expect(merged.registeredCapitalVnd).toBe('2.500.000.000.000')
    expect(merged.name).toBe(base.name)
    expect(differences).toEqual([
      { field: 'nameEn', mine: 'Hà Ráng mine expansion', current: '', outcome: 'mine' },
      {
        field: 'registeredCapitalVnd',
        mine: '2.216.450.000.000',
        current: '2.500.000.000.000',
        outcome: 'theirs',
      },
    ])
  })

  test('a field both changed differently is a conflict: the form keeps what I typed', () => {
    const mine = { ...base, registeredCapitalVnd: '3.000.000.000.000' }
    const current = { ...base, registeredCapitalVnd: '2.500.000.000.000' }
    const { merged, differences } = mergeProjectEdit({ base, mine, current })
    expect(merged.registeredCapitalVnd).toBe('3.000.000.000.000')
    expect(differences).toEqual([
      { field: 'registeredCapitalVnd', mine: '3.000.000.000.000', current: '2.500.000.000.000', outcome: 'conflict' },
    ])
  })

  test('both making the same change is no difference at all', () => {
    const mine = { ...base, name: 'Tên mới' }
    const current = { ...base, name: 'Tên mới' }
    const { merged, differences } = mergeProjectEdit({ base, mine, current })
    expect(differences).toEqual([])
    expect(merged.name).toBe('Tên mới')
  })

  test('sending exactly what is saved (a double click) leaves nothing to report', () => {
    const current = { ...base, registeredCapitalVnd: '2.500.000.000.000' }
    expect(mergeProjectEdit({ base, mine: current, current }).differences).toEqual([])
  })

  test('the investors list is merged as one field', () => {
    const withPartner = [{ ...lead, capitalShare: '51' }, partner]
    // They added a partner, I did not touch the investors: theirs.
    const theirs = mergeProjectEdit({ base, mine: base, current: { ...base, investors: withPartner } })
    expect(theirs.merged.investors).toEqual(withPartner)
    expect(theirs.differences.map((row) => [row.field, row.outcome])).toEqual([['investors', 'theirs']])

    // Both changed the list differently: mine stays, reported as a conflict.
    const mine = { ...base, investors: [{ ...lead, capitalShare: '60' }] }
    const both = mergeProjectEdit({ base, mine, current: { ...base, investors: withPartner } })
    expect(both.merged.investors).toEqual(mine.investors)
    expect(both.differences).toEqual([
      { field: 'investors', mine: mine.investors, current: withPartner, outcome: 'conflict' },
    ])
  })

  test('an investor written with other diacritics or case is the same investor', () => {
    const mine = { ...base, investors: [{ ...lead, name: 'cong ty cp than ha lam' }] }
    expect(mergeProjectEdit({ base, mine, current: base }).differences).toEqual([])
    const reordered = { ...base, investors: [partner, lead] }
    expect(mergeProjectEdit({ base: { ...base, investors: [lead, partner] }, mine: base, current: reordered })).toEqual(
      expect.objectContaining({ differences: [expect.objectContaining({ field: 'investors', outcome: 'conflict' })] }),
    )
  })

  test('milestone dates merge one by one, planned and actual apart', () => {
    const mine = {
      ...base,
      milestones: { ...base.milestones, construction_start: { plannedDate: '2025-10-15', actualDate: '' } },
    }
    const current = {
      ...base,
      milestones: { ...base.milestones, construction_start: { plannedDate: '2025-09-30', actualDate: '2025-10-01' } },
    }
    const { merged, differences } = mergeProjectEdit({ base, mine, current })
    expect(merged.milestones?.construction_start).toEqual({ plannedDate: '2025-10-15', actualDate: '2025-10-01' })
    expect(differences.map((row) => [row.field, row.outcome])).toEqual([
      ['milestones.construction_start.plannedDate', 'mine'],
      ['milestones.construction_start.actualDate', 'theirs'],
    ])
  })

  test('a cleared field is a change like any other', () => {
    const mine = { ...base, description: '' }
    const current = { ...base, name: 'Tên khác' }
    const { merged } = mergeProjectEdit({ base, mine, current })
    expect(merged.description).toBe('')
    expect(merged.name).toBe('Tên khác')
  })

  test('without a base every difference is a conflict and the form keeps what was typed', () => {
    const mine = { ...base, nameEn: 'Mine' }
    const current = { ...base, registeredCapitalVnd: '2.500.000.000.000' }
    const { merged, differences } = mergeProjectEdit({ base: undefined, mine, current })
    expect(merged.nameEn).toBe('Mine')
    expect(merged.registeredCapitalVnd).toBe(base.registeredCapitalVnd)
    expect(differences.every((row) => row.outcome === 'conflict')).toBe(true)
    expect(differences).toHaveLength(2)
  })

  test('spaces around text and CRLF line ends do not count as changes', () => {
    const mine = { ...base, description: 'Dòng một\r\nDòng hai  ' }
    const current = { ...base, description: 'Dòng một\nDòng hai' }
    expect(mergeProjectEdit({ base, mine, current }).differences).toEqual([])
  })
})

describe('reading and writing fields', () => {
  test('a missing value reads as empty; writing does not touch the original', () => {
    expect(readField({}, 'nameEn')).toBe('')
    expect(readField({}, 'investors')).toEqual([])
    expect(readField({}, 'milestones.irc.plannedDate')).toBe('')
    const written = writeField(base, 'milestones.commissioning.actualDate', '2026-01-01')
    expect(written.milestones?.commissioning).toEqual({ actualDate: '2026-01-01' })
    expect(written.milestones?.construction_start).toEqual(base.milestones?.construction_start)
    expect(base.milestones?.commissioning).toBeUndefined()
  })

  test('merges every field of the editor, and no actual date the form does not show', () => {
    expect(MERGE_FIELDS).toContain('registeredCapitalVnd')
    expect(MERGE_FIELDS).toContain('investors')
    expect(MERGE_FIELDS).toContain('milestones.land_handover.actualDate')
    expect(MERGE_FIELDS).not.toContain('milestones.irc.actualDate')
    expect(MERGE_FIELDS).not.toContain('version')
  })

  test('text and lists are never the same value', () => {
    expect(sameFieldValue('', [])).toBe(false)
  })
})

describe('the base carried by the form', () => {
  test('round-trips in the same language', () => {
    const text = serializeMergeBase(base, 'vi')
    const parsed = parseMergeBase(text, 'vi')
    expect(parsed?.registeredCapitalVnd).toBe('2.216.450.000.000')
    expect(parsed?.investors).toEqual([lead])
    expect(parsed?.milestones?.construction_start).toEqual({ plannedDate: '2025-09-30', actualDate: '' })
    // The actual date of policy approval is not a form field, so it is not carried.
    expect(parsed?.milestones?.policy_approval).toEqual({ plannedDate: '2024-03-01' })
  })

  test('is ignored when written in another language, malformed, or missing', () => {
    expect(parseMergeBase(serializeMergeBase(base, 'vi'), 'en')).toBeUndefined()
    expect(parseMergeBase('{not json', 'vi')).toBeUndefined()
    expect(parseMergeBase(JSON.stringify({ locale: 'vi', values: { investors: 'x' } }), 'vi')).toBeUndefined()
    expect(parseMergeBase(null, 'vi')).toBeUndefined()
  })
})
