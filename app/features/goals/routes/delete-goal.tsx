import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormButtons } from '~/components/forms'
import { goalPeriodText } from '~/features/goals/goal-display'
import { softDeleteGoal } from '~/features/goals/goal-editor-data.server'
import { getGoal } from '~/features/goals/goal.server'
import { actorFor, ensurePermission, requireUser } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A confirmation page before a delete: it works without JavaScript and with any keyboard. */
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.pageTitle ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  await ensurePermission(user, request, 'delete:goal', goal)
  const t = serverT(getLocale(request))
  return {
    goalTitle: goal.title,
    periodKey: goal.periodKey,
    pageTitle: `${t('goals.deleteForm.title', { title: goal.title })} · Tiendo`,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const goal = await getGoal(params.goalId ?? '')
  invariantResponse(goal, 'Goal not found', 404)
  await ensurePermission(user, request, 'delete:goal', goal)
  await softDeleteGoal(goal.id, actorFor(user, request))
  return redirectWithToast('/goals', { kind: 'success', messageKey: 'goals.deleted', values: { title: goal.title } })
}

export default function DeleteGoalPage() {
  const { goalTitle, periodKey } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className="max-w-2xl space-y-4 rounded-lg border border-red-300 bg-white p-6">
      <h1 className="text-2xl font-semibold">{t('goals.deleteForm.title', { title: goalTitle })}</h1>
      <p className="text-sm text-slate-700">{goalPeriodText(periodKey, locale)}</p>
      <p>{t('goals.deleteForm.body')}</p>
      <Form method="post">
        {' '}
        <FormButtons danger submitLabel={t('goals.deleteForm.confirm')} cancelTo="/goals" />{' '}
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
