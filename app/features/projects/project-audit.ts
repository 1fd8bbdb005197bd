/**
 * How a project's audit rows read (app/features/audit/audit-wording.ts): its fields as the
 * editor stores them, milestones included. A simple field (project-fields.ts) reads by its
 * form label with nothing to add here; another new column is one more line, its name in the
 * history the form's label (project.<field>) unless it reads badly mid-sentence.
 */
import { asText, defineAuditWording, inSentence, isRecord } from '~/features/audit/audit-wording'
import { SIMPLE_PROJECT_FIELDS } from '~/features/projects/project-fields'
import { formatBasisPoints } from '~/utils/format'

export const projectAuditWording = defineAuditWording({
  entityType: 'project',
  noun: 'history.entity.project',
  labels: 'project',
  fields: {
    code: {},
    name: {},
    nameEn: { label: 'history.fields.nameEn' },
    kind: { format: { enum: 'kind' } },
    sector: { format: { enum: 'sector' } },
    status: { format: { enum: 'status' } },
    unitId: { label: 'project.unit', format: 'unit' },
    departmentId: { label: 'project.department', format: 'department' },
    areaHa: { label: 'history.fields.areaHa', format: 'hectares' },
    clearanceNeededHa: { label: 'history.fields.clearanceNeededHa', format: 'hectares' },
    clearanceDoneHa: { label: 'history.fields.clearanceDoneHa', format: 'hectares' },
    registeredCapitalVnd: { label: 'project.registeredCapital', format: 'money' },
    disbursedCapitalVnd: { label: 'project.disbursedCapital', format: 'money' },
    investmentType: { format: { enum: 'investmentType' } },
    jobsPlanned: { format: 'number' },
    // The simple fields read by their form labels (project.<field>), dates as dates.
    ...Object.fromEntries(
      SIMPLE_PROJECT_FIELDS.map((field) => [field.name, field.kind === 'date' ? { format: 'date' as const } : {}]),
    ),
    investors: {
      label: 'history.fields.investors',
      format: {
        // "Công ty CP Than Hà Lầm (Việt Nam, nhà đầu tư chính, 51,25 %); B.Grimm Power (Thái Lan, …)"
        read: (value, { t, locale }) => {
          if (!Array.isArray(value)) return null
          return value
            .map((item: unknown) => {
              if (!isRecord(item)) return asText(item)
              const { name, country, role, share } = item
              const parts = [
                typeof country === 'string' ? t(`country.${country}`, { defaultValue: country }) : null,
                typeof role === 'string' ? inSentence(t(`role.${role}`, { defaultValue: role })) : null,
                typeof share === 'number' ? formatBasisPoints(share, locale) : null,
              ].filter((part): part is string => Boolean(part))
              const text = asText(name ?? '')
              return parts.length > 0 ? `${text} (${parts.join(', ')})` : text
            })
            .join('; ')
        },
      },
    },
    'milestone.*.planned': {
      label: 'history.fields.milestonePlanned',
      wildcard: { param: 'milestone', prefix: 'milestone' },
      format: 'date',
    },
    'milestone.*.actual': {
      label: 'history.fields.milestoneActual',
      wildcard: { param: 'milestone', prefix: 'milestone' },
      format: 'date',
    },
    // Set on the project's events tab; none means "not assessed", not an empty field.
    'milestone.*.likelihood': {
      label: 'history.fields.milestoneLikelihood',
      wildcard: { param: 'milestone', prefix: 'milestone' },
      format: { enum: 'goals.likelihood' },
      empty: 'projectEvents.likelihood.notAssessed',
    },
  },
})
