import { type FieldMetadata, getInputProps, getSelectProps } from '@conform-to/react'
import { SelectField, TextField } from '~/components/ui/field'
import { PERIOD_KINDS, ROMAN_QUARTERS, periodIndexCount } from '~/features/goals/goal-form-fields'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { type PeriodKind } from '~/utils/period'
import { useTranslation } from '~/utils/translation'

/** The choices of "period within the year" for a kind of period. */
function usePeriodIndexOptions(kind: string | undefined) {
  const { t } = useTranslation()
  const periodKind: PeriodKind = isOneOf(PERIOD_KINDS, kind) ? kind : 'quarter'
  return Array.from({ length: periodIndexCount(periodKind) }, (_, offset) => {
    const index = offset + 1
    const label =
      periodKind === 'quarter'
        ? t('goals.period.quarter', { roman: ROMAN_QUARTERS[offset], index })
        : periodKind === 'half'
          ? t(index === 1 ? 'goals.period.half1' : 'goals.period.half2')
          : t('goals.period.months', { count: index })
    return { value: String(index), label }
  })
}

/**
 * A period as the goal and statistic forms ask for it: its kind, its year and, unless it
 * is a whole year, which one within the year (goal-schema's periodFields).
 */
export function PeriodFields({
  fields,
  keepIndexCell = false,
}: {
  fields: {
    periodKind: FieldMetadata<unknown>
    periodYear: FieldMetadata<unknown>
    periodIndex: FieldMetadata<unknown>
  }
  /** An empty cell in place of the index for a year, so a grid's next fields stay in their columns. */
  keepIndexCell?: boolean
}) {
  const { t } = useTranslation()
  const kind = fields.periodKind.value
  const indexOptions = usePeriodIndexOptions(typeof kind === 'string' ? kind : undefined)
  return (
    <>
      <SelectField
        label={t('goals.form.periodKind')}
        hint={t('goals.form.periodHint')}
        errors={fields.periodKind.errors}
        placeholder={t('editor.choose')}
        selectProps={getSelectProps(fields.periodKind)}
        options={PERIOD_KINDS.map((value) => ({ value, label: t(`goals.period.kind.${value}`) }))}
      />
      <TextField
        label={t('goals.form.periodYear')}
        errors={fields.periodYear.errors}
        inputProps={{
          ...getInputProps(fields.periodYear as FieldMetadata<string>, { type: 'text' }),
          inputMode: 'numeric',
          autoComplete: 'off',
        }}
      />
      {kind === 'year' ? (
        keepIndexCell ? (
          <div />
        ) : null
      ) : (
        <SelectField
          label={t('goals.form.periodIndex')}
          errors={fields.periodIndex.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(fields.periodIndex)}
          options={indexOptions}
        />
      )}
    </>
  )
}
