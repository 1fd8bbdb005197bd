import { type SubmissionResult, getFormProps, getInputProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClassName } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import { DepartmentSchema } from '~/models/department-schema'

/** The department form, for adding (on the list) and for editing. */
export function DepartmentForm({
  id,
  defaults,
  lastResult,
  submitLabel,
}: {
  id: string
  defaults?: { code: string; nameVi: string; nameEn: string }
  lastResult?: SubmissionResult<string[]> | null
  submitLabel: string
}) {
  const { t } = useTranslation()
  const [form, fields] = useForm({
    id,
    constraint: getZodConstraint(DepartmentSchema),
    lastResult,
    defaultValue: defaults,
    shouldValidate: 'onBlur',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DepartmentSchema }),
  })
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-[1fr_2fr_2fr_auto] md:items-end"
    >
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
      <button type="submit" className={buttonClassName('primary')}>
        {submitLabel}
      </button>
    </Form>
  )
}
