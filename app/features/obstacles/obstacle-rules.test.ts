import { describe, expect, test } from 'vitest'
import {
  allowedNextStatuses,
  canMoveObstacle,
  daysOverdue,
  isOverdue,
  obstacleCode,
  readObstacleStatus,
  requiredNoteFor,
} from '~/features/obstacles/obstacle-rules'
import { provinceToday } from '~/utils/format'

const deadline = new Date('2025-08-10T00:00:00.000Z')

describe('overdue, in the province’s calendar', () => {
  test('not overdue through the last minute of the deadline day in Asia/Ho_Chi_Minh', () => {
    // 23:59 on 10 August in Hà Nội is 16:59 UTC the same day.
    const lastMinute = provinceToday(new Date('2025-08-10T16:59:59.000Z'))
    expect(isOverdue({ status: 'open', deadline }, lastMinute)).toBe(false)
    expect(daysOverdue({ status: 'open', deadline }, lastMinute)).toBe(0)
  })

  test('overdue from midnight of the next day in the province, though it is still the 10th in UTC', () => {
    const nextMidnight = provinceToday(new Date('2025-08-10T17:00:00.000Z'))
    expect(isOverdue({ status: 'open', deadline }, nextMidnight)).toBe(true)
    expect(daysOverdue({ status: 'in_progress', deadline }, nextMidnight)).toBe(1)
  })

  test('an escalated obstacle can be overdue; a resolved or closed one never is', () => {
    const later = new Date('2025-09-30T00:00:00.000Z')
    expect(isOverdue({ status: 'escalated', deadline }, later)).toBe(true)
    expect(isOverdue({ status: 'resolved', deadline }, later)).toBe(false)
    expect(isOverdue({ status: 'closed', deadline }, later)).toBe(false)
    expect(daysOverdue({ status: 'escalated', deadline }, later)).toBe(51)
  })
})

describe('the lifecycle', () => {
  test('open moves forward, escalates, resolves or closes; it never goes back to open by itself', () => {
    expect(allowedNextStatuses('open')).toEqual(['in_progress', 'escalated', 'resolved', 'closed'])
    expect(canMoveObstacle('in_progress', 'open')).toBe(false)
    expect(canMoveObstacle('in_progress', 'in_progress')).toBe(false)
  })

  test('a resolved obstacle can be taken up again, a closed one reopened', () => {
    expect(canMoveObstacle('resolved', 'in_progress')).toBe(true)
    expect(canMoveObstacle('resolved', 'closed')).toBe(false)
    expect(canMoveObstacle('closed', 'open')).toBe(true)
    expect(canMoveObstacle('escalated', 'in_progress')).toBe(true)
  })

  test('resolving needs a resolution note and closing a reason', () => {
    expect(requiredNoteFor('resolved')).toBe('resolutionNote')
    expect(requiredNoteFor('closed')).toBe('closedReason')
    expect(requiredNoteFor('escalated')).toBeNull()
  })

  test('codes are zero-padded and keep growing past four digits', () => {
    expect(obstacleCode(7)).toBe('OBS-0007')
    expect(obstacleCode(12345)).toBe('OBS-12345')
  })
})

describe('a stored status', () => {
  test('reads as itself when the lifecycle knows it, else as open', () => {
    expect(readObstacleStatus('escalated')).toBe('escalated')
    expect(readObstacleStatus('archived')).toBe('open')
  })
})
