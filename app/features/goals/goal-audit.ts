/**
 * How a goal's audit rows read (app/features/audit/audit-wording.ts): its fields, what its
 * scope names (a sector, a kind of project, or a project by id) and its monthly phasing.
 */
import { asText, defineAuditWording } from '~/features/audit/audit-wording'
import { PROJECT_KINDS, SECTORS } from '~/features/projects/project-vocabulary'
import { formatBasisPoints } from '~/utils/format'

const isSector = (code: string) => (SECTORS as readonly string[]).includes(code)
const isProjectKind = (code: string) => (PROJECT_KINDS as readonly string[]).includes(code)

/** Cumulative shares stored as JSON ([0.1, 0.3, 1]), or null when they are not. */
function phasingShares(value: unknown): number[] | null {
  let shares: unknown = value
  if (typeof value === 'string') {
    try {
      shares = JSON.parse(value) as unknown
    } catch {
      return null
    }
  }
  if (!Array.isArray(shares) || !shares.every((share) => typeof share === 'number')) return null
  return shares
}

export const goalAuditWording = defineAuditWording({
  entityType: 'goal',
  noun: 'history.entity.goal',
  fields: {
    title: { label: 'history.fields.goalTitle' },
    titleEn: { label: 'history.fields.goalTitleEn' },
    periodKey: { label: 'history.fields.period', format: 'period' },
    metric: { label: 'history.fields.metric', format: { enum: 'goals.metric' } },
    indicatorId: { label: 'history.fields.indicator', format: 'id' },
    target: { label: 'history.fields.target' },
    direction: { label: 'history.fields.direction', format: { enum: 'goals.direction' } },
    scopeType: { label: 'history.fields.scopeType', format: { enum: 'goals.scope' } },
    scopeValue: {
      label: 'history.fields.scopeValue',
      format: {
        read: (value, { t, projectName }) => {
          const code = asText(value)
          if (isSector(code)) return t(`sector.${code}`)
          if (isProjectKind(code)) return t(`kind.${code}`)
          return projectName(code)
        },
        projectIds: (value) =>
          typeof value === 'string' && value !== '' && !isSector(value) && !isProjectKind(value) ? [value] : [],
      },
    },
    departmentId: { label: 'history.fields.goalDepartment', format: 'department' },
    sourceTitle: { label: 'history.fields.goalSourceTitle' },
    sourceUrl: { label: 'history.fields.goalSourceUrl' },
    monthlyPhasing: {
      label: 'history.fields.monthlyPhasing',
      // "10 %; 30 %; 100 %"
      format: {
        read: (value, { locale }) =>
          phasingShares(value)
            ?.map((share) => formatBasisPoints(Math.round(share * 10_000), locale))
            .join('; ') ?? null,
      },
    },
  },
  sentences: {
    create: ({ t, locale, who, entity, after, text, quoted }) => {
      const name = (locale === 'en' ? text(after.titleEn) : null) ?? text(after.title)
      return name
        ? t('history.sentence.createdNamed', { who, entity, name: quoted(name) })
        : t('history.sentence.created', { who, entity })
    },
  },
})
