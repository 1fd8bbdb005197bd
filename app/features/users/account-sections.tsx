/**
 * The parts of an account's page (admin.users.$userId): the account at a glance, then one
 * section a form, each form sending its own `intent`.
 */
import { getInputProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { StaleEditPanel } from '~/components/edit-conflict'
import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import { TextField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { AccessFields, AccountStatusBadge, type DepartmentChoice, NewPasswordFields } from '~/features/users/user-forms'
import type { UserForAdmin } from '~/features/users/user.server'
import { type FormConstraint } from '~/utils/deferred-validation'
import { type StaleEditAnswer } from '~/utils/edit-conflict'
import { formatDateTime } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The account at a glance: what the forms below do not change. */
export function AccountSummary({ account }: { account: UserForAdmin }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-5 text-sm md:grid-cols-[max-content_1fr]">
      <dt className="font-medium text-slate-700">{t('admin.users.email')}</dt>
      <dd className="break-all">{account.email}</dd>
      <dt className="font-medium text-slate-700">{t('admin.users.status')}</dt>
      <dd>
        <AccountStatusBadge disabled={Boolean(account.disabledAt)} />
        {account.disabledAt ? (
          <span className="ml-2 text-slate-700">
            {t('admin.user.disabledSince', { date: formatDateTime(account.disabledAt, locale) })}
          </span>
        ) : null}
      </dd>
      <dt className="font-medium text-slate-700">{t('admin.users.lastSignIn')}</dt>
      <dd>{account.lastSignInAt ? formatDateTime(account.lastSignInAt, locale) : t('admin.users.neverSignedIn')}</dd>
      <dt className="font-medium text-slate-700">{t('admin.user.activeSessions')}</dt>
      <dd>{account.activeSessions}</dd>
      <dt className="font-medium text-slate-700">{t('admin.user.createdAt')}</dt>
      <dd>{formatDateTime(account.createdAt, locale)}</dd>
    </dl>
  )
}

/** The account's name and access, saved on the version the form was opened on. */
export function AccountDetailsSection({
  account,
  departments,
  isSelf,
  constraint,
  lastResult,
  stale,
}: {
  account: UserForAdmin
  departments: readonly DepartmentChoice[]
  isSelf: boolean
  constraint: FormConstraint
  lastResult: LastResult
  stale?: StaleEditAnswer
}) {
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id: `user-${account.id}`,
    constraint,
    lastResult,
    defaultValue: {
      name: account.name,
      role: account.role,
      departmentId: account.departmentId ?? '',
      provinceWide: account.provinceWide ? 'on' : '',
    },
    loadSchema: () => import('~/features/users/user-schema').then((m) => m.UserEditSchema),
  })
  return (
    <Section title={t('admin.user.detailsTitle')}>
      {stale ? <StaleEditPanel title={t('conflict.stale.userTitle')} differences={stale.differences} /> : null}
      {/* A refused stale edit is explained by the panel above, field by field. */}
      <AppForm
        form={form}
        lastResult={lastResult}
        intent="update"
        hidden={{ version: String(account.version) }}
        showErrors={!stale}
        className="space-y-4"
      >
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            className="md:col-span-2"
            label={t('admin.users.name')}
            errors={fields.name.errors}
            inputProps={{ ...getInputProps(fields.name, { type: 'text' }), autoComplete: 'off' }}
          />
          <AccessFields
            fields={fields}
            departments={departments}
            roleHint={isSelf ? t('admin.user.ownRoleHint') : t('admin.form.roleHint')}
          />
        </div>
        <SubmitButton>{t('common.save')}</SubmitButton>
      </AppForm>
    </Section>
  )
}

/** A new password chosen by an administrator (typed twice). */
export function SetPasswordSection({
  accountId,
  constraint,
  lastResult,
}: {
  accountId: string
  constraint: FormConstraint
  lastResult: LastResult
}) {
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id: `user-${accountId}-password`,
    constraint,
    lastResult,
    loadSchema: () => import('~/features/users/user-schema').then((m) => m.SetPasswordSchema),
  })
  return (
    <Section title={t('admin.user.passwordTitle')}>
      <p className="text-sm text-slate-700">{t('admin.user.passwordIntro')}</p>
      <AppForm form={form} lastResult={lastResult} intent="set_password" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-2">
          <NewPasswordFields password={fields.password} confirmPassword={fields.confirmPassword} />
        </div>
        <SubmitButton>{t('admin.user.setPassword')}</SubmitButton>
      </AppForm>
    </Section>
  )
}

/** Signing the account out everywhere (the administrator's own session is kept). */
export function EndSessionsSection({ isSelf }: { isSelf: boolean }) {
  const { t } = useTranslation()
  return (
    <Section title={t('admin.user.sessionsTitle')}>
      <p className="text-sm text-slate-700">
        {isSelf ? t('admin.user.sessionsIntroSelf') : t('admin.user.sessionsIntro')}
      </p>
      <Form method="post">
        <input type="hidden" name="intent" value="end_sessions" />
        <SubmitButton variant="secondary">{t('admin.user.endSessions')}</SubmitButton>
      </Form>
    </Section>
  )
}

/** Disabling the account, or enabling it again; administrators cannot disable their own. */
export function AccountStatusSection({
  accountId,
  disabled,
  isSelf,
  lastResult,
}: {
  accountId: string
  disabled: boolean
  isSelf: boolean
  lastResult: LastResult
}) {
  const { t } = useTranslation()
  // No fields to check in the browser: only the server refuses (an administrator's own account).
  const [form] = useForm({ id: `user-${accountId}-status`, lastResult })
  return (
    <Section title={t('admin.user.statusTitle')}>
      {isSelf && !disabled ? (
        <p className="text-sm text-slate-700">{t('admin.user.cannotDisableSelfNote')}</p>
      ) : (
        <AppForm form={form} lastResult={lastResult} intent={disabled ? 'enable' : 'disable'} className="space-y-3">
          <p className="text-sm text-slate-700">
            {disabled ? t('admin.user.enableIntro') : t('admin.user.disableIntro')}
          </p>
          <SubmitButton variant={disabled ? 'primary' : 'danger'}>
            {disabled ? t('admin.user.enable') : t('admin.user.disable')}
          </SubmitButton>
        </AppForm>
      )}
    </Section>
  )
}
