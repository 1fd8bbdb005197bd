import { type ReactNode } from 'react'
import { ConflictSection, ConflictTable } from '~/components/edit-conflict'
import { Button } from '~/components/ui/button'
import { type ProjectEditorForm, type ProjectEditorOptions } from '~/features/projects/project-editor'
import { SIMPLE_PROJECT_FIELDS, isDateField } from '~/features/projects/project-fields'
import {
  type FieldValue,
  type MergeField,
  type ProjectEditConflict,
  type ProjectEditorValues,
  isMilestoneField,
  readField,
  sameFieldValue,
} from '~/features/projects/project-merge'
import { formatDate } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

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
  ...Object.fromEntries(SIMPLE_PROJECT_FIELDS.map((field) => [field.name, field.label])),
  investors: 'project.sections.investors',
}

/**
 * Shown above the form after a refused save: what changed under the person's feet, field
 * by field, what the form holds now, and for a field both changed, a button that puts the
 * saved value into the form (a Conform update intent: in the browser without a round trip,
 * through the server without JavaScript). Focus moves to its heading so it is announced.
 */
export function ProjectConflictPanel({
  conflict,
  options,
  form,
}: {
  conflict: ProjectEditConflict
  options: ProjectEditorOptions
  form: ProjectEditorForm
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const formValue = form.value as ProjectEditorValues | undefined
  // Conform types the value by the field's name; the merge's field names are the form's
  // own, and each value has that field's shape.
  const currentValueButtonProps = (field: MergeField, value: FieldValue) =>
    form.update.getButtonProps({ name: field, value } as Parameters<typeof form.update.getButtonProps>[0])

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
    if (isMilestoneField(field) || isDateField(field)) return formatDate(value, locale)
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
