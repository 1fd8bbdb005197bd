import {
  type FieldMetadata,
  type SubmissionResult,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { type ComponentProps, type ReactNode, useState } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { ConflictSection, ConflictTable } from '~/components/edit-conflict'
import { SubmissionKeyField, useSubmissionKey } from '~/components/submission-key-field'
import { Button, buttonClassName } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import {
  type FieldValue,
  type MergeField,
  type ProjectEditConflict,
  type ProjectEditorValues,
  isMilestoneField,
  readField,
  sameFieldValue,
} from '~/features/projects/project-merge'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  INVESTOR_ROLES,
  MILESTONE_KINDS,
  PROJECT_KINDS,
  SECTORS,
} from '~/features/projects/project-vocabulary'
import { type FormConstraint, useDeferredValidation } from '~/utils/deferred-validation'
import { formatDate } from '~/utils/format'
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

function Fieldset({ legend, children, hint }: { legend: string; children: ReactNode; hint?: string }) {
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {hint ? <p className="mb-3 text-sm text-slate-700">{hint}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
    </fieldset>
  )
}

/**
 * A hidden value the form carries (version, merge base). After a refusal
 * the action's answer echoes what was sent, or what it should now be (a 409 moves the
 * version on), and that wins over the page's first value.
 */
function carriedValue(lastResult: SubmissionResult<string[]> | null | undefined, name: string, given?: string) {
  const echoed = lastResult?.initialValue?.[name]
  return typeof echoed === 'string' ? echoed : given
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
  lastResult?: SubmissionResult<string[]> | null
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
  const navigation = useNavigation()
  const onValidate = useDeferredValidation(
    () => import('~/features/projects/project-editor-schema').then((m) => m.createProjectEditorSchema(locale)),
    [locale],
  )

  const [form, fields] = useForm({
    id: 'project-editor',
    constraint,
    lastResult,
    defaultValue: defaults,
    // First check on submit, then as the person types: a message shown on leaving a field
    // pushes "Lưu" down under a pointer already pressing it, and the click is lost
    // (docs/decisions/004; e2e/project-lifecycle.spec.ts on the tablet).
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const milestones = fields.milestones.getFieldset()
  const investors = fields.investors.getFieldList()
  const text = (field: FieldMetadata<unknown>) => getInputProps(field as FieldMetadata<string>, { type: 'text' })
  const date = (field: FieldMetadata<unknown>) => getInputProps(field as FieldMetadata<string>, { type: 'date' })
  const numberInput = (field: FieldMetadata<unknown>) => ({ ...text(field), inputMode: 'decimal' as const })
  const departmentName = (department: { nameVi: string; nameEn: string }) => localName(department, locale)

  const hidden = Object.entries({
    version: defaults.version === undefined ? undefined : String(defaults.version),
    ...hiddenFields,
  }).map(([name, given]) => [name, carriedValue(lastResult, name, given)] as const)
  const formKey = useSubmissionKey(submissionKey ?? '', lastResult)

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          options={options}
          formValue={form.value as ProjectEditorValues | undefined}
          // Conform types the value by the field's name; the merge's field names are the
          // form's own, and each value has that field's shape.
          currentValueButtonProps={(field, value) =>
            form.update.getButtonProps({ name: field, value } as Parameters<typeof form.update.getButtonProps>[0])
          }
        />
      ) : null}
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        {/* Enter in a text field presses the form's first submit button: let it be "save", not "remove investor 1". */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {t('common.save')}
        </button>
        {hidden.map(([name, value]) =>
          value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
        )}
        {submissionKey ? <SubmissionKeyField value={formKey} /> : null}
        {form.status === 'error' ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
            <p>{t('editor.formErrors')}</p>
            <FieldErrors id={form.errorId} errors={form.errors} />
          </div>
        ) : null}

        <Fieldset legend={t('project.sections.general')}>
          <TextField label={t('project.code')} errors={fields.code.errors} inputProps={text(fields.code)} />
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
            inputProps={text(fields.name)}
          />
          <TextField
            className="md:col-span-2"
            label={`${t('project.nameEn')} ${t('common.optional')}`}
            errors={fields.nameEn.errors}
            inputProps={{ ...text(fields.nameEn), lang: 'en' }}
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
              label: departmentName(department),
            }))}
          />
          <TextField
            label={`${t('project.jobsPlanned')} ${t('common.optional')}`}
            errors={fields.jobsPlanned.errors}
            inputProps={{ ...text(fields.jobsPlanned), inputMode: 'numeric' }}
          />
          <TextareaField
            className="md:col-span-2"
            label={`${t('project.description')} ${t('common.optional')}`}
            errors={fields.description.errors}
            textareaProps={{ ...getTextareaProps(fields.description), rows: 4 }}
          />
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
            label={`${t('project.areaHa')} ${t('common.optional')}`}
            errors={fields.areaHa.errors}
            inputProps={numberInput(fields.areaHa)}
          />
          <div />
          <TextField
            label={`${t('project.clearanceNeededHa')} ${t('common.optional')}`}
            errors={fields.clearanceNeededHa.errors}
            inputProps={numberInput(fields.clearanceNeededHa)}
          />
          <TextField
            label={`${t('project.clearanceDoneHa')} ${t('common.optional')}`}
            errors={fields.clearanceDoneHa.errors}
            inputProps={numberInput(fields.clearanceDoneHa)}
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
            label={`${t('project.registeredCapitalInput')} ${t('common.optional')}`}
            hint={t('project.capitalHint')}
            errors={fields.registeredCapitalVnd.errors}
            inputProps={{ ...text(fields.registeredCapitalVnd), inputMode: 'numeric' }}
          />
          <TextField
            label={`${t('project.disbursedCapitalInput')} ${t('common.optional')}`}
            hint={t('project.capitalHint')}
            errors={fields.disbursedCapitalVnd.errors}
            inputProps={{ ...text(fields.disbursedCapitalVnd), inputMode: 'numeric' }}
          />
        </Fieldset>

        <Fieldset legend={t('project.sections.legal')}>
          <TextField
            label={`${t('project.policyDecisionNumber')} ${t('common.optional')}`}
            errors={fields.policyDecisionNumber.errors}
            inputProps={text(fields.policyDecisionNumber)}
          />
          <TextField
            label={`${t('project.policyDecisionDate')} ${t('common.optional')}`}
            errors={fields.policyDecisionDate.errors}
            inputProps={date(fields.policyDecisionDate)}
          />
          <TextField
            label={`${t('project.ircNumber')} ${t('common.optional')}`}
            errors={fields.ircNumber.errors}
            inputProps={text(fields.ircNumber)}
          />
          <TextField
            label={`${t('project.ircDate')} ${t('common.optional')}`}
            errors={fields.ircDate.errors}
            inputProps={date(fields.ircDate)}
          />
          <TextField
            label={`${t('project.sourceTitle')} ${t('common.optional')}`}
            errors={fields.sourceTitle.errors}
            inputProps={text(fields.sourceTitle)}
          />
          <TextField
            label={`${t('project.sourceUrl')} ${t('common.optional')}`}
            errors={fields.sourceUrl.errors}
            inputProps={{ ...text(fields.sourceUrl), inputMode: 'url' }}
          />
        </Fieldset>

        <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
          <legend className="px-1 text-lg font-semibold">{t('editor.investors.legend')}</legend>
          <p id="investor-hint" className="mb-3 text-sm text-slate-700">
            {t('editor.investors.hint')}
          </p>
          <datalist id="known-investors">
            {options.investors.map((investor) => (
              <option key={investor.name} value={investor.name} />
            ))}
          </datalist>
          <FieldErrors id={fields.investors.errorId} errors={fields.investors.errors} />
          <ol className="space-y-4">
            {investors.map((investor, index) => {
              const row = investor.getFieldset()
              const number = index + 1
              return (
                <li
                  key={investor.key}
                  className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-end"
                >
                  <TextField
                    label={t('editor.investors.name', { number })}
                    errors={row.name.errors}
                    inputProps={{ ...text(row.name), list: 'known-investors' }}
                  />
                  <SelectField
                    label={t('editor.investors.country', { number })}
                    errors={row.country.errors}
                    placeholder={t('editor.choose')}
                    selectProps={getSelectProps(row.country)}
                    options={INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
                  />
                  <SelectField
                    label={t('editor.investors.role', { number })}
                    errors={row.role.errors}
                    placeholder={t('editor.choose')}
                    selectProps={getSelectProps(row.role)}
                    options={INVESTOR_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                  />
                  <TextField
                    label={t('editor.investors.share', { number })}
                    errors={row.capitalShare.errors}
                    inputProps={numberInput(row.capitalShare)}
                  />
                  <Button
                    variant="secondary"
                    type="submit"
                    {...form.remove.getButtonProps({ name: fields.investors.name, index })}
                  >
                    {t('editor.investors.remove', { number })}
                  </Button>
                </li>
              )
            })}
          </ol>
          <Button
            variant="secondary"
            type="submit"
            className="mt-4"
            {...form.insert.getButtonProps({
              name: fields.investors.name,
              defaultValue: {
                name: '',
                country: 'VN',
                role: investors.length === 0 ? 'lead' : 'partner',
                capitalShare: '',
              },
            })}
          >
            {t('editor.investors.add')}
          </Button>
        </fieldset>

        <Fieldset legend={t('project.sections.milestones')} hint={t('editor.milestonesHint')}>
          {MILESTONE_KINDS.map((kind) => {
            const milestone = milestones[kind].getFieldset() as Record<
              'plannedDate' | 'actualDate',
              FieldMetadata<unknown>
            >
            const label = t(`milestone.${kind}`)
            const hasActual = kind !== 'policy_approval' && kind !== 'irc'
            return (
              <div key={kind} className="contents">
                <TextField
                  label={t('editor.plannedDate', { milestone: label })}
                  errors={milestone.plannedDate.errors}
                  inputProps={date(milestone.plannedDate)}
                />
                {hasActual ? (
                  <TextField
                    label={t('editor.actualDate', { milestone: label })}
                    errors={milestone.actualDate.errors}
                    inputProps={date(milestone.actualDate)}
                  />
                ) : (
                  <p className="self-end pb-2 text-sm text-slate-700">
                    {t('editor.actualDate', { milestone: label })}: {t('editor.actualFromLegal')}
                  </p>
                )}
              </div>
            )
          })}
        </Fieldset>

        <div className="flex flex-wrap gap-3">
          <button type="submit" className={buttonClassName('primary')} disabled={navigation.state === 'submitting'}>
            {t('common.save')}
          </button>
          <AppLink to={cancelTo} className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </AppLink>
        </div>
      </Form>
    </div>
  )
}

