import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { departmentsVi } from '~/features/departments/departments.vi'
import { exchangeRatesVi } from '~/features/exchange-rates/exchange-rates.vi'
import { investorsVi } from '~/features/investors/investors.vi'
import { projectsVi } from '~/features/projects/projects.vi'
import { usersVi } from '~/features/users/users.vi'
import { en } from '~/locales/en'
import { vi } from '~/locales/vi'

// vi.ts spreads the features that own several namespaces; a namespace defined twice would
// silently lose one feature's strings.
test('no namespace is owned twice', () => {
  const spread = [projectsVi, investorsVi, departmentsVi, exchangeRatesVi, usersVi].flatMap(Object.keys)
  const named = [...readFileSync('app/locales/vi.ts', 'utf8').matchAll(/^ {2}(\w+):/gm)].map((match) => match[1])
  const all = [...spread, ...named]
  expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([])
  expect(all.sort()).toEqual(Object.keys(vi).sort())
})

test('both languages have the same namespaces', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
})
