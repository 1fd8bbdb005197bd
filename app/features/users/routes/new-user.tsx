import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormAlert } from '~/components/ui/alert'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { CheckboxField } from '~/features/users/user-forms'
import { UserCreateSchema } from '~/features/users/user-schema'
import { ROLES } from '~/features/users/user-vocabulary'
import { UserCreateServerSchema, createUser, listDepartmentChoices } from '~/features/users/user.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'manage:user')
  const t = serverT(getLocale(request))
  return {
    constraint: getZodConstraint(UserCreateSchema),
    title: `${t('admin.newUser.title')} · Tiendo`,
    departments: await listDepartmentChoices(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'manage:user')
  const submission = parseWithZod(await readForm(request), { schema: UserCreateServerSchema })
  // The password is never sent back to the page.
  if (submission.status !== 'success') {
    return data({ result: submission.reply({ hideFields: ['password'] }) }, { status: 400 })
  }
  const created = await createUser(submission.value, actorFor(user, request))
  if (!created.ok) {
    return data(
      { result: submission.reply({ fieldErrors: { [created.field]: [created.error] }, hideFields: ['password'] }) },
      { status: 400 },
    )
  }
  return redirectWithToast(`/admin/users/${created.id}`, {
    kind: 'success',
    messageKey: 'admin.newUser.created',
    values: { name: submission.value.name },
  })
}

export default function NewUserPage() {
  const { departments, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const onValidate = useDeferredValidation(() => import('~/features/users/user-schema').then((m) => m.UserCreateSchema))
  const [form, fields] = useForm({
    id: 'new-user',
    constraint,
    lastResult: actionData?.result,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('admin.newUser.title')}</h1>
      <p className="text-slate-700">{t('admin.newUser.intro')}</p>
      <Form
        method="post"
        {...getFormProps(form)}
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-2"
      >
        <FormAlert id={form.errorId} errors={form.errors} className="md:col-span-2" />
        <TextField
          label={t('admin.users.email')}
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: 'email' }), autoComplete: 'off' }}
        />
        <TextField
          label={t('admin.users.name')}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: 'text' }), autoComplete: 'off' }}
        />
        <SelectField
          label={t('admin.users.role')}
          hint={t('admin.form.roleHint')}
          errors={fields.role.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(fields.role)}
          options={ROLES.map((role) => ({ value: role, label: t(`auth.role.${role}`) }))}
        />
        <SelectField
          label={t('admin.users.department')}
          hint={t('admin.form.departmentHint')}
          errors={fields.departmentId.errors}
          placeholder={t('admin.form.noDepartment')}
          selectProps={getSelectProps(fields.departmentId)}
          options={departments.map((department) => ({
            value: department.id,
            label: localName(department, locale),
          }))}
        />
        <CheckboxField
          className="md:col-span-2"
          label={t('admin.form.provinceWide')}
          hint={t('admin.form.provinceWideHint')}
          errors={fields.provinceWide.errors}
          inputProps={getInputProps(fields.provinceWide, { type: 'checkbox' })}
        />
        <TextField
          label={t('admin.form.initialPassword')}
          hint={t('admin.form.passwordHint')}
          errors={fields.password.errors}
          inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password' }}
        />
        <div className="flex gap-3 md:col-span-2">
          <button type="submit" className={buttonClassName('primary')}>
            {t('admin.newUser.submit')}
          </button>
          <AppLink to="/admin/users" className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </AppLink>
        </div>
      </Form>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
