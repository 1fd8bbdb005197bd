import { expect, test } from 'vitest'
import { getMilestoneState, isMilestoneLate } from '~/features/projects/milestone-state'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const today = day('2026-11-23')

test('a milestone done on or before its plan is on time', () => {
  expect(getMilestoneState(day('2026-06-30'), day('2026-06-30'), today)).toEqual({ state: 'done' })
  expect(getMilestoneState(null, day('2026-06-30'), today)).toEqual({ state: 'done' })
})

test('a milestone done after its plan is late by the days between', () => {
  const state = getMilestoneState(day('2026-06-30'), day('2026-07-10'), today)
  expect(state).toEqual({ state: 'doneLate', days: 10 })
  expect(isMilestoneLate(state)).toBe(true)
})

test('a planned date that has passed with nothing done is overdue, from the day after', () => {
  expect(getMilestoneState(day('2026-11-23'), null, today)).toEqual({ state: 'upcoming' })
  expect(getMilestoneState(day('2026-11-22'), null, today)).toEqual({ state: 'late', days: 1 })
})

test('no plan and no actual is unplanned, not late', () => {
  const state = getMilestoneState(null, null, today)
  expect(state).toEqual({ state: 'unplanned' })
  expect(isMilestoneLate(state)).toBe(false)
})
