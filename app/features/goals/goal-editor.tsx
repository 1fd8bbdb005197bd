import { type FieldMetadata, type SubmissionResult, getInputProps, getSelectProps } from '@conform-to/react'
import { type AppHref } from '~/components/app-link'
import { StaleEditPanel } from '~/components/edit-conflict'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { SelectField, TextField } from '~/components/ui/field'
import { Fieldset } from '~/components/ui/section'
import { type GoalFormValues } from '~/features/goals/goal-schema'
import { GOAL_DIRECTIONS, GOAL_METRICS, GOAL_SCOPES, METRIC_UNIT } from '~/features/goals/goal-vocabulary'
import { PeriodFields } from '~/features/goals/period-fields'
import { PROJECT_KINDS, SECTORS, isOneOf } from '~/features/projects/project-vocabulary'
import { type FormConstraint } from '~/utils/deferred-validation'
import { type StaleEditAnswer } from '~/utils/edit-conflict'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The goal editor, shared by the "new" and "edit" routes (their actions: goal-editor.server.tsx). */

export type GoalEditorDefaults = Partial<GoalFormValues> & { version?: number }

export type GoalEditorOptions = {
  departments: { id: string; code: string; nameVi: string; nameEn: string }[]
  indicators: { id: string; code: string; nameVi: string; nameEn: string; unit: string }[]
  parks: { id: string; code: string; name: string }[]
}

/** A save refused because someone else saved first: each field that differs, theirs beside mine. */
export type GoalStaleAnswer = StaleEditAnswer

