import { getCollectionProps, getInputProps, getTextareaProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { CheckboxGroup } from '~/components/ui/checkbox-group'
import { TextField, TextareaField } from '~/components/ui/field'
import { Fieldset } from '~/components/ui/section'
import { listDepartmentChoices } from '~/features/departments/department.server'
import { createMeetingSchema } from '~/features/meetings/meeting-schema'
import { createMeeting, findMeetingReferenceErrors } from '~/features/meetings/meeting.server'
import { RaisedObstacles } from '~/features/meetings/raised-obstacles'
import { listProjectChoices } from '~/features/obstacles/obstacle.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { readForm } from '~/utils/read-form.server'
import { newSubmissionKey } from '~/utils/submission-key'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'create:meeting')
  const t = serverT(getLocale(request))
  const [projects, departments] = await Promise.all([listProjectChoices(), listDepartmentChoices()])
  return {
    constraint: getZodConstraint(createMeetingSchema(provinceToday())),
    title: `${t('meetings.newTitle')} · Tiendo`,
    projects,
    departments,
    // The province's today: the latest day a meeting can have been held, in browser and server alike.
    today: toDateInputValue(provinceToday()),
    // One key per opened form: sent twice, it records one meeting.
    submissionKey: newSubmissionKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:meeting')
  const submission = parseWithZod(await readForm(request), { schema: createMeetingSchema(provinceToday()) })
  // Without JavaScript, "add" and "remove" arrive here too: the same form with a row more or less (200).
  if (submission.status !== 'success') {
    return data({ result: submission.reply() }, { status: submission.status === 'error' ? 400 : 200 })
  }
  const input = submission.value

  return saveOnce(
    {
      key: submission.payload.submissionKey,
      userId: user.id,
      refuse: (formErrors) => data({ result: submission.reply({ formErrors }) }, { status: 400 }),
    },
    async (claim) => {
      const referenceErrors = await findMeetingReferenceErrors(input)
      if (referenceErrors) return data({ result: submission.reply({ fieldErrors: referenceErrors }) }, { status: 400 })

      const created = await createMeeting(input, actorFor(user, request), claim)
      const count = created.obstacles.length
      return redirectWithToast(`/meetings/${created.id}`, {
        kind: 'success',
        messageKey: count === 0 ? 'meetings.createdNone' : count === 1 ? 'meetings.createdOne' : 'meetings.createdMany',
        values: { count: String(count) },
      })
    },
  )
}

export default function NewMeetingPage() {
  const { projects, departments, today, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: 'meeting-editor',
    constraint,
    lastResult: actionData?.result,
    defaultValue: { date: today, obstacles: [] },
    loadSchema: () =>
      import('~/features/meetings/meeting-schema').then((m) =>
        m.createMeetingSchema(new Date(`${today}T00:00:00.000Z`)),
      ),
    schemaDeps: [today],
  })
  const optional = ` ${t('common.optional')}`
  const projectChoices = projects.map((project) => ({ value: project.id, label: `${project.name} (${project.code})` }))
  const departmentChoices = departments.map((department) => ({
    value: department.id,
    label: `${localName(department, locale)} (${department.code})`,
  }))
  const projectLabels = new Map(projectChoices.map((choice) => [choice.value, choice.label]))
  // The form's field is `place` (as is the column); what it holds is the meeting's venue.
  const venue = fields.place

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('meetings.newTitle')}</h1>
      <AppForm
        form={form}
        lastResult={actionData?.result}
        submissionKey={submissionKey}
        errorSummary={t('meetings.form.formErrors')}
        className="space-y-6"
      >
        {/* Enter in a text field presses the form's first submit button: let it be "save", not "remove obstacle 1". */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {t('meetings.form.submit')}
        </button>

        <Fieldset legend={t('meetings.form.sections.meeting')}>
          <TextField
            label={t('meetings.form.date')}
            errors={fields.date.errors}
            inputProps={{ ...getInputProps(fields.date, { type: 'date' }), max: today }}
          />
          <TextField
            label={t('meetings.form.venue')}
            errors={venue.errors}
            inputProps={{
              ...getInputProps(venue, { type: 'text' }),
              placeholder: t('meetings.form.venuePlaceholder'),
            }}
          />
          <TextField
            className="md:col-span-2"
            label={t('meetings.form.chair')}
            hint={t('meetings.form.chairHint')}
            errors={fields.chair.errors}
            inputProps={{
              ...getInputProps(fields.chair, { type: 'text' }),
              placeholder: t('meetings.form.chairPlaceholder'),
            }}
          />
          <TextareaField
            className="md:col-span-2"
            label={`${t('meetings.form.notes')}${optional}`}
            errors={fields.notes.errors}
            textareaProps={{ ...getTextareaProps(fields.notes), rows: 3 }}
          />
        </Fieldset>

        <Fieldset legend={t('meetings.form.sections.attendance')}>
          <TextareaField
            className="md:col-span-2"
            label={`${t('meetings.form.enterprises')}${optional}`}
            hint={t('meetings.form.enterprisesHint')}
            errors={fields.enterprises.errors}
            textareaProps={{ ...getTextareaProps(fields.enterprises), rows: 4 }}
          />
          <CheckboxGroup
            className="md:col-span-2"
            listClassName="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-2 md:grid-cols-2"
            legend={`${t('meetings.form.projects')}${optional}`}
            hint={t('meetings.form.projectsHint')}
            empty={t('meetings.form.noProjects')}
            errors={fields.projectIds.errors}
            errorId={fields.projectIds.errorId}
            choices={getCollectionProps(fields.projectIds, {
              type: 'checkbox',
              options: projectChoices.map((choice) => choice.value),
            }).map((inputProps) => ({ label: projectLabels.get(inputProps.value) ?? inputProps.value, inputProps }))}
          />
        </Fieldset>

        <RaisedObstacles
          form={form}
          field={fields.obstacles}
          projectChoices={projectChoices}
          departmentChoices={departmentChoices}
          meetingDate={typeof fields.date.value === 'string' ? fields.date.value : undefined}
        />

        <FormButtons submitLabel={t('meetings.form.submit')} cancelTo="/meetings" />
      </AppForm>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
