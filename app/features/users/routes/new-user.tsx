import { getInputProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { TextField } from '~/components/ui/field'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { AccessFields } from '~/features/users/user-forms'
import { UserCreateSchema } from '~/features/users/user-schema'
import { UserCreateServerSchema, createUser } from '~/features/users/user.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

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
  const [form, fields] = useAppForm({
    id: 'new-user',
    constraint,
    lastResult: actionData?.result,
    loadSchema: () => import('~/features/users/user-schema').then((m) => m.UserCreateSchema),
  })
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('admin.newUser.title')}</h1>
      <p className="text-slate-700">{t('admin.newUser.intro')}</p>
      <AppForm
        form={form}
        lastResult={actionData?.result}
        className="space-y-4 rounded-lg border border-slate-300 bg-white p-5"
      >
        <div className="grid gap-4 md:grid-cols-2">
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
          <AccessFields fields={fields} departments={departments} roleHint={t('admin.form.roleHint')} />
          <TextField
            label={t('admin.form.initialPassword')}
            hint={t('admin.form.passwordHint')}
            errors={fields.password.errors}
            inputProps={{ ...getInputProps(fields.password, { type: 'password' }), autoComplete: 'new-password' }}
          />
          <FormButtons submitLabel={t('admin.newUser.submit')} cancelTo="/admin/users" className="md:col-span-2" />
        </div>
      </AppForm>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
