import {
  type FieldMetadata,
  type FormMetadata,
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from '@conform-to/react'
import { type ComponentProps, type RefObject, useEffect, useRef } from 'react'
import { type z } from 'zod'
import { Button, buttonClassName } from '~/components/ui/button'
import { CheckboxGroup } from '~/components/ui/checkbox-group'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { type createMeetingSchema } from '~/features/meetings/meeting-schema'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES } from '~/features/obstacles/obstacle-rules'
import { useTranslation } from '~/utils/translation'

/** The meeting form's values as typed (a day as yyyy-mm-dd text); the parsed value has Dates. */
export type MeetingFormValues = z.input<ReturnType<typeof createMeetingSchema>>
type ObstacleRowValues = NonNullable<MeetingFormValues['obstacles']>[number]
export type Choice = { value: string; label: string }

/**
 * The meeting form's list of obstacles raised there: one fieldset each, "add an obstacle"
 * below them. Adding and removing are form submissions (Conform's insert and remove), so
 * they work without JavaScript too.
 */
export function RaisedObstacles({
  form,
  field,
  projectChoices,
  departmentChoices,
  meetingDate,
}: {
  form: FormMetadata<MeetingFormValues, string[]>
  field: FieldMetadata<MeetingFormValues['obstacles'], MeetingFormValues, string[]>
  projectChoices: Choice[]
  departmentChoices: Choice[]
  /** The meeting's day as typed: no deadline before it. */
  meetingDate: string | undefined
}) {
  const { t } = useTranslation()
  const obstacles = field.getFieldList()
  const addButton = useRef<HTMLButtonElement>(null)
  useFocusAfterListChange(obstacles.length, obstacles.at(-1)?.getFieldset().projectId.id, addButton)
  return (
    <Section title={t('meetings.form.sections.obstacles')} spacing="space-y-4">
      <p className="text-sm text-slate-700">{t('meetings.form.obstaclesHint')}</p>
      <FieldErrors id={field.errorId} errors={field.errors} />
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
              removeButtonProps={form.remove.getButtonProps({ name: field.name, index })}
            />
          </li>
        ))}
      </ol>
      <button
        ref={addButton}
        type="submit"
        className={buttonClassName('secondary')}
        {...form.insert.getButtonProps({ name: field.name, defaultValue: { priority: 'medium' } })}
      >
        {t('meetings.form.obstacle.add')}
      </button>
    </Section>
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
          choices={getCollectionProps(row.departmentIds, {
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
