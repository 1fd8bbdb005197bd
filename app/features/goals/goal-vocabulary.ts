import { type Accumulation } from '~/features/progress/progress'

/**
 * What a goal measures. The first six are computed from the project records (never typed
 * twice); "statistic" reads the latest figure staff entered for the goal's indicator.
 */
export const GOAL_METRICS = [
  'fdi_attracted_usd',
  'registered_capital_vnd',
  'policy_approvals',
  'ircs_issued',
  'construction_starts',
  'capital_disbursed_vnd',
  'clearance_handed_over_ha',
  'statistic',
] as const
export type GoalMetric = (typeof GOAL_METRICS)[number]

export type GoalUnit = 'usd' | 'vnd' | 'count' | 'ha' | 'indicator'

export const METRIC_UNIT: Record<GoalMetric, GoalUnit> = {
  fdi_attracted_usd: 'usd',
  registered_capital_vnd: 'vnd',
  policy_approvals: 'count',
  ircs_issued: 'count',
  construction_starts: 'count',
  capital_disbursed_vnd: 'vnd',
  clearance_handed_over_ha: 'ha',
  statistic: 'indicator',
}

/** Computed metrics add up over the period; a reported statistic is a level (a rate). */
export const METRIC_ACCUMULATION: Record<GoalMetric, Accumulation> = {
  fdi_attracted_usd: 'cumulative',
  registered_capital_vnd: 'cumulative',
  policy_approvals: 'cumulative',
  ircs_issued: 'cumulative',
  construction_starts: 'cumulative',
  capital_disbursed_vnd: 'cumulative',
  clearance_handed_over_ha: 'cumulative',
  statistic: 'level',
}

export const GOAL_DIRECTIONS = ['at_least', 'at_most'] as const
export const GOAL_SCOPES = ['province', 'sector', 'kind', 'project'] as const
export type GoalScopeType = (typeof GOAL_SCOPES)[number]

/** How much a planned milestone counts in the forecast, by the likelihood staff set. */
export const LIKELIHOODS = ['low', 'medium', 'high'] as const
export type Likelihood = (typeof LIKELIHOODS)[number]
export const LIKELIHOOD_WEIGHT: Record<Likelihood, number> = { low: 0.25, medium: 0.5, high: 0.8 }

/** A period filter: the part of a period key after the year ("Q3", "H1", "M7"), or Y for the year. */
export const GOAL_PERIOD_FILTERS = [
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  'H2',
  ...Array.from({ length: 12 }, (_, index) => `M${index + 1}` as const),
  'Y',
] as const