const SCALAR_LABEL_KEYS: Partial<Record<MergeField, string>> = {
  code: 'project.code',
  name: 'project.name',
  nameEn: 'project.nameEn',
  kind: 'project.kind',
  sector: 'project.sector',
  unitId: 'project.unit',
  departmentId: 'project.department',
  investmentType: 'project.investmentType',
  areaHa: 'project.areaHa',
  clearanceNeededHa: 'project.clearanceNeededHa',
  clearanceDoneHa: 'project.clearanceDoneHa',
  registeredCapitalVnd: 'project.registeredCapital',
  disbursedCapitalVnd: 'project.disbursedCapital',
  jobsPlanned: 'project.jobsPlanned',
  policyDecisionNumber: 'project.policyDecisionNumber',
  policyDecisionDate: 'project.policyDecisionDate',
  ircNumber: 'project.ircNumber',
  ircDate: 'project.ircDate',
  description: 'project.description',
  sourceTitle: 'project.sourceTitle',
  sourceUrl: 'project.sourceUrl',
  investors: 'project.sections.investors',
}

const DATE_FIELDS = new Set<MergeField>(['policyDecisionDate', 'ircDate'])

/**
 * Shown above the form after a refused save: what changed under the person's feet, field
 * by field, what the form holds now, and for a field both changed, a button that puts the
 * saved value into the form (a Conform update intent: in the browser without a round trip,
 * through the server without JavaScript). Focus moves to its heading so it is announced.
 */
