import { getInputProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, SubmitButton, useAppForm } from '~/components/forms'
import { TextField } from '~/components/ui/field'
import { SignInSchema } from '~/features/users/sign-in-schema'
import { writeAudit } from '~/utils/audit.server'
import { getOptionalUser } from '~/utils/auth.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { getLocale, serverT } from '~/utils/i18n'
import { safeRedirectPath } from '~/utils/misc'
import { verifyDecoy, verifyPassword } from '~/utils/password.server'
import { isAccountLocked, recordSignInFailure, takeSignInAttempt } from '~/utils/rate-limit.server'
import { readForm } from '~/utils/read-form.server'
import { getClientIp } from '~/utils/request-info.server'
import { passRetryAfter } from '~/utils/response-headers'
import { createSession } from '~/utils/session.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction = () => [{ title: 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  // Already signed in: nothing to do here.
  if (await getOptionalUser(request)) return redirect('/projects')
  return { constraint: getZodConstraint(SignInSchema) }
}

// The 429 of too many attempts says when to try again.
export const headers = passRetryAfter

export async function action({ request }: ActionFunctionArgs) {
  const ip = getClientIp(request)
  const submission = parseWithZod(await readForm(request), { schema: SignInSchema })
  if (submission.status !== 'success')
    return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
  const { email, password, redirectTo } = submission.value

  const attempt = await takeSignInAttempt(ip)
  if (!attempt.allowed) {
    const t = serverT(getLocale(request))
    return data(
      {
        result: submission.reply({ formErrors: ['auth.errors.tooManyAttempts'], hideFields: ['password'] }),
        message: t('auth.errors.tooManyAttempts'),
      },
      { status: 429, headers: { 'Retry-After': String(attempt.retryAfterSeconds) } },
    )
  }

  await ensureDb()
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, passwordHash: true, disabledAt: true },
  })
  const locked = await isAccountLocked(email)
  // Every failure looks the same from outside: unknown email, wrong password, disabled or locked.
  const valid = user && !locked ? await verifyPassword(user.passwordHash, password) : await verifyDecoy(password)
  if (!user || !valid || user.disabledAt || locked) {
    await recordSignInFailure(email)
    await writeAudit(
      prisma,
      { userId: user?.id ?? null, userName: user?.name ?? null, ip },
      {
        action: 'sign_in_failed',
        entityType: 'user',
        entityId: user?.id,
        detail: { email, reason: !user ? 'unknown' : locked ? 'locked' : user.disabledAt ? 'disabled' : 'password' },
      },
    )
    return data(
      { result: submission.reply({ formErrors: ['auth.errors.invalid'], hideFields: ['password'] }) },
      { status: 400 },
    )
  }

  const { setCookie } = await createSession(user.id, request)
  await writeAudit(
    prisma,
    { userId: user.id, userName: user.name, ip },
    { action: 'sign_in', entityType: 'user', entityId: user.id },
  )
  return redirect(safeRedirectPath(redirectTo, '/projects'), { headers: { 'Set-Cookie': setCookie } })
}

export default function LoginPage() {
  const { constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id: 'sign-in',
    constraint,
    lastResult: actionData?.result,
    loadSchema: () => import('~/features/users/sign-in-schema').then((m) => m.SignInSchema),
  })
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-semibold">{t('auth.signInTitle')}</h1>
      <AppForm
        form={form}
        lastResult={actionData?.result}
        hidden={{ redirectTo: searchParams.get('redirectTo') ?? '' }}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-6"
      >
        <TextField
          label={t('auth.email')}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'username' }}
        />
        <TextField
          label={t('auth.password')}
          errors={fields.password.errors}
          inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'current-password' }}
        />
        <SubmitButton className="w-full">{t('auth.signIn')}</SubmitButton>
      </AppForm>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
