import { getSelectProps } from '@conform-to/react'
import { useState } from 'react'
import { type AppHref } from '~/components/app-link'
import { AppForm, type LastResult, FormButtons, useAppForm } from '~/components/forms'
import { SelectField, TextField } from '~/components/ui/field'
import { Fieldset } from '~/components/ui/section'
import { ProjectConflictPanel } from '~/features/projects/project-conflict-panel'
import { SimpleFieldInputs, decimalProps, textProps } from '~/features/projects/project-editor-inputs'
import { ProjectInvestorsFieldset } from '~/features/projects/project-investors-fieldset'
import { type ProjectEditConflict, type ProjectEditorValues } from '~/features/projects/project-merge'
import { ProjectMilestonesFieldset } from '~/features/projects/project-milestones-fieldset'
import { INVESTMENT_TYPES, PROJECT_KINDS, SECTORS } from '~/features/projects/project-vocabulary'
import { type FormConstraint } from '~/utils/deferred-validation'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** What the editor starts with: strings as the form shows them (numbers in the locale). */
export type ProjectEditorDefaults = ProjectEditorValues & { version?: number }

export type ProjectEditorOptions = {
  units: { id: string; name: string; kind: string; province: string }[]
  departments: { id: string; code: string; nameVi: string; nameEn: string }[]
  investors: { name: string; country: string }[]
}

/**
 * The last conflict answered for this project. It stays while the person goes on editing,
 * so a validation error after a conflict does not hide the conflict panel.
 */
export function useLatestConflict(answered: ProjectEditConflict | undefined, projectId: string) {
  const [latest, setLatest] = useState(answered)
  if (answered && answered !== latest) setLatest(answered)
  const conflict = answered ?? latest
  return conflict?.projectId === projectId ? conflict : undefined
}

function useProjectEditorForm(constraint: FormConstraint, lastResult: LastResult, defaults: ProjectEditorDefaults) {
  const locale = useLocale()
  // Checked first on submit, then as the person types (useAppForm): a message shown on
  // leaving a field pushes "Lưu" down under a pointer already pressing it, and the click is
  // lost (docs/decisions/004; e2e/project-lifecycle.spec.ts on the tablet).
  return useAppForm({
    id: 'project-editor',
    constraint,
    lastResult,
    defaultValue: defaults,
    loadSchema: () =>
      import('~/features/projects/project-editor-schema').then((m) => m.createProjectEditorSchema(locale)),
    schemaDeps: [locale],
  })
}

export type ProjectEditorForm = ReturnType<typeof useProjectEditorForm>[0]
export type ProjectEditorFields = ReturnType<typeof useProjectEditorForm>[1]

