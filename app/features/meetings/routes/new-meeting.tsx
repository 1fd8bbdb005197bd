import {
  type FieldMetadata,
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { type ComponentProps, type ReactNode, type RefObject, useEffect, useRef } from 'react'
import { type z } from 'zod'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { SubmissionKeyField, useSubmissionKey } from '~/components/submission-key-field'
import { Button, buttonClassName } from '~/components/ui/button'
import { CheckboxGroup } from '~/components/ui/checkbox-group'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import { findMeetingReferenceErrors, listDepartmentChoices } from '~/features/meetings/meeting.server'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES } from '~/features/obstacles/obstacle-rules'
import { createMeetingSchema } from '~/features/obstacles/obstacle-schema'
import { createMeeting, listProjectChoices } from '~/features/obstacles/obstacle.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
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

type MeetingFormValues = z.input<ReturnType<typeof createMeetingSchema>>
type ObstacleRowValues = NonNullable<MeetingFormValues['obstacles']>[number]
type Choice = { value: string; label: string }

function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint ? <p className="mb-4 text-sm text-slate-700">{hint}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  )
}

export default function NewMeetingPage() {
  const { projects, departments, today, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const navigation = useNavigation()
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/obstacles/obstacle-schema').then((m) =>
        m.createMeetingSchema(new Date(`${today}T00:00:00.000Z`)),
      ),
    [today],
  )
  // The fields hold what was typed (a day as yyyy-mm-dd text); the parsed value has Dates.
  const [form, fields] = useForm<MeetingFormValues, z.output<ReturnType<typeof createMeetingSchema>>>({
    id: 'meeting-editor',
    constraint,
    lastResult: actionData?.result,
    defaultValue: { date: today, obstacles: [] },
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const obstacles = fields.obstacles.getFieldList()
  const addButton = useRef<HTMLButtonElement>(null)
  useFocusAfterListChange(obstacles.length, obstacles.at(-1)?.getFieldset().projectId.id, addButton)
  const optional = ` ${t('common.optional')}`
  const projectChoices = projects.map((project) => ({ value: project.id, label: `${project.name} (${project.code})` }))
  const departmentChoices = departments.map((department) => ({
    value: department.id,
    label: `${localName(department, locale)} (${department.code})`,
  }))
  const projectLabels = new Map(projectChoices.map((choice) => [choice.value, choice.label]))
  const formKey = useSubmissionKey(submissionKey, actionData?.result)
  const meetingDate = typeof fields.date.value === 'string' ? fields.date.value : undefined

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('meetings.newTitle')}</h1>
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        {/* Enter in a text field presses the form's first submit button: let it be "save", not "remove obstacle 1". */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {t('meetings.form.submit')}
        </button>
        <SubmissionKeyField value={formKey} />
        {form.status === 'error' ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
            <p>{t('meetings.form.formErrors')}</p>
            <FieldErrors id={form.errorId} errors={form.errors} />
          </div>
        ) : null}

        <Fieldset legend={t('meetings.form.sections.meeting')}>
          <TextField
            label={t('meetings.form.date')}
            errors={fields.date.errors}
            inputProps={{ ...getInputProps(fields.date, { type: 'date' }), max: today }}
          />
          <TextField
            label={t('meetings.form.place')}
            errors={fields.place.errors}
            inputProps={{
              ...getInputProps(fields.place, { type: 'text' }),
              placeholder: t('meetings.form.placePlaceholder'),
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

        <section
          aria-labelledby="meeting-obstacles-heading"
          className="space-y-4 rounded-lg border border-slate-300 bg-white p-5"
        >
          <h2 id="meeting-obstacles-heading" className="text-lg font-semibold">
            {t('meetings.form.sections.obstacles')}
          </h2>
          <p className="text-sm text-slate-700">{t('meetings.form.obstaclesHint')}</p>
          <FieldErrors id={fields.obstacles.errorId} errors={fields.obstacles.errors} />
          {obstacles.length === 0 ? <p className="text-sm text-slate-700">{t('meetings.form.noObstacles')}</p> : null}
          <ol className="space-y-4">
            {obstacles.map((obstacle, index) => (
              <li key={obstacle.key}>
                <ObstacleFieldset
                  field={obstacle}
                  number={index + 1}
                  projectChoices={projectChoices}
                  departmentChoices={departmentChoices}
                  meetingDate={meetingDate}
                  removeButtonProps={form.remove.getButtonProps({ name: fields.obstacles.name, index })}
                />
              </li>
            ))}
          </ol>
          <button
            ref={addButton}
            type="submit"
            className={buttonClassName('secondary')}
            {...form.insert.getButtonProps({ name: fields.obstacles.name, defaultValue: { priority: 'medium' } })}
          >
            {t('meetings.form.obstacle.add')}
          </button>
        </section>

        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName('primary')} disabled={navigation.state === 'submitting'}>
            {t('meetings.form.submit')}
          </button>
          <AppLink to="/meetings" className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </AppLink>
        </div>
      </Form>
    </div>
  )
}

