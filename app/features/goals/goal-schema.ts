import { z } from 'zod'
import {
  INDICATOR_UNITS,
  MAX_YEAR,
  MIN_YEAR,
  PERIOD_KINDS,
  type PeriodValues,
  periodFromParts,
  periodKeyOf,
  periodParts,
} from '~/features/goals/goal-form-fields'
import {
  GOAL_DIRECTIONS,
  GOAL_METRICS,
  GOAL_SCOPES,
  type GoalMetric,
  METRIC_UNIT,
} from '~/features/goals/goal-vocabulary'
import { PROJECT_KINDS, SECTORS } from '~/features/projects/project-vocabulary'
import { dayField, optionalText, textField } from '~/utils/form-fields'
import { type Locale } from '~/utils/locale'
import { formatForInput, parseLocaleDecimal } from '~/utils/number-input'
import { type Period, periodMonths } from '~/utils/period'

export {
  INDICATOR_UNITS,
  PERIOD_KINDS,
  periodFromParts,
  periodIndexCount,
  periodKeyOf,
  periodParts,
} from '~/features/goals/goal-form-fields'

/**
 * The goal editor's one schema, run by Conform in the browser and again by the action.
 * Messages are i18n keys ("errors.tooLong:300", "goals.errors.phasingCount:3"), translated
 * where shown. Numbers are read in the reader's locale, hence a schema per locale.
 *
 * The schema stays a plain object with a refinement (no transform at its root, which
 * Conform's getZodConstraint cannot read); `toGoalInput` turns the parsed form into what
 * is stored: a period key, one scope value, the phasing as JSON shares.
 */

const MAX_TARGET = 1e15

const text = (max: number) => textField(max)
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'errors.choose' : 'errors.unknownOption') })

export const optionalUrl = optionalText(1000).refine(
  (url) => url === undefined || /^https?:\/\/\S+$/i.test(url),
  'errors.url',
)

// ---------------------------------------------------------------------------------------
// Periods as a form shows them: kind + year + index
// ---------------------------------------------------------------------------------------

/** The fields a period takes in a form; `refinePeriod` checks them together. */
export const periodFields = {
  periodKind: choice(PERIOD_KINDS),
  periodYear: z
    .number({ error: (issue) => (issue.input === undefined ? 'errors.required' : 'goals.errors.year') })
    .int('goals.errors.year')
    .min(MIN_YEAR, 'goals.errors.year')
    .max(MAX_YEAR, 'goals.errors.year'),
  periodIndex: z.number({ error: 'errors.choose' }).int('errors.unknownOption').optional(),
}

/** Adds the period's issue, if any, and returns the period. */
export function refinePeriod(value: PeriodValues, ctx: z.RefinementCtx): Period | null {
  const period = periodFromParts(value.periodKind, value.periodYear, value.periodIndex)
  if (!period && value.periodKind !== 'year') {
    ctx.addIssue({
      code: 'custom',
      path: ['periodIndex'],
      message: value.periodIndex === undefined ? 'errors.choose' : 'errors.unknownOption',
    })
  }
  return period
}

// ---------------------------------------------------------------------------------------
// Monthly phasing: cumulative percentages of the target due by the end of each month
// ---------------------------------------------------------------------------------------

/** "10; 30; 100" (or "12,5; 40; 100" in Vietnamese) as percentages. */
export function parsePhasing(input: string, locale: Locale): { value: number[] } | { error: string } {
  const parts = input
    .split(/[;\n]/)
    .map((part) => part.trim().replace(/%$/, '').trim())
    .filter((part) => part !== '')
  if (parts.length === 0) return { error: 'goals.errors.phasingFormat' }
  const value: number[] = []
  for (const part of parts) {
    const parsed = parseLocaleDecimal(part, locale)
    if ('error' in parsed) return { error: 'goals.errors.phasingFormat' }
    value.push(parsed.value)
  }
  return { value }
}

/** What is wrong with a phasing for a period of `months` months, or null. */
export function checkPhasing(percentages: readonly number[], months: number): string | null {
  if (percentages.length !== months) return `goals.errors.phasingCount:${months}`
  if (percentages.some((share) => share < 0 || share > 100)) return 'goals.errors.phasingRange'
  for (let index = 1; index < percentages.length; index += 1) {
    if ((percentages[index] ?? 0) < (percentages[index - 1] ?? 0)) return 'goals.errors.phasingOrder'
  }
  if (percentages.at(-1) !== 100) return 'goals.errors.phasingLast'
  return null
}