/** The project form, for a new project and for an edit (the routes new-project and edit-project). */
export function ProjectEditor({
  title,
  defaults,
  options,
  lastResult,
  cancelTo,
  hiddenFields = {},
  submissionKey,
  conflict,
  constraint,
}: {
  title: string
  /** getZodConstraint(createProjectEditorSchema(locale)), from the loader. */
  constraint: FormConstraint
  defaults: ProjectEditorDefaults
  options: ProjectEditorOptions
  lastResult?: LastResult
  cancelTo: AppHref
  /** Values the form sends back untouched: the merge base. */
  hiddenFields?: Record<string, string | undefined>
  /** A new project's form: the key its loader made (docs/decisions/007). */
  submissionKey?: string
  /** A save refused because someone else saved first: shown above the form. */
  conflict?: ProjectEditConflict
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useProjectEditorForm(constraint, lastResult, defaults)
  const optional = (label: string) => `${t(label)} ${t('common.optional')}`

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {conflict ? <ProjectConflictPanel conflict={conflict} options={options} form={form} /> : null}
      <AppForm
        form={form}
        lastResult={lastResult}
        submissionKey={submissionKey}
        hidden={{ version: defaults.version === undefined ? undefined : String(defaults.version), ...hiddenFields }}
        errorSummary={t('editor.formErrors')}
        className="space-y-6"
      >
        {/* Enter in a text field presses the form's first submit button: let it be "save", not "remove investor 1". */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {t('common.save')}
        </button>

        <Fieldset legend={t('project.sections.general')}>
          <TextField label={t('project.code')} errors={fields.code.errors} inputProps={textProps(fields.code)} />
          <SelectField
            label={t('project.kind')}
            errors={fields.kind.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.kind)}
            options={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          />
          <TextField
            className="md:col-span-2"
            label={t('project.name')}
            errors={fields.name.errors}
            inputProps={textProps(fields.name)}
          />
          <TextField
            className="md:col-span-2"
            label={optional('project.nameEn')}
            errors={fields.nameEn.errors}
            inputProps={{ ...textProps(fields.nameEn), lang: 'en' }}
          />
          <SelectField
            label={t('project.sector')}
            errors={fields.sector.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.sector)}
            options={SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) }))}
          />
          <SelectField
            label={t('project.department')}
            errors={fields.departmentId.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.departmentId)}
            options={options.departments.map((department) => ({
              value: department.id,
              label: localName(department, locale),
            }))}
          />
          <TextField
            label={optional('project.jobsPlanned')}
            errors={fields.jobsPlanned.errors}
            inputProps={{ ...textProps(fields.jobsPlanned), inputMode: 'numeric' }}
          />
          <SimpleFieldInputs section="general" fields={fields} />
        </Fieldset>

        <Fieldset legend={t('project.sections.location')}>
          <SelectField
            className="md:col-span-2"
            label={t('project.unit')}
            errors={fields.unitId.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.unitId)}
            options={options.units.map((unit) => ({
              value: unit.id,
              label: `${t(`unitKind.${unit.kind}`)} ${unit.name} (${unit.province})`,
            }))}
          />
          <TextField
            label={optional('project.areaHa')}
            errors={fields.areaHa.errors}
            inputProps={decimalProps(fields.areaHa)}
          />
          <div />
          <TextField
            label={optional('project.clearanceNeededHa')}
            errors={fields.clearanceNeededHa.errors}
            inputProps={decimalProps(fields.clearanceNeededHa)}
          />
          <TextField
            label={optional('project.clearanceDoneHa')}
            errors={fields.clearanceDoneHa.errors}
            inputProps={decimalProps(fields.clearanceDoneHa)}
          />
        </Fieldset>

        <Fieldset legend={t('project.sections.capital')}>
          <SelectField
            className="md:col-span-2"
            label={t('project.investmentType')}
            errors={fields.investmentType.errors}
            placeholder={t('editor.choose')}
            selectProps={getSelectProps(fields.investmentType)}
            options={INVESTMENT_TYPES.map((type) => ({ value: type, label: t(`investmentType.${type}`) }))}
          />
          <TextField
            label={optional('project.registeredCapitalInput')}
            hint={t('project.capitalHint')}
            errors={fields.registeredCapitalVnd.errors}
            inputProps={{ ...textProps(fields.registeredCapitalVnd), inputMode: 'numeric' }}
          />
          <TextField
            label={optional('project.disbursedCapitalInput')}
            hint={t('project.capitalHint')}
            errors={fields.disbursedCapitalVnd.errors}
            inputProps={{ ...textProps(fields.disbursedCapitalVnd), inputMode: 'numeric' }}
          />
        </Fieldset>

        <Fieldset legend={t('project.sections.legal')}>
          <SimpleFieldInputs section="legal" fields={fields} />
        </Fieldset>

        <ProjectInvestorsFieldset form={form} fields={fields} knownInvestors={options.investors} />
        <ProjectMilestonesFieldset fields={fields} />

        <FormButtons submitLabel={t('common.save')} cancelTo={cancelTo} />
      </AppForm>
    </div>
  )
}
