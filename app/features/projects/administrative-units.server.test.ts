import { describe, expect, test } from 'vitest'
import { getAdministrativeUnitChoices } from '~/features/projects/administrative-units.server'

const units = [
  { id: 'u-1', name: 'Hà Lầm', kind: 'ward', province: 'Quảng Ninh' },
  { id: 'u-2', name: 'Cô Tô', kind: 'special_zone', province: 'Quảng Ninh' },
]

describe('getAdministrativeUnitChoices', () => {
  test('names each commune as people say it, in the reader’s language, made once per list', () => {
    const vi = getAdministrativeUnitChoices(units, 'vi')
    expect(vi).toEqual([
      { value: 'u-1', label: 'Phường Hà Lầm (Quảng Ninh)' },
      { value: 'u-2', label: 'Đặc khu Cô Tô (Quảng Ninh)' },
    ])
    expect(getAdministrativeUnitChoices(units, 'en')[0]?.label).toBe('Ward Hà Lầm (Quảng Ninh)')
    expect(getAdministrativeUnitChoices(units, 'vi')).toBe(vi)
    // A list read afresh (the database changed) is named afresh.
    const renamed = [{ ...units[0]!, name: 'Hà Lầm mới' }]
    expect(getAdministrativeUnitChoices(renamed, 'vi')[0]?.label).toBe('Phường Hà Lầm mới (Quảng Ninh)')
  })
})
