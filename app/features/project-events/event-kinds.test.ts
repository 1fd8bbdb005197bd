import { describe, expect, test } from 'vitest'
import {
  EVENT_KINDS,
  type ProjectTotals,
  eventSnapshot,
  moveTotal,
  parseEventKind,
} from '~/features/project-events/event-kinds'

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)

const totals: ProjectTotals = {
  registeredCapitalVnd: 1_000n,
  disbursedCapitalVnd: 400n,
  clearanceNeededHa: 10,
  clearanceDoneHa: 2.5,
  ircDate: day('2025-05-15'),
}

describe('moving a project total', () => {
  test('an entry adds its amount; a correction takes the old one out and puts the new one in', () => {
    expect(moveTotal('disbursement', totals, null, { date: day('2025-08-01'), amountVnd: 100n }, 'amountVnd')).toEqual({
      ok: true,
      field: 'disbursedCapitalVnd',
      before: 400n,
      after: 500n,
    })
    const corrected = moveTotal(
      'clearance',
      totals,
      { date: day('2025-08-01'), hectares: 1.5 },
      { date: day('2025-08-01'), hectares: 0.33333 },
      'hectares',
    )
    // Hectares are kept to four decimals.
    expect(corrected).toEqual({ ok: true, field: 'clearanceDoneHa', before: 2.5, after: 1.3333 })
  })

  test('each kind is refused at its own limits, on the field the form shows it', () => {
    const capital = (amountVnd: bigint, date = day('2025-08-01')) =>
      moveTotal('capital-change', totals, null, { date, amountVnd }, 'amountVnd')
    expect(capital(10n, day('2025-05-14'))).toMatchObject({ field: 'date', error: 'goals.errors.beforeIrc' })
    expect(capital(-1_001n)).toMatchObject({ field: 'amountVnd', error: 'goals.errors.capitalBelowZero' })
    expect(capital(-601n)).toMatchObject({ field: 'amountVnd', error: 'goals.errors.capitalBelowDisbursed' })
    expect(capital(-600n)).toMatchObject({ ok: true, after: 400n })
    expect(
      moveTotal('disbursement', totals, null, { date: day('2025-08-01'), amountVnd: 601n }, 'amountVnd'),
    ).toMatchObject({ error: 'goals.errors.disbursedExceedsRegistered' })
    expect(moveTotal('clearance', totals, null, { date: day('2025-08-01'), hectares: 7.6 }, 'hectares')).toMatchObject({
      error: 'goals.errors.clearanceExceedsNeeded',
    })
  })

  test('a void takes the amount out, refused on the form itself when the total would fall below zero', () => {
    const voided = moveTotal('disbursement', totals, { date: day('2025-08-01'), amountVnd: 500n }, null, '')
    expect(voided).toEqual({ ok: false, field: '', error: 'corrections.errors.totalBelowZero' })
  })
})

test('an audit snapshot holds the kind’s own fields, in order, an empty text as null', () => {
  const values = { date: day('2025-08-01'), amountVnd: 5n, hectares: 1, documentNumber: '', note: undefined }
  expect(Object.entries(eventSnapshot('capital-change', values))).toEqual([
    ['date', day('2025-08-01')],
    ['amountVnd', 5n],
    ['documentNumber', null],
    ['note', null],
  ])
  expect(Object.keys(eventSnapshot('clearance', values))).toEqual(['date', 'hectares', 'note'])
})

test('an entry form’s intent names its kind', () => {
  expect(EVENT_KINDS.map(parseEventKind)).toEqual(['capital-change', 'disbursement', 'clearance'])
  expect([parseEventKind('likelihood'), parseEventKind('void-clearance'), parseEventKind(null)]).toEqual([
    null,
    null,
    null,
  ])
})
