import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { StaleEditPanel } from '~/components/edit-conflict'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { DepartmentForm } from '~/features/departments/department-form'
import { DepartmentEditSchema } from '~/features/departments/department-schema'
import { getDepartment, saveDepartment } from '~/features/departments/department.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { type EditAnswer, differingFields, replyOnVersion } from '~/utils/edit-conflict'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.department.code} · Tiendo` : 'Tiendo' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'manage:department')
  const department = await getDepartment(params.departmentId ?? '')
  invariantResponse(department, 'Department not found', 404)
  return { department, constraint: getZodConstraint(DepartmentEditSchema) }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'manage:department')
  const department = await getDepartment(params.departmentId ?? '')
  invariantResponse(department, 'Department not found', 404)
  const submission = parseWithZod(await readForm(request), { schema: DepartmentEditSchema })
  if (submission.status !== 'success') return data<EditAnswer>({ result: submission.reply() }, { status: 400 })
  const { version, ...input } = submission.value
  const saved = await saveDepartment(input, actorFor(user, request), { id: department.id, version })
  if (!saved.ok && saved.error === 'codeTaken') {
    return data<EditAnswer>(
      { result: submission.reply({ fieldErrors: { code: ['departments.codeTaken'] } }) },
      { status: 400 },
    )
  }
  if (!saved.ok) {
    // Someone saved it since the form was opened: nothing is written. The form keeps what
    // was typed, on the version saved now, beside what that version holds.
    const current = await getDepartment(department.id)
    invariantResponse(current, 'Department not found', 404)
    const t = serverT(getLocale(request))
    const differences = differingFields(
      (['code', 'nameVi', 'nameEn'] as const).map((field) => ({
        field,
        label: t(`departments.${field}`),
        mine: input[field],
        current: current[field],
      })),
    )
    if (differences.length > 0) {
      const result = replyOnVersion(submission.reply(), current.version)
      return data<EditAnswer>({ result, stale: { differences } }, { status: 409 })
    }
    // What was sent is what is saved (a double click on Save): done.
  }
  return redirectWithToast('/admin/departments', {
    kind: 'success',
    messageKey: 'departments.saved',
    values: { name: input.nameVi },
  })
}

export default function DepartmentPage() {
  const { department, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const stale = actionData?.stale
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('departments.editTitle', { name: department.nameVi })}</h1>
      {stale ? <StaleEditPanel title={t('conflict.stale.departmentTitle')} differences={stale.differences} /> : null}
      <DepartmentForm
        constraint={constraint}
        id={`department-${department.id}`}
        defaults={department}
        lastResult={actionData?.result}
        submitLabel={t('common.save')}
      />
      <AppLink to="/admin/departments" className={buttonClassName('secondary')}>
        {t('common.back')}
      </AppLink>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
