import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from '~/utils/translation'
import { DepartmentForm } from '~/components/department-form'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { DepartmentSchema } from '~/models/department-schema'
import { getDepartment, saveDepartment } from '~/models/department.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.department.code} · Tiendo` : 'Tiendo' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'manage:department')
  const department = await getDepartment(params.departmentId ?? '')
  invariantResponse(department, 'Department not found', 404)
  return { department, constraint: getZodConstraint(DepartmentSchema) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'manage:department')
  const department = await getDepartment(params.departmentId ?? '')
  invariantResponse(department, 'Department not found', 404)
  const submission = parseWithZod(await request.formData(), { schema: DepartmentSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const saved = await saveDepartment(submission.value, actorFor(user, request), department.id)
  if (!saved.ok)
    return data({ result: submission.reply({ fieldErrors: { code: ['departments.codeTaken'] } }) }, { status: 400 })
  return redirectWithToast('/admin/departments', {
    kind: 'success',
    messageKey: 'departments.saved',
    values: { name: submission.value.nameVi },
  })
}

export default function DepartmentPage() {
  const { department, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('departments.editTitle', { name: department.nameVi })}</h1>
      <DepartmentForm
        constraint={constraint}
        id={`department-${department.id}`}
        defaults={department}
        lastResult={actionData?.result}
        submitLabel={t('common.save')}
      />
      <Link to="/admin/departments" className={buttonClassName('secondary')}>
        {t('common.back')}
      </Link>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
