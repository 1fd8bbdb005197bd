import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { describeGoalConflict } from '~/features/goals/goal-conflict.server'
import { type GoalStaleAnswer } from '~/features/goals/goal-editor'
import { StaleGoalError, createGoal, findGoalConflicts, updateGoal } from '~/features/goals/goal-editor-data.server'
import { type GoalInput, createGoalEditorSchema, toGoalInput } from '~/features/goals/goal-schema'
import { type CurrentUser, actorFor, recordAccessDenied } from '~/utils/auth.server'
import { replyOnVersion } from '~/utils/edit-conflict'
import { getLocale } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'

/** The part of a Conform submission the answers need. */
type Replier = { reply(options?: { formErrors?: string[] }): SubmissionResult<string[]> }

/**
 * A save refused because the goal changed since the form was opened. Nothing is written;
 * the form keeps what was typed, lists what the other save changed, and moves on to the
 * current version, so saving again (deliberately) goes through. Sending exactly what is
 * saved — a double click on Save — is simply done.
 */
async function answerStaleEdit(goalId: string, input: GoalInput, submission: Replier, locale: Locale) {
  const conflict = await describeGoalConflict(input, goalId, locale)
  invariantResponse(conflict, 'Goal not found', 404)
  const { version, differences } = conflict
  if (differences.length === 0) {
    return redirectWithToast('/goals', { kind: 'success', messageKey: 'goals.updated', values: { title: input.title } })
  }
  const result = replyOnVersion(submission.reply({ formErrors: ['goals.errors.stale'] }), version)
  const stale: GoalStaleAnswer = { differences }
  return data({ result, stale }, { status: 409 })
}

/**
 * The editor's one action, for "new" and "edit": the browser's schema again, then the
 * department the person may write, then what only the database knows, then one
 * transaction with its audit row. Every refusal keeps the typed values (status 4xx).
 */
export async function handleGoalEditorAction(
  request: Request,
  user: CurrentUser,
  goal?: { id: string; departmentId: string },
) {
  const locale = getLocale(request)
  const submission = parseWithZod(await readForm(request), { schema: createGoalEditorSchema(locale) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const value = submission.value
  const input = toGoalInput(value)

  // A new goal's form is saved once however often it is sent (docs/decisions/007).
  return saveOnce(
    {
      key: goal ? undefined : submission.payload.submissionKey,
      userId: user.id,
      refuse: (formErrors) => data({ result: submission.reply({ formErrors }) }, { status: 400 }),
    },
    async (claim) => {
      // An editor sets goals for their own department only (unless province-wide). The refusal
      // is audited like any other, but answers with the form so the person can fix it.
      const permission = goal ? 'update:goal' : 'create:goal'
      if (!hasPermission(user, permission, { departmentId: input.departmentId })) {
        await recordAccessDenied(user, request, permission, goal?.id)
        return data(
          { result: submission.reply({ fieldErrors: { departmentId: ['goals.errors.departmentNotAllowed'] } }) },
          { status: 403 },
        )
      }
      const conflicts = await findGoalConflicts(input)
      if (conflicts) return data({ result: submission.reply({ fieldErrors: conflicts }) }, { status: 400 })

      const actor = actorFor(user, request)
      try {
        if (goal) {
          if (value.version === undefined) return answerStaleEdit(goal.id, input, submission, locale)
          const saved = await updateGoal(goal.id, value.version, input, actor)
          return redirectWithToast('/goals', {
            kind: 'success',
            messageKey: 'goals.updated',
            values: { title: saved.title },
          })
        }
        const created = await createGoal(input, actor, claim)
        return redirectWithToast('/goals', {
          kind: 'success',
          messageKey: 'goals.created',
          values: { title: created.title },
        })
      } catch (error) {
        if (error instanceof StaleGoalError && goal) return answerStaleEdit(goal.id, input, submission, locale)
        throw error
      }
    },
  )
}
