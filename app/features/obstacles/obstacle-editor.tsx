import {
  type SubmissionResult,
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { type ReactNode, useId, useMemo } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { StaleEditPanel } from '~/components/edit-conflict'
import { SubmissionKeyField, useSubmissionKey } from '~/components/submission-key-field'
import { buttonClassName } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import { OBSTACLE_CATEGORIES, OBSTACLE_PRIORITIES, RAISED_BY_KINDS } from '~/features/obstacles/obstacle-rules'
import { type FormConstraint, useDeferredValidation } from '~/utils/deferred-validation'
import { type StaleEditAnswer } from '~/utils/edit-conflict'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The obstacle editor, shared by the "new" and "edit" routes (their actions: __obstacle-editor.server.tsx). */

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

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  )
}

/** A hidden value the form carries; the action's answer (a 409 moves the version on) wins. */
function carriedValue(lastResult: SubmissionResult<string[]> | null | undefined, name: string, given?: string) {
  const echoed = lastResult?.initialValue?.[name]
  return typeof echoed === 'string' ? echoed : given
}

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
  const navigation = useNavigation()
  const departmentsHintId = useId()
  const today = useMemo(() => provinceToday(), [])
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/obstacles/obstacle-schema').then((m) =>
        mode === 'create' ? m.createObstacleSchema(today) : m.createObstacleEditSchema(today),
      ),
    [mode, today],
  )
  const [form, fields] = useForm({
    id: `obstacle-${mode}`,
    constraint,
    lastResult,
    defaultValue: defaults,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const name = (row: { nameVi: string; nameEn: string }) => localName(row, locale)
  const optional = ` ${t('common.optional')}`
  const maxDay = toDateInputValue(today)
  const departmentErrors = fields.departmentIds.errors
  const departmentBoxes = getCollectionProps(fields.departmentIds, {
    type: 'checkbox',
    options: options.departments.map((department) => department.id),
  })
  const hidden = Object.entries(hiddenFields).map(
    ([field, given]) => [field, carriedValue(lastResult, field, given)] as const,
  )
  const formKey = useSubmissionKey(submissionKey ?? '', lastResult)

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
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        {hidden.map(([field, value]) =>
          value === undefined ? null : <input key={field} type="hidden" name={field} value={value} />,
        )}
        {submissionKey ? <SubmissionKeyField value={formKey} /> : null}
        {form.status === 'error' && !stale ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
            <p>{t('obstacles.form.formErrors')}</p>
            <FieldErrors id={form.errorId} errors={form.errors} />
          </div>
        ) : null}

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
            inputProps={{ ...getInputProps(fields.raisedOn, { type: 'date' }), max: maxDay }}
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
          <fieldset
            className="md:col-span-2"
            aria-describedby={[departmentsHintId, departmentErrors?.length ? fields.departmentIds.errorId : null]
              .filter(Boolean)
              .join(' ')}
          >
            <legend className="mb-1 text-sm font-medium text-slate-800">{t('obstacles.form.departments')}</legend>
            <p id={departmentsHintId} className="mb-2 text-xs text-slate-600">
              {t('obstacles.form.departmentsHint')}
            </p>
            <ul className="grid gap-2 sm:grid-cols-2">
              {departmentBoxes.map(({ key, required: _required, ...box }) => {
                const department = options.departments.find((row) => row.id === box.value)
                return (
                  <li key={key ?? box.value}>
                    <label className="flex items-start gap-2 text-sm text-slate-900">
                      <input {...box} className="mt-0.5 h-4 w-4 rounded border-slate-400" />
                      <span>
                        {department ? name(department) : box.value}{' '}
                        <span className="text-slate-600">({department?.code})</span>
                      </span>
                    </label>
                  </li>
                )
              })}
            </ul>
            <FieldErrors id={fields.departmentIds.errorId} errors={departmentErrors} />
          </fieldset>
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

        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName('primary')} disabled={navigation.state === 'submitting'}>
            {mode === 'create' ? t('obstacles.form.submitNew') : t('obstacles.form.submitEdit')}
          </button>
          <AppLink to={cancelTo} className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </AppLink>
        </div>
      </Form>
    </div>
  )
}
