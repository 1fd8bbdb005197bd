import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { GoalEditor } from '~/features/goals/goal-editor'
import { getGoalFormOptions } from '~/features/goals/goal-editor-data.server'
import { handleGoalEditorAction } from '~/features/goals/goal-editor.server'
import { createGoalEditorSchema, goalFormValues } from '~/features/goals/goal-schema'
import { getGoal } from '~/features/goals/goal.server'
import { ensurePermission, requireUser } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.pageTitle ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  await ensurePermission(user, request, 'update:goal', goal)
  const locale = getLocale(request)
  const t = serverT(locale)
  const options = await getGoalFormOptions(user, 'update:goal', {
    scopeProjectId: goal.scopeType === 'project' ? goal.scopeValue : null,
  })
  return {
    id: goal.id,
    goalTitle: goal.title,
    pageTitle: `${t('goals.editTitle', { title: goal.title })} · Tiendo`,
    defaults: { ...goalFormValues(goal, locale), version: goal.version },
    options,
    constraint: getZodConstraint(createGoalEditorSchema(locale)),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  await ensurePermission(user, request, 'update:goal', goal)
  return handleGoalEditorAction(request, user, goal)
}

export default function EditGoalPage() {
  const { goalTitle, defaults, options, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <GoalEditor
      title={t('goals.editTitle', { title: goalTitle })}
      defaults={defaults}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo="/goals"
      stale={actionData && 'stale' in actionData ? actionData.stale : undefined}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