function ConflictPanel({
  conflict,
  options,
  formValue,
  currentValueButtonProps,
}: {
  conflict: ProjectEditConflict
  options: ProjectEditorOptions
  formValue: ProjectEditorValues | undefined
  currentValueButtonProps: (field: MergeField, value: FieldValue) => ComponentProps<'button'>
}) {
  const { t } = useTranslation()
  const locale = useLocale()

  const label = (field: MergeField) => {
    if (isMilestoneField(field)) {
      const [, kind, part] = field.split('.')
      return t(part === 'actualDate' ? 'editor.actualDate' : 'editor.plannedDate', {
        milestone: t(`milestone.${kind}`),
      })
    }
    return t(SCALAR_LABEL_KEYS[field] ?? field)
  }

  const describe = (field: MergeField, value: FieldValue): ReactNode => {
    if (Array.isArray(value)) {
      if (value.length === 0) return t('conflict.empty')
      return (
        <ul className="space-y-1">
          {value.map((row, index) => (
            <li key={index}>
              {t('conflict.investorRow', {
                name: row.name,
                country: t(`country.${row.country}`),
                role: t(`role.${row.role}`),
                share: row.capitalShare ? `${row.capitalShare}${locale === 'vi' ? ' %' : '%'}` : t('conflict.noShare'),
              })}
            </li>
          ))}
        </ul>
      )
    }
    if (value.trim() === '') return t('conflict.empty')
    if (isMilestoneField(field) || DATE_FIELDS.has(field)) return formatDate(value, locale)
    switch (field) {
      case 'kind':
        return t(`kind.${value}`)
      case 'sector':
        return t(`sector.${value}`)
      case 'investmentType':
        return t(`investmentType.${value}`)
      case 'unitId': {
        const unit = options.units.find((candidate) => candidate.id === value)
        return unit ? `${t(`unitKind.${unit.kind}`)} ${unit.name} (${unit.province})` : value
      }
      case 'departmentId': {
        const department = options.departments.find((candidate) => candidate.id === value)
        if (!department) return value
        return localName(department, locale)
      }
      default:
        return <span className="whitespace-pre-wrap">{value}</span>
    }
  }

  const hasConflicts = conflict.fields.some((row) => row.outcome === 'conflict')
  return (
    <ConflictSection title={t('conflict.title')} answer={conflict}>
      <p>{t('conflict.explanation')}</p>
      {hasConflicts ? <p>{t('conflict.conflictsExplanation')}</p> : null}
      <ConflictTable
        caption={t('conflict.tableCaption')}
        extraColumn={t('conflict.columns.form')}
        rows={conflict.fields.map((row) => {
          const fieldLabel = label(row.field)
          const usingCurrent = formValue !== undefined && sameFieldValue(readField(formValue, row.field), row.current)
          const outcome =
            row.outcome === 'conflict' && usingCurrent
              ? t('conflict.outcome.resolved')
              : t(`conflict.outcome.${row.outcome}`)
          return {
            key: row.field,
            label: fieldLabel,
            mine: describe(row.field, row.mine),
            current: describe(row.field, row.current),
            extra: (
              <>
                <p aria-live="polite">{outcome}</p>
                {row.outcome === 'conflict' ? (
                  <Button variant="secondary" type="submit" {...currentValueButtonProps(row.field, row.current)}>
                    {t('conflict.useCurrent', { field: fieldLabel })}
                  </Button>
                ) : null}
              </>
            ),
          }
        })}
      />
      <p>{t('conflict.nextStep')}</p>
    </ConflictSection>
  )
}
