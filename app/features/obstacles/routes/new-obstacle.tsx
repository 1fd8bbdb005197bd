import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { ObstacleEditor, type ObstacleEditorDefaults } from '~/features/obstacles/obstacle-editor'
import { handleObstacleEditorAction } from '~/features/obstacles/obstacle-editor.server'
import { createObstacleSchema } from '~/features/obstacles/obstacle-schema'
import { listProjectChoices } from '~/features/obstacles/obstacle.server'
import { requirePermission } from '~/utils/auth.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { newSubmissionKey } from '~/utils/submission-key'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'create:obstacle')
  const t = serverT(getLocale(request))
  // From a project's Obstacles tab: that project chosen already (if it is there and not deleted).
  const askedProject = new URL(request.url).searchParams.get('projectId') ?? ''
  const [projects, departments] = await Promise.all([
    listProjectChoices(askedProject ? [askedProject] : []),
    listDepartmentChoices(),
  ])
  const projectId = projects.some((project) => project.id === askedProject) ? askedProject : undefined
  const ownDepartment = departments.find((department) => department.id === user.departmentId)
  // Raised today, by a department, the person's own department responsible: the usual case.
  const defaults: ObstacleEditorDefaults = {
    projectId,
    raisedOn: toDateInputValue(provinceToday()),
    priority: 'medium',
    departmentIds: ownDepartment ? [ownDepartment.id] : [],
  }
  return {
    constraint: getZodConstraint(createObstacleSchema(provinceToday())),
    title: `${t('obstacles.form.newTitle')} · Tiendo`,
    options: { projects, departments },
    defaults,
    cancelTo: projectId ? (`/projects/${projectId}/obstacles` as const) : ('/obstacles' as const),
    // One key per opened form: sent twice, it records one obstacle.
    submissionKey: newSubmissionKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:obstacle')
  return handleObstacleEditorAction(request, user)
}

export default function NewObstaclePage() {
  const { options, defaults, cancelTo, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <ObstacleEditor
      mode="create"
      title={t('obstacles.form.newTitle')}
      defaults={defaults}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo={cancelTo}
      submissionKey={submissionKey}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
