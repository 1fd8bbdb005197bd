import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { describeObstacleConflict } from '~/features/obstacles/obstacle-conflict.server'
import { type ObstacleEditorDefaults, type ObstacleStaleAnswer } from '~/features/obstacles/obstacle-editor'
import {
  type ObstacleEditInput,
  createObstacleEditSchema,
  createObstacleSchema,
} from '~/features/obstacles/obstacle-schema'
import {
  type ObstacleDetail,
  StaleObstacleError,
  createObstacle,
  findObstacleConflicts,
  updateObstacle,
} from '~/features/obstacles/obstacle.server'
import { type CurrentUser, actorFor } from '~/utils/auth.server'
import { replyOnVersion } from '~/utils/edit-conflict'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'

/** The part of a Conform submission the answers need. */
type Replier = { reply(options?: { formErrors?: string[] }): SubmissionResult<string[]> }

/** The form's values of a stored obstacle (dates as yyyy-mm-dd). */
export function toObstacleEditorDefaults(obstacle: ObstacleDetail): ObstacleEditorDefaults {
  return {
    projectId: obstacle.project.id,
    category: obstacle.category,
    title: obstacle.title,
    description: obstacle.description,
    raisedOn: toDateInputValue(obstacle.raisedOn),
    raisedByKind: obstacle.raisedByKind,
    raisedByName: obstacle.raisedByName,
    departmentIds: obstacle.departments.map(({ department }) => department.id),
    deadline: toDateInputValue(obstacle.deadline),
    priority: obstacle.priority,
  }
}

/**
 * A save refused because the obstacle changed since the form was opened (an edit, a status
 * change). Nothing is written; the form keeps what was typed, lists what differs from the
 * saved version, and moves on to the current version, so saving again (deliberately) goes
 * through. Sending exactly what is saved — a double click — is simply done.
 */
async function answerStaleEdit(obstacleId: string, input: ObstacleEditInput, submission: Replier, locale: Locale) {
  const conflict = await describeObstacleConflict(input, obstacleId, locale)
  invariantResponse(conflict, 'Obstacle not found', 404)
  const { code, version, differences } = conflict
  if (differences.length === 0) {
    return redirectWithToast(`/obstacles/${obstacleId}`, {
      kind: 'success',
      messageKey: 'obstacles.toast.updated',
      values: { code },
    })
  }
  const result = replyOnVersion(submission.reply({ formErrors: ['obstacles.errors.stale'] }), version)
  const stale: ObstacleStaleAnswer = { differences }
  return data({ result, stale }, { status: 409 })
}

/**
 * The editor's one action, for "new" and "edit" (the route has checked who may): the
 * browser's schema again, then what only the database knows (project, departments), then
 * one transaction with its audit row. Every refusal keeps the typed values (status 4xx).
 */
export async function handleObstacleEditorAction(
  request: Request,
  user: CurrentUser,
  obstacle?: { id: string; code: string },
) {
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const actor = actorFor(user, request)

  if (obstacle) {
    const submission = parseWithZod(formData, { schema: createObstacleEditSchema(today) })
    if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
    const conflicts = await findObstacleConflicts(submission.value)
    if (conflicts) return data({ result: submission.reply({ fieldErrors: conflicts }) }, { status: 400 })
    try {
      await updateObstacle(obstacle.id, submission.value, actor)
    } catch (error) {
      if (error instanceof StaleObstacleError) {
        return answerStaleEdit(obstacle.id, submission.value, submission, locale)
      }
      throw error
    }
    return redirectWithToast(`/obstacles/${obstacle.id}`, {
      kind: 'success',
      messageKey: 'obstacles.toast.updated',
      values: { code: obstacle.code },
    })
  }

  const submission = parseWithZod(formData, { schema: createObstacleSchema(today) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const value = submission.value
  return saveOnce(
    {
      key: submission.payload.submissionKey,
      userId: user.id,
      refuse: (formErrors) => data({ result: submission.reply({ formErrors }) }, { status: 400 }),
    },
    async (claim) => {
      const conflicts = await findObstacleConflicts(value)
      if (conflicts) return data({ result: submission.reply({ fieldErrors: conflicts }) }, { status: 400 })
      const created = await createObstacle(value, actor, claim)
      return redirectWithToast(`/obstacles/${created.id}`, {
        kind: 'success',
        messageKey: 'obstacles.toast.created',
        values: { code: created.code },
      })
    },
  )
}
