import { describe, expect, test } from 'vitest'
import { allowedNextStatuses, checkStatusTransition } from '~/features/projects/project-status'

describe('checkStatusTransition', () => {
  test('moving forward needs no reason, even skipping a step', () => {
    expect(checkStatusTransition('proposed', 'policy_approved')).toEqual({ ok: true, needsReason: false })
    expect(checkStatusTransition('proposed', 'irc_issued')).toEqual({ ok: true, needsReason: false })
    expect(checkStatusTransition('under_construction', 'operating')).toEqual({ ok: true, needsReason: false })
  })
  test('going back, suspending and cancelling need a reason', () => {
    expect(checkStatusTransition('irc_issued', 'policy_approved')).toEqual({ ok: true, needsReason: true })
    expect(checkStatusTransition('under_construction', 'suspended')).toEqual({ ok: true, needsReason: true })
    expect(checkStatusTransition('proposed', 'cancelled')).toEqual({ ok: true, needsReason: true })
    expect(checkStatusTransition('suspended', 'cancelled')).toEqual({ ok: true, needsReason: true })
  })
  test('a suspended project resumes without a reason', () => {
    expect(checkStatusTransition('suspended', 'under_construction')).toEqual({ ok: true, needsReason: false })
  })
  test('refuses a change to the same status and any change out of cancelled', () => {
    expect(checkStatusTransition('operating', 'operating')).toEqual({ ok: false, error: 'status.errors.same' })
    expect(checkStatusTransition('cancelled', 'proposed')).toEqual({ ok: false, error: 'status.errors.fromCancelled' })
  })
})

test('allowedNextStatuses offers every status but the current one, and none when cancelled', () => {
  expect(allowedNextStatuses('proposed')).not.toContain('proposed')
  expect(allowedNextStatuses('proposed')).toHaveLength(7)
  expect(allowedNextStatuses('cancelled')).toEqual([])
})