/** Stored as the shares progress.ts reads (0 to 1, the last 1). */
export function phasingToStored(percentages: readonly number[]): string {
  return JSON.stringify(percentages.map((share) => Math.round(share * 100) / 10_000))
}

/** A stored phasing written back in the form, in the reader's format. */
export function phasingForInput(stored: string | null | undefined, locale: Locale): string {
  if (!stored) return ''
  try {
    const parsed: unknown = JSON.parse(stored)
    if (!Array.isArray(parsed) || !parsed.every((share) => typeof share === 'number')) return ''
    return parsed.map((share: number) => formatForInput(Math.round(share * 10_000) / 100, locale)).join('; ')
  } catch {
    return ''
  }
}

// ---------------------------------------------------------------------------------------
// The goal editor
// ---------------------------------------------------------------------------------------

function decimal(locale: Locale) {
  return z.string({ error: 'errors.required' }).transform((value, ctx) => {
    const parsed = parseLocaleDecimal(value, locale)
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error })
      return z.NEVER
    }
    return parsed.value
  })
}

/** Money and counts are whole; hectares and reported figures may have decimals. */
function targetIssue(metric: GoalMetric, target: number): string | null {
  if (Math.abs(target) > MAX_TARGET) return 'errors.tooLarge'
  if (metric === 'statistic') return null
  if (target <= 0) return 'goals.errors.targetPositive'
  const unit = METRIC_UNIT[metric]
  if (unit === 'vnd' && !Number.isInteger(target)) return 'errors.wholeDong'
  if ((unit === 'usd' || unit === 'count') && !Number.isInteger(target)) return 'errors.wholeNumber'
  return null
}

export function createGoalEditorSchema(locale: Locale) {
  return z
    .object({
      version: z.number().int().optional(),
      title: text(300).min(1, 'errors.required'),
      titleEn: optionalText(300),
      ...periodFields,
      metric: choice(GOAL_METRICS),
      indicatorId: optionalText(40),
      target: decimal(locale),
      direction: choice(GOAL_DIRECTIONS),
      scopeType: choice(GOAL_SCOPES),
      scopeSector: choice(SECTORS).optional(),
      scopeKind: choice(PROJECT_KINDS).optional(),
      scopeProjectId: optionalText(40),
      departmentId: text(40),
      sourceTitle: optionalText(300),
      sourceUrl: optionalUrl,
      monthlyPhasing: z
        .string()
        .max(400, 'errors.tooLong:400')
        .transform((value, ctx) => {
          const parsed = parsePhasing(value, locale)
          if ('error' in parsed) {
            ctx.addIssue({ code: 'custom', message: parsed.error })
            return z.NEVER
          }
          return parsed.value
        })
        .optional(),
    })
    .superRefine((goal, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
      const period = refinePeriod(goal, ctx)

      if (goal.metric === 'statistic' && !goal.indicatorId) issue('indicatorId', 'goals.errors.indicatorRequired')
      const targetProblem = targetIssue(goal.metric, goal.target)
      if (targetProblem) issue('target', targetProblem)

      if (goal.scopeType === 'sector' && !goal.scopeSector) issue('scopeSector', 'errors.choose')
      if (goal.scopeType === 'kind' && !goal.scopeKind) issue('scopeKind', 'errors.choose')
      if (goal.scopeType === 'project' && !goal.scopeProjectId) issue('scopeProjectId', 'errors.choose')

      if (goal.monthlyPhasing) {
        // A reported rate stands at its level all period: a monthly path has no meaning.
        if (goal.metric === 'statistic') issue('monthlyPhasing', 'goals.errors.phasingForLevel')
        else if (period) {
          const problem = checkPhasing(goal.monthlyPhasing, periodMonths(period))
          if (problem) issue('monthlyPhasing', problem)
        }
      }
    })
}

export type GoalEditorValue = z.output<ReturnType<typeof createGoalEditorSchema>>

/** A goal as the database keeps it. */
export type GoalInput = {
  title: string
  titleEn: string | null
  periodKey: string
  metric: GoalMetric
  indicatorId: string | null
  target: number
  direction: (typeof GOAL_DIRECTIONS)[number]
  scopeType: (typeof GOAL_SCOPES)[number]
  scopeValue: string | null
  departmentId: string
  sourceTitle: string | null
  sourceUrl: string | null
  monthlyPhasing: string | null
}

