import { z } from 'zod'
import {
  OBSTACLE_CATEGORIES,
  OBSTACLE_PRIORITIES,
  OBSTACLE_STATUSES,
  RAISED_BY_KINDS,
  type ObstacleStatus,
  canMoveObstacle,
  requiredNoteFor,
} from '~/features/obstacles/obstacle-rules'
import { dayField, optionalText, requiredText } from '~/utils/form-fields'

/**
 * The forms of the obstacles register. Messages are i18n keys (app/utils/translate-error.ts).
 * Dates arrive as yyyy-mm-dd from date inputs and are read strictly (app/utils/form-fields.ts)
 * into UTC-midnight Dates, which is how calendar days are stored. A dialogue meeting's form
 * raises obstacles with the same fields (app/features/meetings/meeting-schema.ts).
 */

const multiline = { multiline: true }

/** A day no later than today (the province's): what has happened, not what is planned. */
export function dayNotAfter(today: Date) {
  return dayField({ latest: today, tooLate: 'obstacles.errors.dateInFuture' })
}

/**
 * A list of ids from repeated checkboxes or a multi-select: none, one or several values.
 * Empty entries (Conform reads "" as undefined) are dropped, so they read as "none chosen".
 * Typed as a form sends it, so a form's default (a list of ids) fits; anything else that
 * arrives fails the array of strings that follows.
 */
export function idList(value: string | string[] | undefined): unknown[] {
  const values: unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value]
  return values.filter((id) => id !== undefined && id !== '')
}

/** One or more responsible departments. */
const departmentIds = z.preprocess(
  idList,
  z
    .array(z.string().min(1).max(40))
    .min(1, 'obstacles.errors.departmentRequired')
    .max(10, 'obstacles.errors.tooManyDepartments')
    .transform((ids) => [...new Set(ids)]),
)

/**
 * The fields an obstacle is recorded with, alone or from a meeting (which gives the day it
 * was raised: app/features/meetings/meeting-schema.ts).
 */
export const obstacleFields = {
  projectId: z.string({ error: 'errors.choose' }).min(1, 'errors.choose').max(40),
  category: z.enum(OBSTACLE_CATEGORIES, { error: 'errors.choose' }),
  title: requiredText(300),
  description: optionalText(5000, multiline),
  departmentIds,
  deadline: dayField(),
  priority: z.enum(OBSTACLE_PRIORITIES, { error: 'errors.choose' }),
}

/** Raised on or before its deadline; a deadline before the day it was raised is a typo. */
function deadlineNotBeforeRaised<T extends { raisedOn: Date; deadline: Date }>(value: T, ctx: z.RefinementCtx) {
  if (value.deadline.getTime() < value.raisedOn.getTime()) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'obstacles.errors.deadlineBeforeRaised' })
  }
}

export function createObstacleSchema(today: Date) {
  return z
    .object({
      ...obstacleFields,
      raisedOn: dayNotAfter(today),
      raisedByKind: z.enum(RAISED_BY_KINDS, { error: 'errors.choose' }),
      raisedByName: requiredText(300),
    })
    .superRefine(deadlineNotBeforeRaised)
}
export type ObstacleInput = z.infer<ReturnType<typeof createObstacleSchema>>

export function createObstacleEditSchema(today: Date) {
  return z
    .object({
      version: z.coerce.number().int().min(1),
      ...obstacleFields,
      raisedOn: dayNotAfter(today),
      raisedByKind: z.enum(RAISED_BY_KINDS, { error: 'errors.choose' }),
      raisedByName: requiredText(300),
    })
    .superRefine(deadlineNotBeforeRaised)
}
export type ObstacleEditInput = z.infer<ReturnType<typeof createObstacleEditSchema>>

export function createMeasureSchema(today: Date) {
  return z.object({
    intent: z.literal('measure'),
    date: dayNotAfter(today),
    departmentId: z.string({ error: 'errors.choose' }).min(1, 'errors.choose').max(40),
    description: requiredText(5000, multiline),
    documentRef: optionalText(200),
  })
}
export type MeasureInput = z.infer<ReturnType<typeof createMeasureSchema>>

/** A status change; the rules need the current status, so one schema per obstacle. */
export function createObstacleStatusSchema(from: ObstacleStatus) {
  return z
    .object({
      intent: z.literal('status'),
      version: z.coerce.number().int().min(1),
      toStatus: z.enum(OBSTACLE_STATUSES, { error: 'errors.choose' }),
      note: optionalText(5000, multiline),
    })
    .superRefine((change, ctx) => {
      if (!canMoveObstacle(from, change.toStatus)) {
        ctx.addIssue({ code: 'custom', path: ['toStatus'], message: 'obstacles.errors.transition' })
        return
      }
      const needed = requiredNoteFor(change.toStatus)
      if (needed && !change.note) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message:
            needed === 'resolutionNote' ? 'obstacles.errors.resolutionRequired' : 'obstacles.errors.reasonRequired',
        })
      }
    })
}
export type ObstacleStatusInput = z.infer<ReturnType<typeof createObstacleStatusSchema>>
