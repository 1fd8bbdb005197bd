import { LIFECYCLE_STATUSES, type MilestoneKind, type ProjectStatus } from '~/features/projects/project-vocabulary'

/**
 * Which status changes make sense (docs/decisions/003). Moving forward along the
 * lifecycle may skip steps (a project that needs no policy approval goes straight to its
 * IRC). Going back, suspending and cancelling need a reason. A cancelled project is
 * closed for good; a suspended one resumes to any lifecycle status.
 */
export type TransitionCheck =
  { ok: true; needsReason: boolean } | { ok: false; error: 'status.errors.same' | 'status.errors.fromCancelled' }

function lifecycleIndex(status: ProjectStatus): number {
  return (LIFECYCLE_STATUSES as readonly string[]).indexOf(status)
}

export function checkStatusTransition(from: ProjectStatus, to: ProjectStatus): TransitionCheck {
  if (from === to) return { ok: false, error: 'status.errors.same' }
  if (from === 'cancelled') return { ok: false, error: 'status.errors.fromCancelled' }
  if (to === 'suspended' || to === 'cancelled') return { ok: true, needsReason: true }
  if (from === 'suspended') return { ok: true, needsReason: false }
  return { ok: true, needsReason: lifecycleIndex(to) < lifecycleIndex(from) }
}

/** The statuses a project may move to from `from`, in display order. */
export function allowedNextStatuses(from: ProjectStatus): ProjectStatus[] {
  const all: ProjectStatus[] = [...LIFECYCLE_STATUSES, 'suspended', 'cancelled']
  return all.filter((to) => checkStatusTransition(from, to).ok)
}

/** The milestone a status reaches, whose actual date is filled in when it happens. */
export const MILESTONE_REACHED_BY_STATUS: Partial<Record<ProjectStatus, MilestoneKind>> = {
  under_construction: 'construction_start',
  operating: 'commissioning',
}
