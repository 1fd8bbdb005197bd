import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getProject, getProjectFormOptions } from '~/models/project.server'
import { ProjectEditor } from '~/routes/__project-editor'
import { handleProjectEditorAction, toEditorDefaults } from '~/routes/__project-editor.server'
import { ensurePermission, requireUser } from '~/utils/auth.server'
import { getLocale } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.name} · Tiendo` : 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  const options = await getProjectFormOptions(user)
  return { id: project.id, name: project.name, defaults: toEditorDefaults(project, getLocale(request)), options }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  return handleProjectEditorAction(request, user, project.id)
}

export default function EditProjectPage() {
  const { id, name, defaults, options } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <ProjectEditor
      title={t('editor.editTitle', { name })}
      defaults={defaults}
      options={options}
      lastResult={actionData?.result}
      cancelTo={`/projects/${id}`}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
