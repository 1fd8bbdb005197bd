import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { readObstacleStatus } from '~/features/obstacles/obstacle-rules'
import { createMeasureSchema, createObstacleStatusSchema } from '~/features/obstacles/obstacle-schema'
import {
  type ObstacleDetail,
  ObstacleTransitionError,
  StaleObstacleError,
  addMeasure,
  changeObstacleStatus,
  departmentExists,
} from '~/features/obstacles/obstacle.server'
import { type Actor } from '~/utils/audit.server'
import { formatDate } from '~/utils/format'
import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'

/**
 * The obstacle page's two forms, once the route has checked who may follow the obstacle up:
 * a measure taken, and a status change. A refusal names its form (`intent`), so the page
 * shows it by that form with what was typed.
 */

export type FollowUp = {
  obstacle: ObstacleDetail
  formData: FormData
  userId: string
  actor: Actor
  locale: Locale
  today: Date
}

/** A refused form: which one it was, its messages and the typed values. */
export function refused(intent: string, result: SubmissionResult<string[]>, status = 400) {
  return data({ intent, result }, { status })
}

/** A measure, recorded once however often its form is sent (its submission key). */
export async function addMeasureFromForm({ obstacle, formData, userId, actor, locale, today }: FollowUp) {
  const submission = parseWithZod(formData, { schema: createMeasureSchema(today) })
  if (submission.status !== 'success') return refused('measure', submission.reply())
  const input = submission.value
  return saveOnce(
    {
      key: submission.payload.submissionKey,
      userId,
      refuse: (formErrors) => refused('measure', submission.reply({ formErrors })),
    },
    async (claim) => {
      if (!(await departmentExists(input.departmentId))) {
        return refused(
          'measure',
          submission.reply({ fieldErrors: { departmentId: ['obstacles.errors.unknownDepartment'] } }),
        )
      }
      await addMeasure(obstacle.id, input, actor, claim)
      return redirectWithToast(`/obstacles/${obstacle.id}`, {
        kind: 'success',
        messageKey: 'obstacles.toast.measureAdded',
        values: { date: formatDate(input.date, locale) },
      })
    },
  )
}

/** A status change, on the version the form was opened on. */
export async function changeStatusFromForm({ obstacle, formData, actor, locale, today }: FollowUp) {
  const submission = parseWithZod(formData, { schema: createObstacleStatusSchema(readObstacleStatus(obstacle.status)) })
  // Opened on an older version: someone else moved it meanwhile. Say so, and only that
  // (the page reloads the obstacle, so its allowed statuses may differ now).
  const stale = () => refused('status', { ...submission.reply(), error: { '': ['obstacles.errors.stale'] } }, 409)
  if (Number(formData.get('version')) !== obstacle.version) return stale()
  if (submission.status !== 'success') return refused('status', submission.reply())
  try {
    await changeObstacleStatus(obstacle.id, submission.value, actor, today)
  } catch (error) {
    if (error instanceof StaleObstacleError) return stale()
    if (error instanceof ObstacleTransitionError) {
      return refused('status', submission.reply({ fieldErrors: { toStatus: ['obstacles.errors.transition'] } }))
    }
    throw error
  }
  return redirectWithToast(`/obstacles/${obstacle.id}`, {
    kind: 'success',
    messageKey: 'obstacles.toast.statusChanged',
    values: {
      code: obstacle.code,
      status: serverT(locale)(`obstacles.status.${submission.value.toStatus}`),
    },
  })
}
