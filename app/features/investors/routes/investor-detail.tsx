import { getInputProps, getSelectProps, getTextareaProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { StaleEditPanel } from '~/components/edit-conflict'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, SubmitButton, useAppForm } from '~/components/forms'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { InvestorEditorSchema } from '~/features/investors/investor-schema'
import { getInvestor, updateInvestor } from '~/features/investors/investor.server'
import { INVESTOR_COUNTRIES } from '~/features/projects/project-vocabulary'
import { StatusBadge } from '~/features/projects/status-badge'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { type EditAnswer, differingFields, replyOnVersion } from '~/utils/edit-conflict'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

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
  const submission = parseWithZod(await readForm(request), { schema: InvestorEditorSchema })
  if (submission.status !== 'success') return data<EditAnswer>({ result: submission.reply() }, { status: 400 })
  const { version, ...input } = submission.value
  const saved = await updateInvestor(investor.id, version, input, actorFor(user, request))
  if (!saved.ok && saved.error === 'nameTaken') {
    return data<EditAnswer>(
      { result: submission.reply({ fieldErrors: { name: ['investors.nameTaken'] } }) },
      { status: 400 },
    )
  }
  if (!saved.ok) {
    // Someone saved it since the form was opened: nothing is written. The form keeps what
    // was typed, on the version saved now, beside what that version holds.
    const current = await getInvestor(investor.id)
    invariantResponse(current, 'Investor not found', 404)
    const t = serverT(getLocale(request))
    const differences = differingFields([
      { field: 'name', label: t('investors.name'), mine: input.name, current: current.name },
      {
        field: 'country',
        label: t('investors.country'),
        mine: t(`country.${input.country}`),
        current: t(`country.${current.country}`, { defaultValue: current.country }),
      },
      { field: 'contact', label: t('investors.contact'), mine: input.contact ?? '', current: current.contact },
    ])
    if (differences.length > 0) {
      const result = replyOnVersion(submission.reply(), current.version)
      return data<EditAnswer>({ result, stale: { differences } }, { status: 409 })
    }
    // What was sent is what is saved (a double click on Save): done.
  }
  return redirectWithToast(`/investors/${investor.id}`, {
    kind: 'success',
    messageKey: 'investors.saved',
    values: { name: input.name },
  })
}

export default function InvestorPage() {
  const { investor, canEdit, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const stale = actionData?.stale
  const [form, fields] = useAppForm({
    id: `investor-${investor.id}`,
    constraint,
    lastResult: actionData?.result,
    defaultValue: { name: investor.name, country: investor.country, contact: investor.contact },
    loadSchema: () => import('~/features/investors/investor-schema').then((m) => m.InvestorEditorSchema),
  })
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('investors.editTitle', { name: investor.name })}</h1>
      {stale ? <StaleEditPanel title={t('conflict.stale.investorTitle')} differences={stale.differences} /> : null}
      <AppForm
        form={form}
        lastResult={actionData?.result}
        hidden={{ version: String(investor.version) }}
        showErrors={false}
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
          {canEdit ? <SubmitButton>{t('common.save')}</SubmitButton> : null}
          <AppLink to="/investors" className={buttonClassName('secondary')}>
            {t('common.back')}
          </AppLink>
        </div>
      </AppForm>
      <Section title={t('investors.projectsOf')} spacing="space-y-2">
        {investor.projects.length === 0 ? (
          <p className="text-slate-700">{t('investors.noProjects')}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {investor.projects.map(({ project, role }) => (
              <li key={project.id} className="flex flex-wrap items-center gap-3 py-2">
                <span className="font-mono text-xs">{project.code}</span>
                <AppLink to={`/projects/${project.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                  {project.name}
                </AppLink>
                <StatusBadge status={project.status} />
                <span className="text-sm text-slate-700">{t(`role.${role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
