import { type SubmissionResult, getInputProps } from '@conform-to/react'
import { VersionField } from '~/components/edit-conflict'
import { AppForm, SubmitButton, useAppForm } from '~/components/forms'
import { TextField } from '~/components/ui/field'
import { type FormConstraint } from '~/utils/deferred-validation'
import { useTranslation } from '~/utils/translation'

/** The department form, for adding (on the list) and for editing. */
export function DepartmentForm({
  id,
  defaults,
  lastResult,
  submitLabel,
  constraint,
}: {
  id: string
  /** getZodConstraint(DepartmentSchema), from the loader. */
  constraint: FormConstraint
  /** With a version when editing: the form sends it back (docs/decisions/007). */
  defaults?: { code: string; nameVi: string; nameEn: string; version?: number }
  lastResult?: SubmissionResult<string[]> | null
  submitLabel: string
}) {
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id,
    constraint,
    lastResult,
    defaultValue: defaults,
    loadSchema: () => import('~/features/departments/department-schema').then((m) => m.DepartmentSchema),
  })
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      showErrors={false}
      className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-[1fr_2fr_2fr_auto] md:items-end"
    >
      {defaults?.version === undefined ? null : <VersionField version={defaults.version} lastResult={lastResult} />}
      <TextField
        label={t('departments.code')}
        errors={fields.code.errors}
        inputProps={getInputProps(fields.code, { type: 'text' })}
      />
      <TextField
        label={t('departments.nameVi')}
        errors={fields.nameVi.errors}
        inputProps={getInputProps(fields.nameVi, { type: 'text' })}
      />
      <TextField
        label={t('departments.nameEn')}
        errors={fields.nameEn.errors}
        inputProps={{ ...getInputProps(fields.nameEn, { type: 'text' }), lang: 'en' }}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </AppForm>
  )
}
