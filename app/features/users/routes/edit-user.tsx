import { type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { listDepartmentChoices } from '~/features/departments/department.server'
import {
  AccountDetailsSection,
  AccountStatusSection,
  AccountSummary,
  EndSessionsSection,
  SetPasswordSection,
} from '~/features/users/account-sections'
import { staleUserEdit } from '~/features/users/user-conflict.server'
import { SetPasswordSchema, UserEditSchema } from '~/features/users/user-schema'
import {
  SetPasswordServerSchema,
  endUserSessions,
  getUserForAdmin,
  setUserDisabled,
  setUserPassword,
  updateUser,
} from '~/features/users/user.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { type StaleEditAnswer, replyOnVersion } from '~/utils/edit-conflict'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

/** The forms of this page, told apart by their `intent` field. */
const IntentSchema = z.object({ intent: z.enum(['update', 'set_password', 'end_sessions', 'disable', 'enable']) })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'manage:user')
  const target = await getUserForAdmin(params.userId ?? '')
  invariantResponse(target, 'User not found', 404)
  const t = serverT(getLocale(request))
  return {
    constraints: { edit: getZodConstraint(UserEditSchema), password: getZodConstraint(SetPasswordSchema) },
    title: `${target.name} · ${t('admin.users.title')} · Tiendo`,
    target,
    isSelf: target.id === user.id,
    departments: await listDepartmentChoices(),
  }
}

/** Every answer of the action: which form it is for, its reply, and a refused edit's differences. */
type PageAnswer = {
  intent: 'update' | 'set_password' | 'status'
  result: SubmissionResult<string[]>
  stale?: StaleEditAnswer
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'manage:user')
  const target = await getUserForAdmin(params.userId ?? '')
  invariantResponse(target, 'User not found', 404)
  const formData = await readForm(request)
  const intent = IntentSchema.safeParse({ intent: formData.get('intent') })
  invariantResponse(intent.success, 'Unknown form', 400)
  const actor = actorFor(user, request)
  const page = `/admin/users/${target.id}`
  // Admins acting on their own account keep the session they are using.
  const keepSessionId = target.id === user.id ? user.sessionId : undefined

  switch (intent.data.intent) {
    case 'update': {
      const submission = parseWithZod(formData, { schema: UserEditSchema })
      if (submission.status !== 'success')
        return data<PageAnswer>({ intent: 'update', result: submission.reply() }, { status: 400 })
      const saved = await updateUser(target.id, submission.value, actor)
      if (!saved.ok && 'notFound' in saved) throw new Response('User not found', { status: 404 })
      if (!saved.ok && 'stale' in saved) {
        // Someone saved the account since the form was opened: nothing is written. The form
        // keeps what was typed, on the version saved now, beside what that version holds.
        const { current, differences } = await staleUserEdit(target.id, submission.value, getLocale(request))
        if (differences.length > 0) {
          const reply = submission.reply({ formErrors: ['admin.errors.staleVersion'] })
          return data<PageAnswer>(
            { intent: 'update', result: replyOnVersion(reply, current.version), stale: { differences } },
            { status: 409 },
          )
        }
        // What was sent is what is saved (a double click on Save): done.
        return redirectWithToast(page, {
          kind: 'success',
          messageKey: 'admin.user.saved',
          values: { name: current.name },
        })
      }
      if (!saved.ok) {
        return data<PageAnswer>(
          { intent: 'update', result: submission.reply({ fieldErrors: { [saved.field]: [saved.error] } }) },
          { status: 400 },
        )
      }
      return redirectWithToast(page, {
        kind: 'success',
        messageKey: 'admin.user.saved',
        values: { name: submission.value.name },
      })
    }
    case 'set_password': {
      const submission = parseWithZod(formData, { schema: SetPasswordServerSchema })
      if (submission.status !== 'success') {
        return data<PageAnswer>(
          { intent: 'set_password', result: submission.reply({ hideFields: ['password', 'confirmPassword'] }) },
          { status: 400 },
        )
      }
      const { sessionsEnded } = await setUserPassword(target.id, submission.value.password, actor, keepSessionId)
      return redirectWithToast(page, {
        kind: 'success',
        messageKey: 'admin.user.passwordSet',
        values: { name: target.name, count: String(sessionsEnded) },
      })
    }
    case 'end_sessions': {
      const { sessionsEnded } = await endUserSessions(target.id, actor, keepSessionId)
      return redirectWithToast(page, {
        kind: 'success',
        messageKey: 'admin.user.sessionsEnded',
        values: { name: target.name, count: String(sessionsEnded) },
      })
    }
    case 'disable':
    case 'enable': {
      const disable = intent.data.intent === 'disable'
      const result = await setUserDisabled(target.id, disable, actor)
      if (!result.ok) {
        const submission = parseWithZod(formData, { schema: IntentSchema })
        return data<PageAnswer>(
          { intent: 'status', result: submission.reply({ formErrors: [result.error] }) },
          { status: 400 },
        )
      }
      return redirectWithToast(page, {
        kind: 'success',
        messageKey: disable ? 'admin.user.disabledDone' : 'admin.user.enabledDone',
        values: { name: target.name },
      })
    }
  }
}

export default function UserPage() {
  const { target, isSelf, departments, constraints } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const resultOf = (intent: PageAnswer['intent']) => (actionData?.intent === intent ? actionData.result : undefined)
  return (
    <div className="space-y-6">
      <div>
        <p>
          <AppLink to="/admin/users" className="text-brand-700 text-sm underline-offset-2 hover:underline">
            {t('admin.user.backToList')}
          </AppLink>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{t('admin.user.title', { name: target.name })}</h1>
      </div>
      <AccountSummary account={target} />
      <AccountDetailsSection
        account={target}
        departments={departments}
        isSelf={isSelf}
        constraint={constraints.edit}
        lastResult={resultOf('update')}
        stale={actionData?.intent === 'update' ? actionData.stale : undefined}
      />
      <SetPasswordSection
        accountId={target.id}
        constraint={constraints.password}
        lastResult={resultOf('set_password')}
      />
      <EndSessionsSection isSelf={isSelf} />
      <AccountStatusSection
        accountId={target.id}
        disabled={Boolean(target.disabledAt)}
        isSelf={isSelf}
        lastResult={resultOf('status')}
      />
      <p>
        <AppLink
          to={`/admin/audit?${new URLSearchParams({ user: target.id })}`}
          className="text-brand-700 underline-offset-2 hover:underline"
        >
          {t('admin.user.auditLink')}
        </AppLink>
      </p>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
