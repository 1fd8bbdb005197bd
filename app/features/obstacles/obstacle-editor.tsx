import {
  type SubmissionResult,
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from '@conform-to/react'
import { useMemo } from 'react'
import { type AppHref } from '~/components/app-link'
import { StaleEditPanel } from '~/components/edit-conflict'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { CheckboxGroup } from '~/components/ui/checkbox-group'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { Fieldset } from '~/components/ui/section'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES, RAISED_BY_KINDS } from '~/features/obstacles/obstacle-rules'
import { type FormConstraint } from '~/utils/deferred-validation'
import { type StaleEditAnswer } from '~/utils/edit-conflict'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The obstacle editor, shared by the "new" and "edit" routes (their actions: obstacle-editor.server.tsx). */

export type ObstacleEditorDefaults = {
  projectId?: string
  category?: string
  title?: string
  description?: string
  raisedOn?: string
  raisedByKind?: string
  raisedByName?: string
  departmentIds?: string[]
  deadline?: string
  priority?: string
}

export type ObstacleEditorOptions = {
  projects: { id: string; code: string; name: string }[]
  departments: { id: string; code: string; nameVi: string; nameEn: string }[]
}

/** A save refused because someone else saved first: each field that differs, theirs beside mine. */
export type ObstacleStaleAnswer = StaleEditAnswer

export function ObstacleEditor({
  mode,
  title,
  defaults,
  options,
  lastResult,
  cancelTo,
  hiddenFields = {},
  submissionKey,
  stale,
  constraint,
}: {
  mode: 'create' | 'edit'
  /** getZodConstraint of the mode's schema, from the loader. */
  constraint: FormConstraint
  title: string
  defaults: ObstacleEditorDefaults
  options: ObstacleEditorOptions
  lastResult?: SubmissionResult<string[]> | null
  cancelTo: AppHref
  hiddenFields?: Record<string, string | undefined>
  /** A new obstacle's form: the key its loader made (docs/decisions/007). */
  submissionKey?: string
  stale?: ObstacleStaleAnswer
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const today = useMemo(() => provinceToday(), [])
  const [form, fields] = useAppForm({
    id: `obstacle-${mode}`,
    constraint,
    lastResult,
    defaultValue: defaults,
    loadSchema: () =>
      import('~/features/obstacles/obstacle-schema').then((m) =>
        mode === 'create' ? m.createObstacleSchema(today) : m.createObstacleEditSchema(today),
      ),
    schemaDeps: [mode, today],
  })
  const optional = ` ${t('common.optional')}`
  const departmentLabels = new Map(
    options.departments.map((department) => [
      department.id,
      <>
        {localName(department, locale)} <span className="text-slate-600">({department.code})</span>
      </>,
    ]),
  )

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-700">{t('obstacles.form.intro')}</p>
      </div>
      {stale ? (
        <StaleEditPanel
          title={t('obstacles.stale.title')}
          explanation={[t('obstacles.stale.body'), t('obstacles.stale.differences')]}
          caption={t('obstacles.stale.caption')}
          differences={stale.differences}
        />
      ) : null}
      <AppForm
        form={form}
        lastResult={lastResult}
        submissionKey={submissionKey}
        hidden={hiddenFields}
        errorSummary={t('obstacles.form.formErrors')}
        // The stale panel above already says what is wrong.
        showErrors={!stale}
        className="space-y-6"
      >
        <Fieldset legend={t('obstacles.form.sections.what')}>
          <SelectField
            className="md:col-span-2"
            label={t('obstacles.form.project')}
            errors={fields.projectId.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.projectId)}
            options={options.projects.map((project) => ({
              value: project.id,
              label: `${project.name} (${project.code})`,
            }))}
          />
          <SelectField
            label={t('obstacles.form.category')}
            errors={fields.category.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.category)}
            options={OBSTACLE_CATEGORIES.map((value) => ({ value, label: t(`obstacles.category.${value}`) }))}
          />
          <div className="hidden md:block" />
          <TextField
            className="md:col-span-2"
            label={t('obstacles.form.title')}
            hint={t('obstacles.form.titleHint')}
            errors={fields.title.errors}
            inputProps={getInputProps(fields.title, { type: 'text' })}
          />
          <TextareaField
            className="md:col-span-2"
            label={`${t('obstacles.form.description')}${optional}`}
            errors={fields.description.errors}
            textareaProps={{ ...getTextareaProps(fields.description), rows: 4 }}
          />
        </Fieldset>

        <Fieldset legend={t('obstacles.form.sections.source')}>
          <TextField
            label={t('obstacles.form.raisedOn')}
            errors={fields.raisedOn.errors}
            inputProps={{ ...getInputProps(fields.raisedOn, { type: 'date' }), max: toDateInputValue(today) }}
          />
          <SelectField
            label={t('obstacles.form.raisedByKind')}
            errors={fields.raisedByKind.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.raisedByKind)}
            options={RAISED_BY_KINDS.map((value) => ({ value, label: t(`obstacles.raisedByKind.${value}`) }))}
          />
          <TextField
            className="md:col-span-2"
            label={t('obstacles.form.raisedByName')}
            errors={fields.raisedByName.errors}
            inputProps={getInputProps(fields.raisedByName, { type: 'text' })}
          />
        </Fieldset>

        <Fieldset legend={t('obstacles.form.sections.responsibility')}>
          <CheckboxGroup
            className="md:col-span-2"
            listClassName="sm:grid-cols-2"
            legend={t('obstacles.form.departments')}
            hint={t('obstacles.form.departmentsHint')}
            errors={fields.departmentIds.errors}
            errorId={fields.departmentIds.errorId}
            // Not `required` on each box: one ticked is enough (the schema says how many).
            choices={getCollectionProps(fields.departmentIds, {
              type: 'checkbox',
              options: options.departments.map((department) => department.id),
            }).map(({ required: _required, ...inputProps }) => ({
              label: departmentLabels.get(inputProps.value) ?? inputProps.value,
              inputProps,
            }))}
          />
          <TextField
            label={t('obstacles.form.deadline')}
            hint={t('obstacles.form.deadlineHint')}
            errors={fields.deadline.errors}
            inputProps={getInputProps(fields.deadline, { type: 'date' })}
          />
          <SelectField
            label={t('obstacles.form.priority')}
            errors={fields.priority.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.priority)}
            options={OBSTACLE_PRIORITIES.map((value) => ({ value, label: t(`obstacles.priority.${value}`) }))}
          />
        </Fieldset>

        <FormButtons
          submitLabel={mode === 'create' ? t('obstacles.form.submitNew') : t('obstacles.form.submitEdit')}
          cancelTo={cancelTo}
        />
      </AppForm>
    </div>
  )
}
