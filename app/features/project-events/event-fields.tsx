import { type FieldMetadata, getInputProps, getTextareaProps } from '@conform-to/react'
import { TextField, TextareaField } from '~/components/ui/field'
import { EVENT_KIND, type EventField, type EventKind } from '~/features/project-events/event-kinds'
import { useTranslation } from '~/utils/translation'

type Field = FieldMetadata<unknown, Record<string, unknown>, string[]>

/**
 * The boxes of an event of this kind, in its kind's order (event-kinds.ts): the entry form's
 * and its correction's, labelled from the kind's strings (projectEvents.<strings>.*).
 */
export function EventFields({
  kind,
  fields,
  latest,
  wideNote,
}: {
  kind: EventKind
  fields: { [Name in EventField]: Field }
  /** The last day the date may be (yyyy-mm-dd), when the form says so itself. */
  latest?: string
  /** The note on a row of its own (the form's grid has three columns). */
  wideNote: boolean
}) {
  const { t } = useTranslation()
  const { strings, inputMode } = EVENT_KIND[kind]
  const optional = (label: string) => `${label} ${t('common.optional')}`
  return EVENT_KIND[kind].fields.map((name) => {
    const field = fields[name]
    switch (name) {
      case 'date':
        return (
          <TextField
            key={name}
            label={t(`projectEvents.${strings}.date`)}
            errors={field.errors}
            inputProps={{ ...getInputProps(field, { type: 'date' }), max: latest }}
          />
        )
      case 'amountVnd':
      case 'hectares': {
        const label = `projectEvents.${strings}.${name === 'hectares' ? 'hectares' : 'amount'}`
        return (
          <TextField
            key={name}
            label={t(label)}
            hint={t(`${label}Hint`)}
            errors={field.errors}
            inputProps={{ ...getInputProps(field, { type: 'text' }), inputMode, autoComplete: 'off' }}
          />
        )
      }
      case 'documentNumber':
        return (
          <TextField
            key={name}
            label={optional(t(`projectEvents.${strings}.documentNumber`))}
            errors={field.errors}
            inputProps={getInputProps(field, { type: 'text' })}
          />
        )
      case 'note':
        return (
          <TextareaField
            key={name}
            className={wideNote ? 'md:col-span-3' : undefined}
            label={optional(t('projectEvents.note'))}
            errors={field.errors}
            textareaProps={{ ...getTextareaProps(field), rows: 2 }}
          />
        )
    }
  })
}
