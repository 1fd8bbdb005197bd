import { getInputProps, getSelectProps, getTextareaProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { getProject } from '~/features/projects/project-detail.server'
import { allowedNextStatuses } from '~/features/projects/project-status'
import { PROJECT_STATUSES, type ProjectStatus, isOneOf } from '~/features/projects/project-vocabulary'
import { changeProjectStatus } from '~/features/projects/project-write.server'
import { createStatusChangeSchema } from '~/features/projects/status-change-schema'
import { actorFor, ensurePermission, requireUser } from '~/utils/auth.server'
import { formatDate, provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

/** The signed-in user and the project they may update, or the right refusal. */
async function requireUpdatableProject(request: Request, projectId: string | undefined) {
  const user = await requireUser(request)
  const project = await getProject(projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  const status: ProjectStatus = isOneOf(PROJECT_STATUSES, project.status) ? project.status : 'proposed'
  return { user, project, status }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { project, status } = await requireUpdatableProject(request, params.projectId)
  const t = serverT(getLocale(request))
  return {
    constraint: getZodConstraint(createStatusChangeSchema(status)),
    title: `${t('statusForm.title', { name: project.name })} · Tiendo`,
    id: project.id,
    name: project.name,
    status,
    allowed: allowedNextStatuses(status),
    today: toDateInputValue(provinceToday()),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, project, status } = await requireUpdatableProject(request, params.projectId)
  const submission = parseWithZod(await readForm(request), { schema: createStatusChangeSchema(status) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })

  const locale = getLocale(request)
  const result = await changeProjectStatus(project.id, submission.value, provinceToday(), actorFor(user, request))
  if (!result.ok) {
    const message =
      result.error === 'status.errors.beforeLast' && result.values?.date
        ? `${result.error}:${formatDate(result.values.date, locale)}`
        : result.error
    return data({ result: submission.reply({ fieldErrors: { [result.field]: [message] } }) }, { status: 400 })
  }
  return redirectWithToast(`/projects/${project.id}`, {
    kind: 'success',
    messageKey: 'statusForm.done',
    values: { name: project.name, status: serverT(locale)(`status.${submission.value.toStatus}`) },
  })
}

export default function ChangeStatusPage() {
  const { id, name, status, allowed, today, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const lastResult = actionData?.result
  const [form, fields] = useAppForm({
    id: 'status-change',
    constraint,
    lastResult,
    defaultValue: { effectiveDate: today },
    loadSchema: () =>
      import('~/features/projects/status-change-schema').then((m) => m.createStatusChangeSchema(status)),
    schemaDeps: [status],
  })

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t('statusForm.title', { name })}</h1>
      <p>{t('statusForm.current', { status: t(`status.${status}`) })}</p>
      {allowed.length === 0 ? (
        <p role="status">{t('statusForm.closed')}</p>
      ) : (
        <AppForm
          form={form}
          lastResult={lastResult}
          className="space-y-4 rounded-lg border border-slate-300 bg-white p-5"
        >
          <SelectField
            label={t('statusForm.to')}
            errors={fields.toStatus.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.toStatus)}
            options={allowed.map((next) => ({ value: next, label: t(`status.${next}`) }))}
          />
          <TextField
            label={t('statusForm.effectiveDate')}
            errors={fields.effectiveDate.errors}
            inputProps={{ ...getInputProps(fields.effectiveDate, { type: 'date' }), max: today }}
          />
          <TextareaField
            label={t('statusForm.reason')}
            hint={t('statusForm.reasonHint')}
            errors={fields.reason.errors}
            textareaProps={{ ...getTextareaProps(fields.reason), rows: 3 }}
          />
          <TextareaField
            label={`${t('statusForm.note')} ${t('common.optional')}`}
            errors={fields.note.errors}
            textareaProps={{ ...getTextareaProps(fields.note), rows: 2 }}
          />
          <FormButtons submitLabel={t('statusForm.submit')} cancelTo={`/projects/${id}`} />
        </AppForm>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
