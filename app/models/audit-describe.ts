/**
 * An audit row in plain language, one sentence per thing that happened: "Nguyễn Văn A đã
 * đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng". Pure: the caller passes the
 * translation function and the names of the places and departments the rows mention
 * (app/models/audit-history.server.ts fetches them once per page).
 */
import { type TFunction } from 'i18next'
import { formatBasisPoints, formatDate, formatDateTime, formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { formatVnd } from '~/utils/money'

/** The columns of an AuditLog row the description needs. */
export type DescribableAuditRow = {
  action: string
  entityType: string | null
  userName: string | null
  /** JSON { field: [before, after] }: money as strings, dates as ISO strings */
  changes: string | null
  /** JSON of context (status change: effectiveDate, reason, note; refusal: permission, method, path) */
  detail: string | null
}

/** Names for the ids a row holds, fetched by the caller for a whole page of rows. */
export type AuditLookups = {
  units?: Record<string, { name: string; kind: string }>
  departments?: Record<string, { code: string; nameVi: string; nameEn: string }>
}

export type DescribeContext = { t: TFunction; locale: Locale; lookups?: AuditLookups }

/** The actions the app writes, in the order the audit page offers them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'status_change',
  'delete',
  'restore',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'access_denied',
  'disable',
  'enable',
  'end_sessions',
  'password_set',
  'password_change',
] as const

/** The kinds of record the trail names, in the order the audit page offers them. */
export const AUDIT_ENTITY_TYPES = ['project', 'department', 'investor', 'exchange_rate', 'user'] as const

const MONEY_FIELDS = new Set(['registeredCapitalVnd', 'disbursedCapitalVnd'])
const DATE_FIELDS = new Set(['policyDecisionDate', 'ircDate', 'date', 'effectiveDate'])
const MOMENT_FIELDS = new Set(['disabledAt', 'deletedAt'])
const HECTARE_FIELDS = new Set(['areaHa', 'clearanceNeededHa', 'clearanceDoneHa'])
const NUMBER_FIELDS = new Set(['jobsPlanned', 'vndPerUsd'])
/** Free text is quoted and cut short: a description can run to pages. */
const TEXT_LIMIT = 160

/** Enumerations stored as codes, and where their labels live, per entity type. */
const ENUM_PREFIX: Record<string, Record<string, string>> = {
  project: { kind: 'kind', sector: 'sector', status: 'status', investmentType: 'investmentType' },
  investor: { country: 'country' },
  user: { role: 'auth.role' },
}

/** Labels of the form used in a sentence; keys under history.fields read well mid-sentence. */
const FIELD_LABEL: Record<string, Record<string, string>> = {
  project: {
    code: 'project.code',
    name: 'project.name',
    nameEn: 'history.fields.nameEn',
    kind: 'project.kind',
    sector: 'project.sector',
    status: 'project.status',
    unitId: 'project.unit',
    departmentId: 'project.department',
    areaHa: 'history.fields.areaHa',
    clearanceNeededHa: 'history.fields.clearanceNeededHa',
    clearanceDoneHa: 'history.fields.clearanceDoneHa',
    registeredCapitalVnd: 'project.registeredCapital',
    disbursedCapitalVnd: 'project.disbursedCapital',
    investmentType: 'project.investmentType',
    jobsPlanned: 'project.jobsPlanned',
    policyDecisionNumber: 'project.policyDecisionNumber',
    policyDecisionDate: 'project.policyDecisionDate',
    ircNumber: 'project.ircNumber',
    ircDate: 'project.ircDate',
    description: 'project.description',
    sourceTitle: 'project.sourceTitle',
    sourceUrl: 'project.sourceUrl',
    investors: 'history.fields.investors',
  },
  department: {
    code: 'departments.code',
    nameVi: 'history.fields.departmentNameVi',
    nameEn: 'history.fields.departmentNameEn',
  },
  investor: { name: 'investors.name', country: 'investors.country', contact: 'investors.contact' },
  exchange_rate: { date: 'exchangeRates.date', vndPerUsd: 'exchangeRates.vndPerUsd', source: 'exchangeRates.source' },
  user: {
    email: 'auth.email',
    name: 'history.fields.userName',
    role: 'history.fields.role',
    departmentId: 'history.fields.userDepartment',
    provinceWide: 'history.fields.provinceWide',
    disabledAt: 'history.fields.disabledAt',
  },
}

/**
 * A form label read mid-sentence: "Vốn đăng ký" → "vốn đăng ký". Abbreviations ("IRC
 * date", "GCN") keep their capitals; labels under history.fields are already written so.
 */
export function inSentence(label: string): string {
  const [first = '', second = ''] = [...label]
  if (second && second === second.toLowerCase() && second !== second.toUpperCase()) {
    return first.toLowerCase() + label.slice(first.length)
  }
  return label
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Parsed JSON, or null when the stored text is missing or is not JSON (never throws). */
function parseJson(text: string | null): unknown {
  if (!text) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

/** The [before, after] pairs of a row, in the order they were stored. */
export function parseChanges(text: string | null): [string, unknown, unknown][] {
  const parsed = parseJson(text)
  if (!isRecord(parsed)) return []
  return Object.entries(parsed).flatMap(([field, pair]) =>
    Array.isArray(pair) && pair.length === 2 ? [[field, pair[0], pair[1]] as [string, unknown, unknown]] : [],
  )
}

function isEmpty(value: unknown) {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}

function quoted(text: string) {
  const short = text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT).trimEnd()}…` : text
  return `“${short}”`
}

function validDate(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

function money(value: unknown, locale: Locale): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return formatVnd(BigInt(value), locale)
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return formatVnd(BigInt(value), locale)
  return null
}

/** A code's label as the lists show it ("Đang xây dựng"): it names a category, so keeps its capital. */
function enumLabel(t: TFunction, prefix: string, value: unknown) {
  const code = asText(value)
  return t(`${prefix}.${code}`, { defaultValue: code })
}

function investorList(value: unknown, { t, locale }: DescribeContext): string | null {
  if (!Array.isArray(value)) return null
  return value
    .map((item) => {
      if (!isRecord(item)) return asText(item)
      const parts = [
        typeof item.country === 'string' ? t(`country.${item.country}`, { defaultValue: item.country }) : null,
        typeof item.role === 'string' ? inSentence(t(`role.${item.role}`, { defaultValue: item.role })) : null,
        typeof item.share === 'number' ? formatBasisPoints(item.share, locale) : null,
      ].filter((part): part is string => Boolean(part))
      const name = asText(item.name ?? '')
      return parts.length > 0 ? `${name} (${parts.join(', ')})` : name
    })
    .join('; ')
}

/** One value of one field, formatted for a reader. */
export function formatAuditValue(
  entityType: string | null,
  field: string,
  value: unknown,
  context: DescribeContext,
): string {
  const { t, locale, lookups } = context
  if (isEmpty(value)) return t('history.emptyValue')
  const type = entityType ?? ''
  if (MONEY_FIELDS.has(field)) {
    const text = money(value, locale)
    if (text) return text
  }
  if (DATE_FIELDS.has(field) || field.startsWith('milestone.')) {
    const date = validDate(value)
    if (date) return formatDate(date, locale)
  }
  if (MOMENT_FIELDS.has(field)) {
    const date = validDate(value)
    if (date) return formatDateTime(date, locale)
  }
  if (HECTARE_FIELDS.has(field) && typeof value === 'number') return `${formatNumber(value, locale)} ha`
  if (NUMBER_FIELDS.has(field) && typeof value === 'number') return formatNumber(value, locale)
  const prefix = ENUM_PREFIX[type]?.[field]
  if (prefix) return enumLabel(t, prefix, value)
  if (field === 'unitId' && typeof value === 'string') {
    const unit = lookups?.units?.[value]
    if (unit) return `${t(`unitKind.${unit.kind}`, { defaultValue: '' })} ${unit.name}`.trim()
    return value
  }
  if (field === 'departmentId' && typeof value === 'string') {
    const department = lookups?.departments?.[value]
    if (department) return locale === 'vi' ? department.nameVi : department.nameEn
    return value
  }
  if (field === 'investors') {
    const text = investorList(value, context)
    if (text !== null) return text
  }
  if (typeof value === 'boolean') return inSentence(t(value ? 'common.yes' : 'common.no'))
  if (typeof value === 'number') return formatNumber(value, locale)
  return quoted(asText(value))
}

/** What a field is called in a sentence: "vốn đăng ký", "ngày kế hoạch của mốc “Khởi công”". */
export function auditFieldLabel(entityType: string | null, field: string, t: TFunction): string {
  const milestone = /^milestone\.([a-z_]+)\.(planned|actual)$/.exec(field)
  if (milestone) {
    const [, kind = '', which] = milestone
    return t(which === 'planned' ? 'history.fields.milestonePlanned' : 'history.fields.milestoneActual', {
      milestone: t(`milestone.${kind}`, { defaultValue: kind }),
    })
  }
  const key = FIELD_LABEL[entityType ?? '']?.[field]
  if (!key) return field
  const label = t(key)
  return key.startsWith('history.') ? label : inSentence(label)
}

function entityNoun(entityType: string | null, t: TFunction) {
  return t(`history.entity.${entityType ?? 'record'}`, { defaultValue: t('history.entity.record') })
}

function detailText(detail: Record<string, unknown>, key: string): string | null {
  const value = detail[key]
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** The row in plain language: one sentence per changed field, or one for the event. */
export function describeAuditEntry(row: DescribableAuditRow, context: DescribeContext): string[] {
  const { t, locale } = context
  const who = row.userName?.trim() || t('history.unknownUser')
  const entity = entityNoun(row.entityType, t)
  const parsedDetail = parseJson(row.detail)
  const detail = isRecord(parsedDetail) ? parsedDetail : {}
  const changes = parseChanges(row.changes)
  const fieldSentences = () =>
    changes.map(([field, before, after]) =>
      t('history.sentence.changed', {
        who,
        field: auditFieldLabel(row.entityType, field, t),
        from: formatAuditValue(row.entityType, field, before, context),
        to: formatAuditValue(row.entityType, field, after, context),
      }),
    )

  switch (row.action) {
    case 'create':
      return [t('history.sentence.created', { who, entity })]
    case 'update':
      return changes.length > 0 ? fieldSentences() : [t('history.sentence.unchanged', { who, entity })]
    case 'status_change': {
      const [, from, to] = changes.find(([field]) => field === 'status') ?? ['status', null, null]
      const effective = validDate(detail.effectiveDate)
      const reason = detailText(detail, 'reason')
      const note = detailText(detail, 'note')
      const parts = [
        effective ? t('history.sentence.effective', { date: formatDate(effective, locale) }) : null,
        reason ? t('history.sentence.reason', { reason }) : null,
        note ? t('history.sentence.note', { note }) : null,
      ].filter((part): part is string => part !== null)
      const sentence = t('history.sentence.statusChanged', {
        who,
        from: formatAuditValue('project', 'status', from, { t, locale }),
        to: formatAuditValue('project', 'status', to, { t, locale }),
      })
      return [parts.length > 0 ? `${sentence} (${parts.join('; ')})` : sentence]
    }
    case 'delete':
      return [t('history.sentence.deleted', { who, entity })]
    case 'restore':
      return [t('history.sentence.restored', { who, entity })]
    case 'sign_in':
      return [t('history.sentence.signedIn', { who })]
    case 'sign_out':
      return [t('history.sentence.signedOut', { who })]
    case 'sign_in_failed': {
      const reason = detailText(detail, 'reason') ?? 'password'
      return [
        t('history.sentence.signInFailed', {
          who,
          email: detailText(detail, 'email') ?? t('history.emptyValue'),
          reason: t(`history.signInFailure.${reason}`, { defaultValue: reason }),
        }),
      ]
    }
    case 'access_denied':
      return [
        t('history.sentence.accessDenied', {
          who,
          permission: detailText(detail, 'permission') ?? '?',
          method: detailText(detail, 'method') ?? '?',
          path: detailText(detail, 'path') ?? '?',
        }),
      ]
    default:
      // Actions added later still read as "who: action (entity)", with their field changes.
      return [
        t('history.sentence.other', {
          who,
          action: t(`history.actions.${row.action}`, { defaultValue: row.action }),
          entity,
        }),
        ...fieldSentences(),
      ]
  }
}
