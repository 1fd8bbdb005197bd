import { getInputProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { TextField } from '~/components/ui/field'
import { NewPasswordFields } from '~/features/users/user-forms'
import { OwnPasswordSchema } from '~/features/users/user-schema'
import { OwnPasswordServerSchema, changeOwnPassword } from '~/features/users/user.server'
import { actorFor, requireUser } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { takeSignInAttempt } from '~/utils/rate-limit.server'
import { readForm } from '~/utils/read-form.server'
import { getClientIp } from '~/utils/request-info.server'
import { passRetryAfter } from '~/utils/response-headers'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const HIDDEN = { hideFields: ['currentPassword', 'password', 'confirmPassword'] }

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request)
  const t = serverT(getLocale(request))
  return {
    constraint: getZodConstraint(OwnPasswordSchema),
    title: `${t('admin.ownPassword.title')} · Tiendo`,
  }
}

// The 429 of too many attempts says when to try again.
export const headers = passRetryAfter

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const submission = parseWithZod(await readForm(request), { schema: OwnPasswordServerSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(HIDDEN) }, { status: 400 })
  // Checking the current password is a way to guess it: limited like signing in.
  const attempt = await takeSignInAttempt(getClientIp(request))
  if (!attempt.allowed) {
    return data(
      { result: submission.reply({ formErrors: ['auth.errors.tooManyAttempts'], ...HIDDEN }) },
      { status: 429, headers: { 'Retry-After': String(attempt.retryAfterSeconds) } },
    )
  }
  const { currentPassword, password } = submission.value
  const changed = await changeOwnPassword(user, currentPassword, password, actorFor(user, request))
  if (!changed.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { [changed.field]: [changed.error] }, ...HIDDEN }) },
      { status: 400 },
    )
  }
  return redirectWithToast('/projects', {
    kind: 'success',
    messageKey: 'admin.ownPassword.changed',
    values: { count: String(changed.sessionsEnded) },
  })
}

export default function OwnPasswordPage() {
  const { constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id: 'own-password',
    constraint,
    lastResult: actionData?.result,
    loadSchema: () => import('~/features/users/user-schema').then((m) => m.OwnPasswordSchema),
  })
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{t('admin.ownPassword.title')}</h1>
      <p className="text-slate-700">{t('admin.ownPassword.intro')}</p>
      <AppForm
        form={form}
        lastResult={actionData?.result}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <TextField
          label={t('admin.ownPassword.current')}
          errors={fields.currentPassword.errors}
          inputProps={{
            ...getInputProps(fields.currentPassword, { type: 'password' }),
            autoComplete: 'current-password',
          }}
        />
        <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
        <FormButtons submitLabel={t('admin.ownPassword.submit')} cancelTo="/projects" />
      </AppForm>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
