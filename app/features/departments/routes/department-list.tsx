import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { RecordTable } from '~/components/paged-list'
import { DepartmentForm } from '~/features/departments/department-form'
import { DepartmentSchema } from '~/features/departments/department-schema'
import { listDepartments, saveDepartment } from '~/features/departments/department.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'manage:department')
  const t = serverT(getLocale(request))
  return {
    title: `${t('departments.title')} · Tiendo`,
    departments: await listDepartments(),
    constraint: getZodConstraint(DepartmentSchema),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'manage:department')
  const submission = parseWithZod(await readForm(request), { schema: DepartmentSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const saved = await saveDepartment(submission.value, actorFor(user, request))
  if (!saved.ok)
    return data({ result: submission.reply({ fieldErrors: { code: ['departments.codeTaken'] } }) }, { status: 400 })
  return redirectWithToast('/admin/departments', {
    kind: 'success',
    messageKey: 'departments.saved',
    values: { name: submission.value.nameVi },
  })
}

export default function DepartmentsPage() {
  const { departments, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('departments.title')}</h1>
      <p className="text-slate-700">{t('departments.intro')}</p>
      <RecordTable
        caption={t('departments.tableCaption')}
        columns={[
          { label: t('departments.code') },
          { label: t('departments.nameVi') },
          { label: t('departments.nameEn') },
          { label: t('departments.projects'), numeric: true },
          { label: t('departments.users'), numeric: true },
        ]}
      >
        {departments.map((department) => (
          <tr key={department.id}>
            <td className="px-3 py-2 font-mono">
              <AppLink
                to={`/admin/departments/${department.id}`}
                className="text-brand-700 underline-offset-2 hover:underline"
              >
                {department.code}
              </AppLink>
            </td>
            <td className="px-3 py-2">{department.nameVi}</td>
            <td className="px-3 py-2" lang="en">
              {department.nameEn}
            </td>
            <td className="px-3 py-2 text-right">{department._count.projects}</td>
            <td className="px-3 py-2 text-right">{department._count.users}</td>
          </tr>
        ))}
      </RecordTable>
      <section aria-labelledby="add-department" className="space-y-2">
        <h2 id="add-department" className="text-lg font-semibold">
          {t('departments.addTitle')}
        </h2>
        <DepartmentForm
          constraint={constraint}
          id="add-department-form"
          lastResult={actionData?.result}
          submitLabel={t('departments.add')}
        />
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
