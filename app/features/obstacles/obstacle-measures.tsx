import { getInputProps, getSelectProps, getTextareaProps } from '@conform-to/react'
import { useMemo } from 'react'
import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import { FormPerSubmissionKey, SubmissionKeyField } from '~/components/submission-key-field'
import { FormAlert } from '~/components/ui/alert'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import type { ObstacleDetail } from '~/features/obstacles/obstacle.server'
import { type FormConstraint } from '~/utils/deferred-validation'
import { formatDate, formatDateTime, provinceToday, toDateInputValue } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

type Department = { id: string; code: string; nameVi: string; nameEn: string }

/** What the measure form needs, for those who may follow the obstacle up. */
export type MeasureFormProps = {
  lastResult: LastResult
  /** The loader's fresh key (docs/decisions/007). */
  submissionKey: string
  departments: Department[]
  defaults: { date: string; departmentId: string }
  constraint: FormConstraint
}

/** The measures taken on an obstacle, newest first, and (for those who may) the form to add one. */
export function ObstacleMeasures({
  measures,
  form,
}: {
  measures: ObstacleDetail['measures']
  form?: MeasureFormProps
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <Section title={t('obstacles.measures.title')} spacing="space-y-4">
      {measures.length === 0 ? (
        <p className="text-slate-700">{t('obstacles.measures.empty')}</p>
      ) : (
        <ol aria-label={t('obstacles.measures.listLabel')} className="space-y-3 border-l-2 border-slate-300 pl-4">
          {measures.map((measure) => (
            <li key={measure.id} className="rounded-md border border-slate-200 p-3">
              <p className="text-sm font-medium text-slate-800">
                <time dateTime={toDateInputValue(measure.date)}>{formatDate(measure.date, locale)}</time>
                <span aria-hidden="true"> · </span>
                <span className="sr-only">, </span>
                {localName(measure.department, locale)}
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900">{measure.description}</p>
              {measure.documentRef ? (
                <p className="mt-1 text-sm text-slate-700">
                  {t('obstacles.measures.document', { ref: measure.documentRef })}
                </p>
              ) : null}
              <p className="mt-1 text-xs text-slate-600">
                {measure.enteredByName
                  ? `${t('obstacles.measures.enteredBy', { name: measure.enteredByName })} · `
                  : ''}
                {formatDateTime(measure.createdAt, locale)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {form ? (
        // Saved, the form is drawn anew with the next key: empty, and not the same measure again.
        <FormPerSubmissionKey fresh={form.submissionKey} lastResult={form.lastResult}>
          {(formKey) => <MeasureForm {...form} submissionKey={formKey} />}
        </FormPerSubmissionKey>
      ) : null}
    </Section>
  )
}

function MeasureForm({ lastResult, submissionKey, departments, defaults, constraint }: MeasureFormProps) {
  const { t } = useTranslation()
  const locale = useLocale()
  const today = useMemo(() => provinceToday(), [])
  const [form, fields] = useAppForm({
    id: 'obstacle-measure',
    constraint,
    lastResult,
    defaultValue: defaults,
    loadSchema: () => import('~/features/obstacles/obstacle-schema').then((m) => m.createMeasureSchema(today)),
    schemaDeps: [today],
  })
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent="measure"
      // Shown below the heading, across both columns.
      showErrors={false}
      className="grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4 md:grid-cols-2"
    >
      <h3 className="font-semibold md:col-span-2">{t('obstacles.measures.add')}</h3>
      <SubmissionKeyField value={submissionKey} />
      <FormAlert id={form.errorId} errors={form.errors} className="md:col-span-2" />
      <TextField
        label={t('obstacles.measures.date')}
        errors={fields.date.errors}
        inputProps={{ ...getInputProps(fields.date, { type: 'date' }), max: toDateInputValue(today) }}
      />
      <SelectField
        label={t('obstacles.measures.department')}
        errors={fields.departmentId.errors}
        placeholder={t('editor.choose')}
        selectProps={getSelectProps(fields.departmentId)}
        options={departments.map((department) => ({ value: department.id, label: localName(department, locale) }))}
      />
      <TextareaField
        className="md:col-span-2"
        label={t('obstacles.measures.description')}
        errors={fields.description.errors}
        textareaProps={{ ...getTextareaProps(fields.description), rows: 3 }}
      />
      <TextField
        label={`${t('obstacles.measures.documentRef')} ${t('common.optional')}`}
        hint={t('obstacles.measures.documentRefHint')}
        errors={fields.documentRef.errors}
        inputProps={{ ...getInputProps(fields.documentRef, { type: 'text' }), autoComplete: 'off' }}
      />
      <div className="md:col-span-2">
        <SubmitButton>{t('obstacles.measures.submit')}</SubmitButton>
      </div>
    </AppForm>
  )
}
