import { expect, test } from 'vitest'
import { toSearchKey } from '~/utils/search-key'

test('folds diacritics, đ and case so "ha rang" matches "Hà Ráng"', () => {
  expect(toSearchKey('Hà Ráng')).toBe('ha rang')
  expect(toSearchKey('Cọc Sáu – Đèo Nai')).toBe('coc sau – deo nai')
  expect(toSearchKey('  Tân   Yên ')).toBe('tan yen')
  expect(toSearchKey('KHU CÔNG NGHIỆP SÔNG KHOAI')).toBe('khu cong nghiep song khoai')
})
