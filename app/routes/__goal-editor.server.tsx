import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { formatGoalTarget, goalPeriodText, goalScopeText } from '~/models/goal-display'
import {
  StaleGoalError,
  createGoal,
  findGoalConflicts,
  getScopeProjectNames,
  updateGoal,
} from '~/models/goal-editor.server'
import { type GoalInput, createGoalEditorSchema, phasingForInput, toGoalInput } from '~/models/goal-schema'
import { getGoal } from '~/models/goal.server'
import { answerSentAgain, isUniqueViolation } from '~/models/submission-key.server'
import { type GoalStaleAnswer } from '~/routes/__goal-editor'
import { type CurrentUser, actorFor } from '~/utils/auth.server'
import { createI18n, getLocale } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { redirectWithToast } from '~/utils/toast.server'

/** The part of a Conform submission the answers need. */
type Replier = { reply(options?: { formErrors?: string[] }): SubmissionResult<string[]> }

/**
 * What differs between the values sent and the goal as someone else just saved it, in
 * words (the saved side), so the person sees what their save would replace.
 */
async function describeDifferences(mine: GoalInput, goalId: string, locale: Locale) {
  const current = await getGoal(goalId)
  invariantResponse(current, 'Goal not found', 404)
  const { t } = createI18n(locale)
  const projectNames =
    current.scopeType === 'project' && current.scopeValue ? await getScopeProjectNames([current.scopeValue]) : {}
  const department = locale === 'vi' ? current.department.nameVi : current.department.nameEn
  const indicator = current.indicator ? (locale === 'vi' ? current.indicator.nameVi : current.indicator.nameEn) : ''
  const rows: [boolean, string, string][] = [
    [mine.title !== current.title, t('goals.form.title'), current.title],
    [mine.titleEn !== current.titleEn, t('goals.form.titleEn'), current.titleEn ?? ''],
    [mine.periodKey !== current.periodKey, t('goals.form.sections.period'), goalPeriodText(current.periodKey, locale)],
    [mine.metric !== current.metric, t('goals.form.metric'), t(`goals.metric.${current.metric}`)],
    [mine.indicatorId !== current.indicatorId, t('goals.form.indicator'), indicator],
    [mine.target !== current.target, t('goals.list.columns.target'), formatGoalTarget(current, locale, t)],
    [mine.direction !== current.direction, t('goals.form.direction'), t(`goals.direction.${current.direction}`)],
    [
      mine.scopeType !== current.scopeType || mine.scopeValue !== current.scopeValue,
      t('goals.form.scopeType'),
      goalScopeText(current, t, projectNames),
    ],
    [mine.departmentId !== current.departmentId, t('goals.form.department'), department],
    [mine.sourceTitle !== current.sourceTitle, t('goals.form.sourceTitle'), current.sourceTitle ?? ''],
    [mine.sourceUrl !== current.sourceUrl, t('goals.form.sourceUrl'), current.sourceUrl ?? ''],
    [
      mine.monthlyPhasing !== current.monthlyPhasing,
      t('goals.form.monthlyPhasing'),
      phasingForInput(current.monthlyPhasing, locale),
    ],
  ]
  return {
    version: current.version,
    differences: rows.filter(([differs]) => differs).map(([, label, value]) => ({ label, current: value })),
  }
}

/**
 * A save refused because the goal changed since the form was opened. Nothing is written;
 * the form keeps what was typed, lists what the other save changed, and moves on to the
 * current version, so saving again (deliberately) goes through. Sending exactly what is
 * saved — a double click on Save — is simply done.
 */
async function answerStaleEdit(goalId: string, input: GoalInput, submission: Replier, locale: Locale) {
  const { version, differences } = await describeDifferences(input, goalId, locale)
  if (differences.length === 0) {
    return redirectWithToast('/goals', { kind: 'success', messageKey: 'goals.updated', values: { title: input.title } })
  }
  const reply = submission.reply({ formErrors: ['goals.errors.stale'] })
  const result = { ...reply, initialValue: { ...(reply.initialValue ?? {}), version: String(version) } }
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
  const submission = parseWithZod(await request.formData(), { schema: createGoalEditorSchema(locale) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const value = submission.value
  const input = toGoalInput(value)
  const key = goal ? undefined : value.submissionKey

  const sentAgain = await answerSentAgain(key, user.id, 'goals.alreadySaved')
  if (sentAgain === 'not-yours') {
    return data({ result: submission.reply({ formErrors: ['goals.errors.formNotYours'] }) }, { status: 400 })
  }
  if (sentAgain) return sentAgain

  // An editor sets goals for their own department only (unless province-wide).
  const permission = goal ? 'update:goal' : 'create:goal'
  if (!hasPermission(user, permission, { departmentId: input.departmentId })) {
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
    const created = await createGoal(input, actor, key ? { key, userId: user.id } : undefined)
    return redirectWithToast('/goals', {
      kind: 'success',
      messageKey: 'goals.created',
      values: { title: created.title },
    })
  } catch (error) {
    if (error instanceof StaleGoalError && goal) return answerStaleEdit(goal.id, input, submission, locale)
    // The same form sent twice at once: the other request claimed the key and saved.
    if (isUniqueViolation(error) && key) {
      const again = await answerSentAgain(key, user.id, 'goals.alreadySaved')
      if (again instanceof Response) return again
    }
    throw error
  }
}
