import { type FieldMetadata, getInputProps, getTextareaProps } from '@conform-to/react'
import { TextField, TextareaField } from '~/components/ui/field'
import { type ProjectEditorFields } from '~/features/projects/project-editor'
import { type ProjectFieldSection, type SimpleFieldName, simpleFieldsOf } from '~/features/projects/project-fields'
import { useTranslation } from '~/utils/translation'

// The editor's inputs are text: numbers are read in the reader's locale by the schema.
export const textProps = (field: FieldMetadata<unknown>) =>
  getInputProps(field as FieldMetadata<string>, { type: 'text' })
export const dateProps = (field: FieldMetadata<unknown>) =>
  getInputProps(field as FieldMetadata<string>, { type: 'date' })
export const decimalProps = (field: FieldMetadata<unknown>) => ({ ...textProps(field), inputMode: 'decimal' as const })

/** A section's simple fields (project-fields.ts), each an optional text, link, text of several lines or day. */
export function SimpleFieldInputs({
  section,
  fields,
}: {
  section: ProjectFieldSection
  fields: Pick<ProjectEditorFields, SimpleFieldName>
}) {
  const { t } = useTranslation()
  return simpleFieldsOf(section).map((spec) => {
    const field = fields[spec.name]
    const label = `${t(spec.label)} ${t('common.optional')}`
    switch (spec.kind) {
      case 'multiline':
        return (
          <TextareaField
            key={spec.name}
            className="md:col-span-2"
            label={label}
            errors={field.errors}
            textareaProps={{ ...getTextareaProps(field), rows: 4 }}
          />
        )
      case 'date':
        return <TextField key={spec.name} label={label} errors={field.errors} inputProps={dateProps(field)} />
      case 'url':
        return (
          <TextField
            key={spec.name}
            label={label}
            errors={field.errors}
            inputProps={{ ...textProps(field), inputMode: 'url' }}
          />
        )
      case 'text':
        return <TextField key={spec.name} label={label} errors={field.errors} inputProps={textProps(field)} />
    }
  })
}
