import {
  type FieldMetadata,
  type SubmissionResult,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { Form, Link, useNavigation } from '@remix-run/react'
import { type ReactNode, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClassName } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import { createProjectEditorSchema } from '~/models/project-editor-schema'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  INVESTOR_ROLES,
  MILESTONE_KINDS,
  PROJECT_KINDS,
  SECTORS,
} from '~/models/project-vocabulary'
import { useLocale } from '~/utils/use-locale'

/** What the editor starts with: strings as the form shows them (numbers in the locale). */
export type ProjectEditorDefaults = {
  version?: number
  code?: string
  name?: string
  nameEn?: string
  kind?: string
  sector?: string
  unitId?: string
  departmentId?: string
  investmentType?: string
  areaHa?: string
  clearanceNeededHa?: string
  clearanceDoneHa?: string
  registeredCapitalVnd?: string
  disbursedCapitalVnd?: string
  jobsPlanned?: string
  policyDecisionNumber?: string
  policyDecisionDate?: string
  ircNumber?: string
  ircDate?: string
  description?: string
  sourceTitle?: string
  sourceUrl?: string
  investors?: { name: string; country: string; role: string; capitalShare: string }[]
  milestones?: Partial<Record<(typeof MILESTONE_KINDS)[number], { plannedDate?: string; actualDate?: string }>>
}

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

export function ProjectEditor({
  title,
  defaults,
  options,
  lastResult,
  cancelTo,
}: {
  title: string
  defaults: ProjectEditorDefaults
  options: ProjectEditorOptions
  lastResult?: SubmissionResult<string[]> | null
  cancelTo: string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const navigation = useNavigation()
  const schema = useMemo(() => createProjectEditorSchema(locale), [locale])

  const [form, fields] = useForm({
    id: 'project-editor',
    constraint: getZodConstraint(schema),
    lastResult,
    defaultValue: defaults,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate({ formData }) {
      return parseWithZod(formData, { schema })
    },
  })
  const milestones = fields.milestones.getFieldset()
  const investors = fields.investors.getFieldList()
  const text = (field: FieldMetadata<unknown>) => getInputProps(field as FieldMetadata<string>, { type: 'text' })
  const date = (field: FieldMetadata<unknown>) => getInputProps(field as FieldMetadata<string>, { type: 'date' })
  const numberInput = (field: FieldMetadata<unknown>) => ({ ...text(field), inputMode: 'decimal' as const })
  const departmentName = (department: { nameVi: string; nameEn: string }) =>
    locale === 'vi' ? department.nameVi : department.nameEn

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
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
          <Link to={cancelTo} className={buttonClassName('secondary')}>
            {t('common.cancel')}
          </Link>
        </div>
      </Form>
    </div>
  )
}
