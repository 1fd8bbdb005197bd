/**
 * Where a milestone stands against its own plan. "late" is a planned date that has passed
 * with nothing done; "doneLate" was done, after the plan. Dates are calendar dates (UTC
 * midnight), `today` is the province's today.
 */
export type MilestoneState =
  | { state: 'done' }
  | { state: 'doneLate'; days: number }
  | { state: 'late'; days: number }
  | { state: 'upcoming' }
  | { state: 'unplanned' }

const DAY_MS = 86_400_000

/** Whole days between two calendar dates stored as UTC midnight. */
function daysBetween(later: Date, earlier: Date): number {
  return Math.round((later.getTime() - earlier.getTime()) / DAY_MS)
}

export function getMilestoneState(planned: Date | null, actual: Date | null, today: Date): MilestoneState {
  if (actual) {
    if (planned && actual > planned) return { state: 'doneLate', days: daysBetween(actual, planned) }
    return { state: 'done' }
  }
  if (!planned) return { state: 'unplanned' }
  if (today > planned) return { state: 'late', days: daysBetween(today, planned) }
  return { state: 'upcoming' }
}

export function isMilestoneLate(state: MilestoneState): boolean {
  return state.state === 'late' || state.state === 'doneLate'
}
