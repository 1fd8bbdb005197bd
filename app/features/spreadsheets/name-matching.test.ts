import { expect, test } from 'vitest'
import { buildNameIndex, matchName } from './name-matching'

const units = buildNameIndex([
  { id: 'ha-lam', names: ['Phường Hà Lầm', 'Phường Hồng Hải'] },
  { id: 'ha-an', names: ['Phường Hà An'] },
  { id: 'hạ-an', names: ['Xã Hạ An'] },
  { id: 'dam-ha', names: ['Xã Đầm Hà'] },
])

test('a name matches with or without diacritics, in any case, with or without its kind', () => {
  expect(matchName(units, 'Phường Hà Lầm')).toEqual({ ok: true, id: 'ha-lam' })
  expect(matchName(units, 'phuong ha lam')).toEqual({ ok: true, id: 'ha-lam' })
  expect(matchName(units, '  HÀ   LẦM ')).toEqual({ ok: true, id: 'ha-lam' })
  expect(matchName(units, 'dam ha')).toEqual({ ok: true, id: 'dam-ha' })
  expect(matchName(units, 'Xa Dam Ha')).toEqual({ ok: true, id: 'dam-ha' })
})

test('a former name finds the unit it was merged into', () => {
  expect(matchName(units, 'Hồng Hải')).toEqual({ ok: true, id: 'ha-lam' })
})

test('names that fold alike are told apart when written exactly, and reported as ambiguous when not', () => {
  expect(matchName(units, 'Phường Hà An')).toEqual({ ok: true, id: 'ha-an' })
  expect(matchName(units, 'Xã Hạ An')).toEqual({ ok: true, id: 'hạ-an' })
  expect(matchName(units, 'ha an')).toEqual({ ok: false, problem: 'ambiguous', ids: ['ha-an', 'hạ-an'] })
})

test('a name nothing is called is unknown', () => {
  expect(matchName(units, 'Cẩm Phả')).toEqual({ ok: false, problem: 'unknown' })
  expect(matchName(units, '')).toEqual({ ok: false, problem: 'unknown' })
})
