import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormButtons } from '~/components/forms'
import { getProject } from '~/features/projects/project-detail.server'
import { softDeleteProject } from '~/features/projects/project-write.server'
import { actorFor, ensurePermission, requireUser } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

/** A confirmation page before a delete: it works without JavaScript and with any keyboard. */
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'delete:project', project)
  const t = serverT(getLocale(request))
  return {
    id: project.id,
    name: project.name,
    code: project.code,
    title: `${t('deleteForm.title', { name: project.name })} · Tiendo`,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'delete:project', project)
  await softDeleteProject(project.id, actorFor(user, request))
  return redirectWithToast('/projects/deleted', {
    kind: 'success',
    messageKey: 'deleteForm.done',
    values: { name: project.name },
  })
}

export default function DeleteProjectPage() {
  const { id, name, code } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="max-w-2xl space-y-4 rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t('deleteForm.title', { name })}</h1>
      <p className="font-mono text-sm text-slate-700">{code}</p>
      <p>{t('deleteForm.body')}</p>
      <Form method="post">
        {' '}
        <FormButtons danger submitLabel={t('deleteForm.confirm')} cancelTo={`/projects/${id}`} />{' '}
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
