import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getProject } from '~/features/projects/project-detail.server'
import { ProjectEditor, useLatestConflict } from '~/features/projects/project-editor'
import { createProjectEditorSchema } from '~/features/projects/project-editor-schema'
import { handleProjectEditorAction, toEditorDefaults } from '~/features/projects/project-editor.server'
import { getProjectFormOptions } from '~/features/projects/project-form-options.server'
import { serializeMergeBase } from '~/features/projects/project-merge'
import { ensurePermission, requireUser } from '~/utils/auth.server'
import { getLocale } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.name} · Tiendo` : 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  const options = await getProjectFormOptions(user)
  const locale = getLocale(request)
  const { version, ...values } = toEditorDefaults(project, locale)
  return {
    constraint: getZodConstraint(createProjectEditorSchema(locale)),
    id: project.id,
    name: project.name,
    defaults: { version, ...values },
    // The values the form was opened with: if someone else saves first, the action merges
    // against them (project-merge.ts).
    base: serializeMergeBase(values, locale),
    options,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  return handleProjectEditorAction(request, user, project.id)
}

export default function EditProjectPage() {
  const { id, name, defaults, base, options, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const conflict = useLatestConflict(actionData && 'conflict' in actionData ? actionData.conflict : undefined, id)
  const { t } = useTranslation()
  return (
    <ProjectEditor
      // A conflict answer brings the merged values: a fresh form shows them.
      key={conflict ? `conflict-${conflict.version}` : 'opened'}
      title={t('editor.editTitle', { name })}
      defaults={defaults}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo={`/projects/${id}`}
      hiddenFields={{ base }}
      conflict={conflict}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
