import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { getProject } from '~/features/projects/project-detail.server'
import { restoreProject } from '~/features/projects/project-write.server'
import { actorFor, ensurePermission, requirePermission, requireUser } from '~/utils/auth.server'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'

/** Undoes a soft delete. POST only: a link can never restore (or delete) anything. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProject(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  await ensurePermission(user, request, 'delete:project', project)
  await restoreProject(project.id, actorFor(user, request))
  return redirectWithToast(`/projects/${project.id}`, {
    kind: 'success',
    messageKey: 'deleteForm.restored',
    values: { name: project.name },
  })
}

export async function loader({ request, params }: ActionFunctionArgs) {
  await requirePermission(request, 'read:project')
  return redirect(`/projects/${params.projectId ?? ''}`)
}
