/**
 * Status histories and milestones, shared by the demo and the scale seeders so that both
 * obey the same rules: a history starts with (null -> proposed), walks
 * LIFECYCLE_STATUSES in order (suspended / cancelled may interrupt it at any point), has
 * strictly increasing effective dates and ends on the project's status.
 */
import {
  LIFECYCLE_STATUSES,
  MILESTONE_KINDS,
  type MilestoneKind,
  type ProjectStatus,
} from '../../app/features/projects/project-vocabulary'

export interface StatusStep {
  status: ProjectStatus
  date: Date
  reason?: string
  note?: string
}

export interface StatusChangeRow {
  fromStatus: ProjectStatus | null
  toStatus: ProjectStatus
  effectiveDate: Date
  reason: string | null
  note: string | null
}

export interface MilestoneRow {
  kind: MilestoneKind
  plannedDate: Date | null
  actualDate: Date | null
}

const TERMINAL_OR_PAUSED: readonly ProjectStatus[] = ['suspended', 'cancelled']

export function lifecycleIndex(status: ProjectStatus): number {
  return (LIFECYCLE_STATUSES as readonly ProjectStatus[]).indexOf(status)
}

/** Throws on a history the app would consider corrupt; seed data must never be. */
export function assertValidHistory(label: string, steps: readonly StatusStep[], status: ProjectStatus): void {
  const fail = (why: string): never => {
    throw new Error(`Status history of ${label}: ${why}`)
  }
  const first = steps[0]
  if (!first || first.status !== 'proposed') fail('must start with proposed')
  for (let i = 1; i < steps.length; i++) {
    const previous = steps[i - 1]!
    const current = steps[i]!
    if (current.date.getTime() <= previous.date.getTime()) fail(`dates must increase at step ${i}`)
    if (TERMINAL_OR_PAUSED.includes(previous.status)) fail(`nothing may follow ${previous.status}`)
    if (TERMINAL_OR_PAUSED.includes(current.status)) continue
    if (lifecycleIndex(current.status) !== lifecycleIndex(previous.status) + 1) {
      fail(`${previous.status} -> ${current.status} skips or reverses the lifecycle`)
    }
  }
  if (steps[steps.length - 1]!.status !== status) fail(`must end on the project status ${status}`)
}

export function toStatusChanges(steps: readonly StatusStep[]): StatusChangeRow[] {
  return steps.map((step, i) => ({
    fromStatus: i === 0 ? null : steps[i - 1]!.status,
    toStatus: step.status,
    effectiveDate: step.date,
    reason: step.reason ?? null,
    note: step.note ?? null,
  }))
}

/** The date a history reached a status, if it did. */
export function reachedOn(steps: readonly StatusStep[], status: ProjectStatus): Date | null {
  return steps.find((step) => step.status === status)?.date ?? null
}

/**
 * The five milestones. Actual dates come from the history (construction start =
 * under_construction, commissioning = operating) so the two can never disagree; land
 * handover is finished separately (parks hand land over in phases while building). For
 * policy_approval and irc the actual date stays null: the project's policyDecisionDate /
 * ircDate hold it.
 */
export function buildMilestones(
  planned: readonly [Date | null, Date | null, Date | null, Date | null, Date | null],
  steps: readonly StatusStep[],
  landHandoverActual: Date | null,
): MilestoneRow[] {
  const actualByKind: Record<MilestoneKind, Date | null> = {
    policy_approval: null,
    irc: null,
    land_handover: landHandoverActual,
    construction_start: reachedOn(steps, 'under_construction'),
    commissioning: reachedOn(steps, 'operating'),
  }
  return MILESTONE_KINDS.map((kind, i) => ({
    kind,
    plannedDate: planned[i] ?? null,
    actualDate: actualByKind[kind],
  }))
}

/** Default wording of each transition, in Vietnamese as officials would record it. */
export function defaultReason(
  status: ProjectStatus,
  documents: { policyDecisionNumber?: string | null; ircNumber?: string | null },
): string | undefined {
  switch (status) {
    case 'proposed':
      return 'Nhà đầu tư đề xuất dự án'
    case 'policy_approved':
      return documents.policyDecisionNumber
        ? `Chấp thuận chủ trương đầu tư (Quyết định số ${documents.policyDecisionNumber})`
        : 'Chấp thuận chủ trương đầu tư'
    case 'irc_issued':
      return documents.ircNumber
        ? `Cấp Giấy chứng nhận đăng ký đầu tư, mã số dự án ${documents.ircNumber}`
        : 'Cấp Giấy chứng nhận đăng ký đầu tư'
    case 'site_clearance':
      return 'Bắt đầu bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng'
    case 'under_construction':
      return 'Khởi công xây dựng'
    case 'operating':
      return 'Hoàn thành, đưa vào vận hành'
    default:
      return undefined
  }
}
