import { getZodConstraint } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { type ShouldRevalidateFunction, useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormAlert } from '~/components/ui/alert'
import { buttonClassName } from '~/components/ui/button'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { ObstacleFacts } from '~/features/obstacles/obstacle-facts'
import { addMeasureFromForm, changeStatusFromForm, refused } from '~/features/obstacles/obstacle-follow-up.server'
import { ObstacleMeasures } from '~/features/obstacles/obstacle-measures'
import { allowedNextStatuses, daysOverdue, readObstacleStatus } from '~/features/obstacles/obstacle-rules'
import { createMeasureSchema, createObstacleStatusSchema } from '~/features/obstacles/obstacle-schema'
import { ObstacleStatusPanel } from '~/features/obstacles/obstacle-status-form'
import { ObstaclePriority, ObstacleStatusBadge, OverdueBadge } from '~/features/obstacles/obstacle-table'
import { canFollowUpObstacle, getObstacle } from '~/features/obstacles/obstacle.server'
import { actorFor, forbid, requirePermission, requireUser } from '~/utils/auth.server'
import { formatDate, provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { newSubmissionKey } from '~/utils/submission-key'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:obstacle')
  const obstacle = await getObstacle(params.obstacleId ?? '')
  invariantResponse(obstacle, 'Obstacle not found', 404)
  const today = provinceToday()
  const responsibleIds = obstacle.departments.map(({ department }) => department.id)
  // A deleted project's obstacles are kept for reference, not followed up.
  const canFollowUp = !obstacle.project.deletedAt && canFollowUpObstacle(user, responsibleIds)
  const departments = canFollowUp ? await listDepartmentChoices() : []
  const status = readObstacleStatus(obstacle.status)
  return {
    title: `${obstacle.code} ${obstacle.title} · Tiendo`,
    obstacle,
    status,
    overdueDays: daysOverdue(obstacle, today),
    canFollowUp,
    allowed: allowedNextStatuses(status),
    departments,
    measureDefaults: {
      date: toDateInputValue(today),
      // The person's own department if it has one, else the first responsible department.
      departmentId: departments.some((department) => department.id === user.departmentId)
        ? (user.departmentId ?? '')
        : (responsibleIds[0] ?? ''),
    },
    // The measure form's key: sent twice, it records one measure; saved, it gets a new one.
    submissionKey: newSubmissionKey(),
    constraints: {
      measure: getZodConstraint(createMeasureSchema(today)),
      status: getZodConstraint(createObstacleStatusSchema(status)),
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const obstacle = await getObstacle(params.obstacleId ?? '')
  invariantResponse(obstacle && !obstacle.project.deletedAt, 'Obstacle not found', 404)
  const responsibleIds = obstacle.departments.map(({ department }) => department.id)
  if (!canFollowUpObstacle(user, responsibleIds)) await forbid(user, request, 'update:obstacle', obstacle.id)
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const followUp = { obstacle, formData, userId: user.id, actor: actorFor(user, request), locale, today }

  switch (formData.get('intent')) {
    case 'measure':
      return addMeasureFromForm(followUp)
    case 'status':
      return changeStatusFromForm(followUp)
    default:
      // No form of this page says that: a stale page or a hand-made request.
      return refused('unknown', { status: 'error', error: { '': ['obstacles.errors.unknownForm'] } })
  }
}

/** After a stale answer the page must show what the other person saved. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 ? true : defaultShouldRevalidate

type ActionData = ReturnType<typeof useActionData<typeof action>>

/** The last answer, if it was for this form. */
function answerFor(actionData: ActionData, intent: string) {
  return actionData && 'intent' in actionData && actionData.intent === intent ? actionData.result : undefined
}

export default function ObstaclePage() {
  const {
    obstacle,
    status,
    overdueDays,
    canFollowUp,
    allowed,
    departments,
    measureDefaults,
    submissionKey,
    constraints,
  } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()

  return (
    <div className="space-y-6">
      {obstacle.project.deletedAt ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {t('obstacles.detail.deletedProject', { date: formatDate(obstacle.project.deletedAt, locale) })}
        </p>
      ) : null}

      <p className="text-sm">
        <AppLink to="/obstacles" className="text-brand-700 underline underline-offset-2">
          {t('obstacles.detail.allObstacles')}
        </AppLink>
      </p>

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="font-mono text-sm text-slate-700">{obstacle.code}</p>
          <h1 className="text-2xl font-semibold">{obstacle.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <ObstacleStatusBadge status={obstacle.status} />
            <OverdueBadge days={overdueDays} />
            <span>{t(`obstacles.category.${obstacle.category}`, { defaultValue: obstacle.category })}</span>
            <span aria-hidden="true">·</span>
            <span>
              {t('obstacles.detail.priority')}: <ObstaclePriority priority={obstacle.priority} />
            </span>
          </p>
        </div>
        {canFollowUp ? (
          <AppLink to={`/obstacles/${obstacle.id}/edit`} className={buttonClassName('secondary')}>
            {t('obstacles.detail.edit')}
          </AppLink>
        ) : null}
      </div>

      <FormAlert id="obstacle-form-error" errors={answerFor(actionData, 'unknown')?.error?.[''] ?? undefined} />

      <ObstacleFacts obstacle={obstacle} overdueDays={overdueDays} />

      <ObstacleMeasures
        measures={obstacle.measures}
        form={
          canFollowUp
            ? {
                lastResult: answerFor(actionData, 'measure'),
                submissionKey,
                departments,
                defaults: measureDefaults,
                constraint: constraints.measure,
              }
            : undefined
        }
      />

      {canFollowUp ? (
        <ObstacleStatusPanel
          status={status}
          version={obstacle.version}
          allowed={allowed}
          lastResult={answerFor(actionData, 'status')}
          constraint={constraints.status}
        />
      ) : (
        <p className="text-sm text-slate-700">{t('obstacles.detail.readOnly')}</p>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
