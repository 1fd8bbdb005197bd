import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { GoalEditor } from '~/features/goals/goal-editor'
import { getGoalFormOptions } from '~/features/goals/goal-editor-data.server'
import { handleGoalEditorAction } from '~/features/goals/goal-editor.server'
import { createGoalEditorSchema } from '~/features/goals/goal-schema'
import { requirePermission } from '~/utils/auth.server'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { quarterOf } from '~/utils/period'
import { newSubmissionKey } from '~/utils/submission-key'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'create:goal')
  const t = serverT(getLocale(request))
  const options = await getGoalFormOptions(user, 'create:goal')
  const quarter = quarterOf(provinceToday())
  const ownDepartment = options.departments.find((department) => department.id === user.departmentId)
  return {
    title: `${t('goals.newTitle')} · Tiendo`,
    options,
    // The current quarter, the whole province, the person's own department: the usual case.
    defaults: {
      periodKind: 'quarter',
      periodYear: String(quarter.year),
      periodIndex: String(quarter.index),
      direction: 'at_least',
      scopeType: 'province',
      departmentId: ownDepartment?.id ?? (options.departments.length === 1 ? options.departments[0]?.id : undefined),
    },
    constraint: getZodConstraint(createGoalEditorSchema(getLocale(request))),
    // One key per opened form: sent twice, it makes one goal.
    submissionKey: newSubmissionKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:goal')
  return handleGoalEditorAction(request, user)
}

export default function NewGoalPage() {
  const { options, defaults, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <GoalEditor
      title={t('goals.newTitle')}
      defaults={defaults}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo="/goals"
      submissionKey={submissionKey}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
