/**
 * The obstacles register's closed lists and rules: which status may follow which, what a
 * change needs, and when an obstacle is overdue. Pure, so the edges are unit-tested
 * (obstacle-rules.test.ts). Labels live in the i18n dictionaries
 * (obstacles.category.*, obstacles.status.*…).
 */
import { isOneOf } from '~/features/projects/project-vocabulary'
import { toSearchKey } from '~/utils/search-key'

export const OBSTACLE_CATEGORIES = [
  'land',
  'infrastructure',
  'human_resources',
  'procedures',
  'capital',
  'market',
  'other',
] as const
export type ObstacleCategory = (typeof OBSTACLE_CATEGORIES)[number]

export const OBSTACLE_STATUSES = ['open', 'in_progress', 'escalated', 'resolved', 'closed'] as const
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number]

/** A stored status as one of the lifecycle's (one the code does not know reads as open). */
export function readObstacleStatus(status: string): ObstacleStatus {
  return isOneOf(OBSTACLE_STATUSES, status) ? status : 'open'
}

/** Still waiting to be cleared: these can be overdue and count as "open" on the project list. */
export const UNRESOLVED_STATUSES = ['open', 'in_progress', 'escalated'] as const satisfies readonly ObstacleStatus[]

export const OBSTACLE_PRIORITIES = ['high', 'medium', 'low'] as const
export type ObstaclePriority = (typeof OBSTACLE_PRIORITIES)[number]

/** Who raised it: an enterprise, a meeting (a dialogue, a People's Committee session) or a department. */
export const RAISED_BY_KINDS = ['enterprise', 'meeting', 'department'] as const
export type RaisedByKind = (typeof RAISED_BY_KINDS)[number]

/**
 * The lifecycle: open → in progress → resolved, or escalated to the provincial People's
 * Committee, or closed as not actionable. A resolved or closed obstacle can be reopened
 * (it came back, or was closed by mistake); escalation can come back to the departments.
 */
const NEXT: Record<ObstacleStatus, readonly ObstacleStatus[]> = {
  open: ['in_progress', 'escalated', 'resolved', 'closed'],
  in_progress: ['escalated', 'resolved', 'closed'],
  escalated: ['in_progress', 'resolved', 'closed'],
  resolved: ['in_progress'],
  closed: ['open'],
}

export function allowedNextStatuses(from: ObstacleStatus): readonly ObstacleStatus[] {
  return NEXT[from]
}

export function canMoveObstacle(from: ObstacleStatus, to: ObstacleStatus): boolean {
  return NEXT[from].includes(to)
}

/** What a change to `to` must carry: resolving needs a resolution note, closing a reason. */
export function requiredNoteFor(to: ObstacleStatus): 'resolutionNote' | 'closedReason' | null {
  if (to === 'resolved') return 'resolutionNote'
  if (to === 'closed') return 'closedReason'
  return null
}

export function isUnresolved(status: string): boolean {
  return (UNRESOLVED_STATUSES as readonly string[]).includes(status)
}

/**
 * Overdue when still unresolved after its deadline day has ended in the province.
 * `deadline` is the calendar day (stored as UTC midnight) and `today` the province's
 * calendar day (app/utils/format.ts provinceToday), so 23:59 on the deadline in Hà Nội
 * is not overdue and 00:00 the next day is.
 */
export function isOverdue(obstacle: { status: string; deadline: Date }, today: Date): boolean {
  return isUnresolved(obstacle.status) && obstacle.deadline.getTime() < today.getTime()
}

const DAY_MS = 86_400_000

/** Whole days past the deadline (0 when not overdue). */
export function daysOverdue(obstacle: { status: string; deadline: Date }, today: Date): number {
  if (!isOverdue(obstacle, today)) return 0
  return Math.round((today.getTime() - obstacle.deadline.getTime()) / DAY_MS)
}

/** "OBS-0042": the code people quote in letters and meetings. */
export function obstacleCode(sequence: number): string {
  return `OBS-${String(sequence).padStart(4, '0')}`
}

/**
 * What an obstacle's free-text search looks through (its project is searched through the
 * project's own searchText). Shared by the model and the seeders; rebuilt on every edit.
 */
export function buildObstacleSearchText(
  parts: { title: string; description?: string | null; raisedByName: string },
  code: string,
): string {
  return toSearchKey([code, parts.title, parts.description ?? '', parts.raisedByName].join(' '))
}