export function toGoalInput(value: GoalEditorValue): GoalInput {
  const scopeValue =
    value.scopeType === 'sector'
      ? (value.scopeSector ?? null)
      : value.scopeType === 'kind'
        ? (value.scopeKind ?? null)
        : value.scopeType === 'project'
          ? (value.scopeProjectId ?? null)
          : null
  return {
    title: value.title,
    titleEn: value.titleEn || null,
    periodKey: periodKeyOf(value),
    metric: value.metric,
    // The indicator only means something for a reported statistic.
    indicatorId: value.metric === 'statistic' ? (value.indicatorId ?? null) : null,
    target: value.target,
    direction: value.direction,
    scopeType: value.scopeType,
    scopeValue,
    departmentId: value.departmentId,
    sourceTitle: value.sourceTitle || null,
    sourceUrl: value.sourceUrl || null,
    monthlyPhasing: value.monthlyPhasing && value.metric !== 'statistic' ? phasingToStored(value.monthlyPhasing) : null,
  }
}

/** The editor's values as strings, from a stored goal (numbers in the reader's format). */
export type GoalFormValues = {
  title: string
  titleEn: string
  periodKind?: string
  periodYear?: string
  periodIndex?: string
  metric: string
  indicatorId: string
  target: string
  direction: string
  scopeType: string
  scopeSector: string
  scopeKind: string
  scopeProjectId: string
  departmentId: string
  sourceTitle: string
  sourceUrl: string
  monthlyPhasing: string
}

export function goalFormValues(
  goal: Omit<GoalInput, 'metric' | 'direction' | 'scopeType'> & {
    metric: string
    direction: string
    scopeType: string
  },
  locale: Locale,
): GoalFormValues {
  return {
    title: goal.title,
    titleEn: goal.titleEn ?? '',
    ...periodParts(goal.periodKey),
    metric: goal.metric,
    indicatorId: goal.indicatorId ?? '',
    target: formatForInput(goal.target, locale),
    direction: goal.direction,
    scopeType: goal.scopeType,
    scopeSector: goal.scopeType === 'sector' ? (goal.scopeValue ?? '') : '',
    scopeKind: goal.scopeType === 'kind' ? (goal.scopeValue ?? '') : '',
    scopeProjectId: goal.scopeType === 'project' ? (goal.scopeValue ?? '') : '',
    departmentId: goal.departmentId,
    sourceTitle: goal.sourceTitle ?? '',
    sourceUrl: goal.sourceUrl ?? '',
    monthlyPhasing: phasingForInput(goal.monthlyPhasing, locale),
  }
}

// ---------------------------------------------------------------------------------------
// Reported statistics
// ---------------------------------------------------------------------------------------

export const IndicatorSchema = z.object({
  intent: z.literal('add-indicator', { error: 'errors.required' }),
  code: text(40)
    .regex(/^[A-Za-z0-9_]{2,}$/, 'goals.errors.indicatorCode')
    .transform((code) => code.toLowerCase()),
  nameVi: text(200).min(1, 'errors.required'),
  nameEn: text(200).min(1, 'errors.required'),
  unit: choice(INDICATOR_UNITS),
})
export type IndicatorInput = z.output<typeof IndicatorSchema>

export function createStatisticEntrySchema(locale: Locale, today: Date) {
  return z
    .object({
      indicatorId: text(40),
      ...periodFields,
      // Growth may be negative: "−1,2 %" is a figure, not a mistake.
      value: decimal(locale),
      referenceDate: dayField({ latest: today, tooLate: 'goals.errors.dateInFuture' }),
      sourceTitle: text(300).min(1, 'errors.required'),
      sourceUrl: optionalUrl,
      note: optionalText(2000, { multiline: true }),
    })
    .superRefine((entry, ctx) => {
      refinePeriod(entry, ctx)
      if (Math.abs(entry.value) > MAX_TARGET) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'errors.tooLarge' })
      }
    })
}
export type StatisticEntryValue = z.output<ReturnType<typeof createStatisticEntrySchema>>

/** The statistic form's values as strings, as the form shows them. */
export type StatisticEntryFormValues = {
  indicatorId?: string
  periodKind?: string
  periodYear?: string
  periodIndex?: string
  value?: string
  referenceDate?: string
  sourceTitle?: string
  sourceUrl?: string
  note?: string
}
