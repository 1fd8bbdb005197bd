import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { getProject, restoreProject } from '~/models/project.server'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'

/** Undoes a soft delete. POST only: a link can never restore (or delete) anything. */
export async function action({ params }: ActionFunctionArgs) {
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  await restoreProject(project.id)
  return redirectWithToast(`/projects/${project.id}`, {
    kind: 'success',
    messageKey: 'deleteForm.restored',
    values: { name: project.name },
  })
}

export function loader({ params }: ActionFunctionArgs) {
  return redirect(`/projects/${params.projectId ?? ''}`)
}
