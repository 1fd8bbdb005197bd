import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { ProjectEditor } from '~/features/projects/project-editor'
import { createProjectEditorSchema } from '~/features/projects/project-editor-schema'
import { handleProjectEditorAction } from '~/features/projects/project-editor.server'
import { getProjectFormOptions } from '~/features/projects/project-form-options.server'
import { requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { newSubmissionKey } from '~/utils/submission-key'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'create:project')
  const t = serverT(getLocale(request))
  return {
    constraint: getZodConstraint(createProjectEditorSchema(getLocale(request))),
    title: `${t('editor.newTitle')} · Tiendo`,
    options: await getProjectFormOptions(user),
    defaultDepartmentId: user.departmentId ?? undefined,
    // One key per opened form: sending it twice (a double click, back and send again)
    // makes one project (see handleProjectEditorAction).
    submissionKey: newSubmissionKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:project')
  return handleProjectEditorAction(request, user)
}

export default function NewProjectPage() {
  const { options, defaultDepartmentId, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <ProjectEditor
      title={t('editor.newTitle')}
      defaults={{ investmentType: 'domestic', investors: [], departmentId: defaultDepartmentId }}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo="/projects"
      submissionKey={submissionKey}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
