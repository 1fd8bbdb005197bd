import { type SubmissionResult, getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { AppLink } from '~/components/app-link'
import { StaleEditPanel, VersionField } from '~/components/edit-conflict'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormAlert } from '~/components/ui/alert'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { AccountStatusBadge, CheckboxField } from '~/features/users/user-forms'
import { SetPasswordSchema, UserEditSchema, type UserEditInput } from '~/features/users/user-schema'
import { ROLES } from '~/features/users/user-vocabulary'
import {
  SetPasswordServerSchema,
  endUserSessions,
  getUserForAdmin,
  listDepartmentChoices,
  scopeOf,
  setUserDisabled,
  setUserPassword,
  updateUser,
} from '~/features/users/user.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { type StaleEditAnswer, differingFields, replyOnVersion } from '~/utils/edit-conflict'
import { formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

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

/**
 * An edit refused because someone saved the account since the form was opened (or
 * disabled or enabled it). Nothing is written: the form keeps what was typed, on the
 * version saved now, and each field that differs is shown beside the saved value. Sending
 * exactly what is saved (a double click) is simply done.
 */
async function answerStaleEdit(
  userId: string,
  input: UserEditInput,
  reply: SubmissionResult<string[]>,
  request: Request,
) {
  const locale = getLocale(request)
  const [current, departments] = await Promise.all([getUserForAdmin(userId), listDepartmentChoices()])
  invariantResponse(current, 'User not found', 404)
  const t = serverT(locale)
  const mine = { name: input.name, role: input.role, ...scopeOf(input) }
  const departmentOf = (id: string | null) => {
    const department = departments.find((candidate) => candidate.id === id)
    return department ? localName(department, locale) : ''
  }
  const differences = differingFields([
    { field: 'name', label: t('admin.users.name'), mine: mine.name, current: current.name },
    {
      field: 'role',
      label: t('admin.users.role'),
      mine: t(`auth.role.${mine.role}`),
      current: t(`auth.role.${current.role}`, { defaultValue: current.role }),
    },
    {
      field: 'departmentId',
      label: t('admin.users.department'),
      mine: departmentOf(mine.departmentId),
      current: departmentOf(current.departmentId),
      differs: mine.departmentId !== current.departmentId,
    },
    {
      field: 'provinceWide',
      label: t('admin.form.provinceWide'),
      mine: t(mine.provinceWide ? 'common.yes' : 'common.no'),
      current: t(current.provinceWide ? 'common.yes' : 'common.no'),
    },
  ])
  if (differences.length === 0) {
    return redirectWithToast(`/admin/users/${userId}`, {
      kind: 'success',
      messageKey: 'admin.user.saved',
      values: { name: current.name },
    })
  }
  const stale: StaleEditAnswer = { differences }
  return data<PageAnswer>({ intent: 'update', result: replyOnVersion(reply, current.version), stale }, { status: 409 })
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
      if (!saved.ok) {
        if ('notFound' in saved) throw new Response('User not found', { status: 404 })
        if ('stale' in saved) {
          const reply = submission.reply({ formErrors: ['admin.errors.staleVersion'] })
          return answerStaleEdit(target.id, submission.value, reply, request)
        }
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
  const locale = useLocale()
  const resultOf = (intent: string) =>
    actionData?.intent === intent ? (actionData.result as SubmissionResult<string[]>) : undefined
  const stale = actionData?.intent === 'update' ? actionData.stale : undefined

  const validateEdit = useDeferredValidation(() => import('~/features/users/user-schema').then((m) => m.UserEditSchema))
  const [editForm, editFields] = useForm({
    id: `user-${target.id}`,
    constraint: constraints.edit,
    lastResult: resultOf('update'),
    defaultValue: {
      name: target.name,
      role: target.role,
      departmentId: target.departmentId ?? '',
      provinceWide: target.provinceWide ? 'on' : '',
    },
    shouldRevalidate: 'onInput',
    onValidate: validateEdit,
  })
  const validatePassword = useDeferredValidation(() =>
    import('~/features/users/user-schema').then((m) => m.SetPasswordSchema),
  )
  const [passwordForm, passwordFields] = useForm({
    id: `user-${target.id}-password`,
    constraint: constraints.password,
    lastResult: resultOf('set_password'),
    shouldRevalidate: 'onInput',
    onValidate: validatePassword,
  })
  const [statusForm] = useForm({ id: `user-${target.id}-status`, lastResult: resultOf('status') })
  const disabled = Boolean(target.disabledAt)

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

      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-5 text-sm md:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{t('admin.users.email')}</dt>
        <dd className="break-all">{target.email}</dd>
        <dt className="font-medium text-slate-700">{t('admin.users.status')}</dt>
        <dd>
          <AccountStatusBadge disabled={disabled} />
          {target.disabledAt ? (
            <span className="ml-2 text-slate-700">
              {t('admin.user.disabledSince', { date: formatDateTime(target.disabledAt, locale) })}
            </span>
          ) : null}
        </dd>
        <dt className="font-medium text-slate-700">{t('admin.users.lastSignIn')}</dt>
        <dd>{target.lastSignInAt ? formatDateTime(target.lastSignInAt, locale) : t('admin.users.neverSignedIn')}</dd>
        <dt className="font-medium text-slate-700">{t('admin.user.activeSessions')}</dt>
        <dd>{target.activeSessions}</dd>
        <dt className="font-medium text-slate-700">{t('admin.user.createdAt')}</dt>
        <dd>{formatDateTime(target.createdAt, locale)}</dd>
      </dl>

      <section aria-labelledby="user-details" className="space-y-3">
        <h2 id="user-details" className="text-lg font-semibold">
          {t('admin.user.detailsTitle')}
        </h2>
        {stale ? <StaleEditPanel title={t('conflict.stale.userTitle')} differences={stale.differences} /> : null}
        <Form
          method="post"
          {...getFormProps(editForm)}
          className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-2"
        >
          {/* A refused stale edit is explained by the panel above, field by field. */}
          <FormAlert id={editForm.errorId} errors={stale ? undefined : editForm.errors} className="md:col-span-2" />
          <input type="hidden" name="intent" value="update" />
          <VersionField version={target.version} lastResult={resultOf('update')} />
          <TextField
            className="md:col-span-2"
            label={t('admin.users.name')}
            errors={editFields.name.errors}
            inputProps={{ ...getInputProps(editFields.name, { type: 'text' }), autoComplete: 'off' }}
          />
          <SelectField
            label={t('admin.users.role')}
            hint={isSelf ? t('admin.user.ownRoleHint') : t('admin.form.roleHint')}
            errors={editFields.role.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(editFields.role)}
            options={ROLES.map((role) => ({ value: role, label: t(`auth.role.${role}`) }))}
          />
          <SelectField
            label={t('admin.users.department')}
            hint={t('admin.form.departmentHint')}
            errors={editFields.departmentId.errors}
            placeholder={t('admin.form.noDepartment')}
            selectProps={getSelectProps(editFields.departmentId)}
            options={departments.map((department) => ({
              value: department.id,
              label: localName(department, locale),
            }))}
          />
          <CheckboxField
            className="md:col-span-2"
            label={t('admin.form.provinceWide')}
            hint={t('admin.form.provinceWideHint')}
            errors={editFields.provinceWide.errors}
            inputProps={getInputProps(editFields.provinceWide, { type: 'checkbox' })}
          />
          <div className="md:col-span-2">
            <button type="submit" className={buttonClassName('primary')}>
              {t('common.save')}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="user-password" className="space-y-3">
        <h2 id="user-password" className="text-lg font-semibold">
          {t('admin.user.passwordTitle')}
        </h2>
        <p className="text-sm text-slate-700">{t('admin.user.passwordIntro')}</p>
        <Form
          method="post"
          {...getFormProps(passwordForm)}
          className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-2"
        >
          <FormAlert id={passwordForm.errorId} errors={passwordForm.errors} className="md:col-span-2" />
          <input type="hidden" name="intent" value="set_password" />
          <TextField
            label={t('admin.form.newPassword')}
            hint={t('admin.form.passwordHint')}
            errors={passwordFields.password.errors}
            inputProps={{
              ...getInputProps(passwordFields.password, { type: 'password' }),
              autoComplete: 'new-password',
            }}
          />
          <TextField
            label={t('admin.form.confirmPassword')}
            errors={passwordFields.confirmPassword.errors}
            inputProps={{
              ...getInputProps(passwordFields.confirmPassword, { type: 'password' }),
              autoComplete: 'new-password',
            }}
          />
          <div className="md:col-span-2">
            <button type="submit" className={buttonClassName('primary')}>
              {t('admin.user.setPassword')}
            </button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="user-sessions" className="space-y-3">
        <h2 id="user-sessions" className="text-lg font-semibold">
          {t('admin.user.sessionsTitle')}
        </h2>
        <Form method="post" className="space-y-3 rounded-lg border border-slate-300 bg-white p-5">
          <p className="text-sm text-slate-700">
            {isSelf ? t('admin.user.sessionsIntroSelf') : t('admin.user.sessionsIntro')}
          </p>
          <input type="hidden" name="intent" value="end_sessions" />
          <button type="submit" className={buttonClassName('secondary')}>
            {t('admin.user.endSessions')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="user-status" className="space-y-3">
        <h2 id="user-status" className="text-lg font-semibold">
          {t('admin.user.statusTitle')}
        </h2>
        {isSelf && !disabled ? (
          <p className="rounded-lg border border-slate-300 bg-white p-5 text-sm text-slate-700">
            {t('admin.user.cannotDisableSelfNote')}
          </p>
        ) : (
          <Form
            method="post"
            {...getFormProps(statusForm)}
            className="space-y-3 rounded-lg border border-slate-300 bg-white p-5"
          >
            <FormAlert id={statusForm.errorId} errors={statusForm.errors} />
            <p className="text-sm text-slate-700">
              {disabled ? t('admin.user.enableIntro') : t('admin.user.disableIntro')}
            </p>
            <input type="hidden" name="intent" value={disabled ? 'enable' : 'disable'} />
            <button type="submit" className={buttonClassName(disabled ? 'primary' : 'danger')}>
              {disabled ? t('admin.user.enable') : t('admin.user.disable')}
            </button>
          </Form>
        )}
      </section>

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
