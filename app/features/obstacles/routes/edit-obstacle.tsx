import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { ObstacleEditor } from '~/features/obstacles/obstacle-editor'
import { handleObstacleEditorAction, toObstacleEditorDefaults } from '~/features/obstacles/obstacle-editor.server'
import { createObstacleEditSchema } from '~/features/obstacles/obstacle-schema'
import { canFollowUpObstacle, getObstacle, listProjectChoices } from '~/features/obstacles/obstacle.server'
import { forbid, requireUser } from '~/utils/auth.server'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

/** The obstacle, if it may still be edited (its project not deleted) by this person; else 404 or 403. */
async function requireEditableObstacle(request: Request, obstacleId: string | undefined) {
  const user = await requireUser(request)
  const obstacle = await getObstacle(obstacleId ?? '')
  invariantResponse(obstacle && !obstacle.project.deletedAt, 'Obstacle not found', 404)
  const departmentIds = obstacle.departments.map(({ department }) => department.id)
  if (!canFollowUpObstacle(user, departmentIds)) await forbid(user, request, 'update:obstacle', obstacle.id)
  return { user, obstacle }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { obstacle } = await requireEditableObstacle(request, params.obstacleId)
  const t = serverT(getLocale(request))
  const [projects, departments] = await Promise.all([
    listProjectChoices([obstacle.project.id]),
    listDepartmentChoices(),
  ])
  return {
    constraint: getZodConstraint(createObstacleEditSchema(provinceToday())),
    title: `${t('obstacles.form.editTitle', { code: obstacle.code })} · Tiendo`,
    id: obstacle.id,
    code: obstacle.code,
    version: obstacle.version,
    defaults: toObstacleEditorDefaults(obstacle),
    options: { projects, departments },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, obstacle } = await requireEditableObstacle(request, params.obstacleId)
  return handleObstacleEditorAction(request, user, obstacle)
}

export default function EditObstaclePage() {
  const { id, code, version, defaults, options, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <ObstacleEditor
      mode="edit"
      title={t('obstacles.form.editTitle', { code })}
      defaults={defaults}
      options={options}
      constraint={constraint}
      lastResult={actionData?.result}
      cancelTo={`/obstacles/${id}`}
      hiddenFields={{ version: String(version) }}
      stale={actionData && 'stale' in actionData ? actionData.stale : undefined}
    />
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