/**
 * With JavaScript, adding an obstacle moves the focus to its first field, and removing one
 * (whose button disappears with it) to "add an obstacle", so keyboard users stay in place.
 */
function useFocusAfterListChange(
  length: number,
  lastFirstFieldId: string | undefined,
  addButton: RefObject<HTMLButtonElement | null>,
) {
  const previous = useRef(length)
  useEffect(() => {
    if (length > previous.current && lastFirstFieldId) document.getElementById(lastFirstFieldId)?.focus()
    else if (length < previous.current) addButton.current?.focus()
    previous.current = length
  }, [length, lastFirstFieldId, addButton])
}

/** One obstacle raised at the meeting: a fieldset named "Vướng mắc n", every label naming it too. */
function ObstacleFieldset({
  field,
  number,
  projectChoices,
  departmentChoices,
  meetingDate,
  removeButtonProps,
}: {
  field: FieldMetadata<ObstacleRowValues, MeetingFormValues>
  number: number
  projectChoices: Choice[]
  departmentChoices: Choice[]
  meetingDate: string | undefined
  removeButtonProps: ComponentProps<'button'>
}) {
  const { t } = useTranslation()
  const row = field.getFieldset()
  const legend = t('meetings.form.obstacle.legend', { number })
  // Labels stay short on screen; their accessible names say which obstacle they belong to.
  const label = (text: string) => (
    <>
      {text}
      <span className="sr-only"> ({legend})</span>
    </>
  )
  const departmentLabels = new Map(departmentChoices.map((choice) => [choice.value, choice.label]))
  return (
    <fieldset className="rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          className="md:col-span-2"
          label={label(t('meetings.form.obstacle.project'))}
          errors={row.projectId.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(row.projectId)}
          options={projectChoices}
        />
        <SelectField
          label={label(t('meetings.form.obstacle.category'))}
          errors={row.category.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(row.category)}
          options={OBSTACLE_CATEGORIES.map((value) => ({ value, label: t(`obstacles.category.${value}`) }))}
        />
        <SelectField
          label={label(t('meetings.form.obstacle.priority'))}
          errors={row.priority.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(row.priority)}
          options={OBSTACLE_PRIORITIES.map((value) => ({ value, label: t(`obstacles.priority.${value}`) }))}
        />
        <TextField
          className="md:col-span-2"
          label={label(t('meetings.form.obstacle.title'))}
          errors={row.title.errors}
          inputProps={{
            ...getInputProps(row.title, { type: 'text' }),
            placeholder: t('meetings.form.obstacle.titlePlaceholder'),
          }}
        />
        <TextareaField
          className="md:col-span-2"
          label={label(`${t('meetings.form.obstacle.description')} ${t('common.optional')}`)}
          errors={row.description.errors}
          textareaProps={{ ...getTextareaProps(row.description), rows: 3 }}
        />
        <CheckboxGroup
          legend={label(t('meetings.form.obstacle.departments'))}
          hint={t('meetings.form.obstacle.departmentsHint')}
          errors={row.departmentIds.errors}
          errorId={row.departmentIds.errorId}
          choices={getCollectionProps(row.departmentIds as FieldMetadata<string[]>, {
            type: 'checkbox',
            options: departmentChoices.map((choice) => choice.value),
          }).map((inputProps) => ({ label: departmentLabels.get(inputProps.value) ?? inputProps.value, inputProps }))}
        />
        <TextField
          label={label(t('meetings.form.obstacle.deadline'))}
          errors={row.deadline.errors}
          inputProps={{ ...getInputProps(row.deadline, { type: 'date' }), min: meetingDate || undefined }}
        />
      </div>
      <Button variant="secondary" type="submit" className="mt-4" {...removeButtonProps}>
        {t('meetings.form.obstacle.remove')}
        <span className="sr-only"> ({legend})</span>
      </Button>
    </fieldset>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