export function GoalEditor({
  title,
  defaults,
  options,
  lastResult,
  cancelTo,
  submissionKey,
  stale,
  constraint,
}: {
  title: string
  /** getZodConstraint(createGoalEditorSchema(locale)), from the loader. */
  constraint: FormConstraint
  defaults: GoalEditorDefaults
  options: GoalEditorOptions
  lastResult?: SubmissionResult<string[]> | null
  cancelTo: AppHref
  /** A new goal's form: the key its loader made (docs/decisions/007). */
  submissionKey?: string
  stale?: GoalStaleAnswer
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: 'goal-editor',
    constraint,
    lastResult,
    defaultValue: defaults,
    loadSchema: () => import('~/features/goals/goal-schema').then((m) => m.createGoalEditorSchema(locale)),
    schemaDeps: [locale],
  })
  const text = (field: FieldMetadata<unknown>) => getInputProps(field as FieldMetadata<string>, { type: 'text' })
  const metric = isOneOf(GOAL_METRICS, fields.metric.value) ? fields.metric.value : undefined
  const indicator = options.indicators.find((row) => row.id === fields.indicatorId.value)
  const unit = metric ? METRIC_UNIT[metric] : undefined
  const unitLabel =
    unit === undefined
      ? null
      : unit === 'indicator'
        ? indicator
          ? t(`goals.indicatorUnit.${indicator.unit}`, { defaultValue: indicator.unit })
          : t('goals.form.targetIndicatorUnit')
        : t(`goals.unit.${unit}`)
  const scopeType = fields.scopeType.value
  const name = (row: { nameVi: string; nameEn: string }) => localName(row, locale)
  const optional = ` ${t('common.optional')}`

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {stale ? (
        <StaleEditPanel
          title={t('goals.stale.title')}
          explanation={[t('goals.stale.body'), t('goals.stale.differences')]}
          caption={t('goals.stale.caption')}
          differences={stale.differences}
        />
      ) : null}
      <AppForm
        form={form}
        lastResult={lastResult}
        submissionKey={submissionKey}
        hidden={{ version: defaults.version === undefined ? undefined : String(defaults.version) }}
        errorSummary={t('goals.form.formErrors')}
        // The stale panel above already says what is wrong.
        showErrors={!stale}
        className="space-y-6"
      >
        <Fieldset legend={t('goals.form.sections.goal')}>
          <TextField
            className="md:col-span-2"
            label={t('goals.form.title')}
            hint={t('goals.form.titleHint')}
            errors={fields.title.errors}
            inputProps={text(fields.title)}
          />
          <TextField
            className="md:col-span-2"
            label={`${t('goals.form.titleEn')}${optional}`}
            errors={fields.titleEn.errors}
            inputProps={{ ...text(fields.titleEn), lang: 'en' }}
          />
        </Fieldset>

        <Fieldset legend={t('goals.form.sections.period')}>
          <PeriodFields fields={fields} />
        </Fieldset>

        <Fieldset legend={t('goals.form.sections.measure')}>
          <SelectField
            className="md:col-span-2"
            label={t('goals.form.metric')}
            hint={metric ? t(`goals.metricHint.${metric}`) : undefined}
            errors={fields.metric.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.metric)}
            options={GOAL_METRICS.map((value) => ({ value, label: t(`goals.metric.${value}`) }))}
          />
          {metric === 'statistic' ? (
            <SelectField
              className="md:col-span-2"
              label={t('goals.form.indicator')}
              hint={t('goals.form.indicatorHint')}
              errors={fields.indicatorId.errors}
              placeholder={t('editor.choose')}
              selectProps={getSelectProps(fields.indicatorId)}
              options={options.indicators.map((row) => ({ value: row.id, label: name(row) }))}
            />
          ) : null}
          <SelectField
            label={t('goals.form.direction')}
            errors={fields.direction.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.direction)}
            options={GOAL_DIRECTIONS.map((value) => ({ value, label: t(`goals.direction.${value}`) }))}
          />
          <TextField
            label={unitLabel ? t('goals.form.target', { unit: unitLabel }) : t('goals.list.columns.target')}
            hint={unit ? t(`goals.form.targetHint.${unit}`) : undefined}
            errors={fields.target.errors}
            inputProps={{ ...text(fields.target), inputMode: 'decimal', autoComplete: 'off' }}
          />
          {metric === 'statistic' ? null : (
            <TextField
              className="md:col-span-2"
              label={`${t('goals.form.monthlyPhasing')}${optional}`}
              hint={t('goals.form.monthlyPhasingHint')}
              errors={fields.monthlyPhasing.errors}
              inputProps={{ ...text(fields.monthlyPhasing), autoComplete: 'off' }}
            />
          )}
        </Fieldset>

        <Fieldset legend={t('goals.form.sections.scope')}>
          <SelectField
            label={t('goals.form.scopeType')}
            errors={fields.scopeType.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.scopeType)}
            options={GOAL_SCOPES.map((value) => ({ value, label: t(`goals.scope.${value}`) }))}
          />
          {scopeType === 'sector' ? (
            <SelectField
              label={t('goals.form.scopeSector')}
              errors={fields.scopeSector.errors}
              placeholder={t('editor.choose')}
              selectProps={getSelectProps(fields.scopeSector)}
              options={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))}
            />
          ) : scopeType === 'kind' ? (
            <SelectField
              label={t('goals.form.scopeKind')}
              errors={fields.scopeKind.errors}
              placeholder={t('editor.choose')}
              selectProps={getSelectProps(fields.scopeKind)}
              options={PROJECT_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            />
          ) : scopeType === 'project' ? (
            <SelectField
              label={t('goals.form.scopeProject')}
              errors={fields.scopeProjectId.errors}
              placeholder={t('editor.choose')}
              selectProps={getSelectProps(fields.scopeProjectId)}
              options={options.parks.map((park) => ({ value: park.id, label: `${park.name} (${park.code})` }))}
            />
          ) : (
            <div />
          )}
          <SelectField
            className="md:col-span-2"
            label={t('goals.form.department')}
            hint={t('goals.form.departmentHint')}
            errors={fields.departmentId.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.departmentId)}
            options={options.departments.map((department) => ({ value: department.id, label: name(department) }))}
          />
        </Fieldset>

        <Fieldset legend={t('goals.form.sections.source')}>
          <TextField
            label={`${t('goals.form.sourceTitle')}${optional}`}
            hint={t('goals.form.sourceTitleHint')}
            errors={fields.sourceTitle.errors}
            inputProps={text(fields.sourceTitle)}
          />
          <TextField
            label={`${t('goals.form.sourceUrl')}${optional}`}
            errors={fields.sourceUrl.errors}
            inputProps={{ ...text(fields.sourceUrl), inputMode: 'url' }}
          />
        </Fieldset>

        <FormButtons submitLabel={t('common.save')} cancelTo={cancelTo} />
      </AppForm>
    </div>
  )
}
