import { expect, test } from 'vitest'
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '~/features/audit/audit-describe'
import {
  isCalendarDay,
  parseAuditListQuery,
  parsePageParam,
  provinceDayEnd,
  provinceDayStart,
} from '~/features/audit/audit-filters'

test('a day in the province starts at 00:00 Vietnam time, 17:00 UTC the day before', () => {
  expect(provinceDayStart('2025-08-12').toISOString()).toBe('2025-08-11T17:00:00.000Z')
  expect(provinceDayEnd('2025-08-12').toISOString()).toBe('2025-08-12T17:00:00.000Z')
  // across a month and a year end
  expect(provinceDayEnd('2025-12-31').toISOString()).toBe('2025-12-31T17:00:00.000Z')
  expect(provinceDayStart('2026-01-01').toISOString()).toBe('2025-12-31T17:00:00.000Z')
})

test('only real calendar days are days', () => {
  expect(isCalendarDay('2024-02-29')).toBe(true)
  expect(isCalendarDay('2025-02-29')).toBe(false)
  expect(isCalendarDay('2025-13-01')).toBe(false)
  expect(isCalendarDay('12/08/2025')).toBe(false)
  expect(isCalendarDay('2025-08-12T00:00')).toBe(false)
  expect(isCalendarDay('+275760-09-13')).toBe(false)
  expect(isCalendarDay(' 2025-08-12')).toBe(false)
})

test('days outside the forms’ range (1990–2100) are dropped like any other nonsense', () => {
  expect(parseAuditListQuery(new URLSearchParams('from=0001-01-01&to=9999-12-31'))).toEqual({ page: 1 })
  expect(parseAuditListQuery(new URLSearchParams('from=1990-01-01&to=2100-12-31'))).toMatchObject({
    from: '1990-01-01',
    to: '2100-12-31',
  })
})

test('filters in the URL are read, and nonsense is dropped rather than refused', () => {
  expect(
    parseAuditListQuery(
      new URLSearchParams('user=cm123abc&entity=project&action=status_change&from=2025-08-01&to=2025-08-31&page=2'),
    ),
  ).toEqual({
    user: 'cm123abc',
    entity: 'project',
    action: 'status_change',
    from: '2025-08-01',
    to: '2025-08-31',
    page: 2,
  })
  expect(
    parseAuditListQuery(
      new URLSearchParams('user=%27%20OR%201=1&entity=Project!&action=&from=2025-02-30&to=yesterday&page=-3'),
    ),
  ).toEqual({ page: 1 })
  expect(parseAuditListQuery(new URLSearchParams('page=abc&action=DROP TABLE'))).toEqual({ page: 1 })
})

test('a page number is a positive whole number, else the first page', () => {
  expect(parsePageParam(new URLSearchParams('page=3'))).toBe(3)
  expect(parsePageParam(new URLSearchParams('page=0'))).toBe(1)
  expect(parsePageParam(new URLSearchParams('page=2.5'))).toBe(1)
  expect(parsePageParam(new URLSearchParams(''))).toBe(1)
})

test('every record type and action the app writes can be a filter', () => {
  for (const entity of AUDIT_ENTITY_TYPES) {
    expect(parseAuditListQuery(new URLSearchParams({ entity })).entity).toBe(entity)
  }
  for (const action of AUDIT_ACTIONS) {
    expect(parseAuditListQuery(new URLSearchParams({ action })).action).toBe(action)
  }
})
