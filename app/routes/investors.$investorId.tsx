import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from '~/utils/translation'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { StatusBadge } from '~/components/status-badge'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { InvestorEditorSchema } from '~/models/investor-schema'
import { getInvestor, updateInvestor } from '~/models/investor.server'
import { INVESTOR_COUNTRIES } from '~/models/project-vocabulary'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { invariantResponse } from '~/utils/misc'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { hasPermission } from '~/utils/permissions'
import { redirectWithToast } from '~/utils/toast.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.investor.name} · Tiendo` : 'Tiendo' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:investor')
  const investor = await getInvestor(params.investorId ?? '')
  invariantResponse(investor, 'Investor not found', 404)
  return {
    constraint: getZodConstraint(InvestorEditorSchema),
    investor,
    canEdit: hasPermission(user, 'update:investor'),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'update:investor')
  const investor = await getInvestor(params.investorId ?? '')
  invariantResponse(investor, 'Investor not found', 404)
  const submission = parseWithZod(await request.formData(), { schema: InvestorEditorSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const saved = await updateInvestor(investor.id, submission.value, actorFor(user, request))
  if (!saved) {
    return data({ result: submission.reply({ fieldErrors: { name: ['investors.nameTaken'] } }) }, { status: 400 })
  }
  return redirectWithToast(`/investors/${investor.id}`, {
    kind: 'success',
    messageKey: 'investors.saved',
    values: { name: submission.value.name },
  })
}

export default function InvestorPage() {
  const { investor, canEdit, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const onValidate = useDeferredValidation(() => import('~/models/investor-schema').then((m) => m.InvestorEditorSchema))
  const [form, fields] = useForm({
    id: `investor-${investor.id}`,
    constraint,
    lastResult: actionData?.result,
    defaultValue: { name: investor.name, country: investor.country, contact: investor.contact },
    shouldValidate: 'onBlur',
    onValidate,
  })
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('investors.editTitle', { name: investor.name })}</h1>
      <Form
        method="post"
        {...getFormProps(form)}
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-2"
      >
        <TextField
          label={t('investors.name')}
          errors={fields.name.errors}
          inputProps={getInputProps(fields.name, { type: 'text' })}
        />
        <SelectField
          label={t('investors.country')}
          errors={fields.country.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(fields.country)}
          options={INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
        />
        <TextareaField
          className="md:col-span-2"
          label={`${t('investors.contact')} ${t('common.optional')}`}
          hint={t('investors.contactHint')}
          errors={fields.contact.errors}
          textareaProps={{ ...getTextareaProps(fields.contact), rows: 3 }}
        />
        <div className="flex gap-3 md:col-span-2">
          {canEdit ? (
            <button type="submit" className={buttonClassName('primary')}>
              {t('common.save')}
            </button>
          ) : null}
          <Link to="/investors" className={buttonClassName('secondary')}>
            {t('common.back')}
          </Link>
        </div>
      </Form>
      <section aria-labelledby="investor-projects" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="investor-projects" className="mb-2 text-lg font-semibold">
          {t('investors.projectsOf')}
        </h2>
        {investor.projects.length === 0 ? (
          <p className="text-slate-700">{t('investors.noProjects')}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {investor.projects.map(({ project, role }) => (
              <li key={project.id} className="flex flex-wrap items-center gap-3 py-2">
                <span className="font-mono text-xs">{project.code}</span>
                <Link to={`/projects/${project.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {project.name}
                </Link>
                <StatusBadge status={project.status} />
                <span className="text-sm text-slate-700">{t(`role.${role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
