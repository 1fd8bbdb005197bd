/**
 * An audit row in plain language, one sentence per thing that happened: "Nguyễn Văn A đã
 * đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng". Pure: the caller passes the
 * translation function and the names of the places and departments the rows mention
 * (app/models/audit-history.server.ts fetches them once per page).
 */
import { type TFunction } from 'i18next'
import { PROJECT_KINDS, SECTORS } from '~/features/projects/project-vocabulary'
import { formatBasisPoints, formatDate, formatDateTime, formatNumber } from '~/utils/format'
import { type Locale, localName } from '~/utils/locale'
import { formatVnd } from '~/utils/money'
import { parsePeriodKey, periodLabel } from '~/utils/period'

/** The columns of an AuditLog row the description needs. */
export type DescribableAuditRow = {
  action: string
  entityType: string | null
  userName: string | null
  /** JSON { field: [before, after] }: money as strings, dates as ISO strings */
  changes: string | null
  /**
   * JSON of context (status change: effectiveDate, reason, note; refusal: permission, method,
   * path; a measure: date, departmentId, description, documentRef; a meeting: date, place,
   * chair, projects; an event's update of its project: event, eventId, date)
   */
  detail: string | null
}

/** Names for the ids a row holds, fetched by the caller for a whole page of rows. */
export type AuditLookups = {
  units?: Record<string, { name: string; kind: string }>
  departments?: Record<string, { code: string; nameVi: string; nameEn: string }>
  /** the projects an event or an obstacle names by its projectId */
  projects?: Record<string, { code: string; name: string }>
}

export type DescribeContext = { t: TFunction; locale: Locale; lookups?: AuditLookups }

/** The actions the app writes, in the order the audit page offers them. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'status_change',
  'add_measure',
  'correct',
  'void',
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
export const AUDIT_ENTITY_TYPES = [
  'project',
  'capital_change',
  'disbursement',
  'clearance_handover',
  'obstacle',
  'meeting',
  'goal',
  'indicator',
  'statistic_entry',
  'department',
  'investor',
  'exchange_rate',
  'user',
] as const

/** The dated events of a project (app/models/project-events.server.ts), each also an update of its project. */
const PROJECT_EVENTS = new Set(['capital_change', 'disbursement', 'clearance_handover'])

const MONEY_FIELDS = new Set(['registeredCapitalVnd', 'disbursedCapitalVnd', 'amountVnd'])
const DATE_FIELDS = new Set([
  'policyDecisionDate',
  'ircDate',
  'date',
  'effectiveDate',
  'raisedOn',
  'deadline',
  'referenceDate',
  'finishedOn',
])
const MOMENT_FIELDS = new Set(['disabledAt', 'deletedAt'])
const HECTARE_FIELDS = new Set(['areaHa', 'clearanceNeededHa', 'clearanceDoneHa', 'hectares'])
const NUMBER_FIELDS = new Set(['jobsPlanned', 'vndPerUsd'])
/** Free text is quoted and cut short: a description can run to pages. */
const TEXT_LIMIT = 160

/** Enumerations stored as codes, and where their labels live, per entity type. */
const ENUM_PREFIX: Record<string, Record<string, string>> = {
  project: { kind: 'kind', sector: 'sector', status: 'status', investmentType: 'investmentType' },
  investor: { country: 'country' },
  user: { role: 'auth.role' },
  goal: { metric: 'goals.metric', direction: 'goals.direction', scopeType: 'goals.scope' },
  indicator: { unit: 'goals.indicatorUnitName' },
  obstacle: {
    category: 'obstacles.category',
    status: 'obstacles.status',
    priority: 'obstacles.priority',
    raisedByKind: 'obstacles.raisedByKind',
  },
}

/** The fields of a project's dated events (capital changes, disbursements, site handovers). */
const EVENT_FIELDS = {
  projectId: 'history.fields.project',
  date: 'projectEvents.columns.date',
  amountVnd: 'projectEvents.columns.amount',
  hectares: 'projectEvents.columns.hectares',
  documentNumber: 'projectEvents.columns.document',
  note: 'projectEvents.columns.note',
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
  goal: {
    title: 'history.fields.goalTitle',
    titleEn: 'history.fields.goalTitleEn',
    periodKey: 'history.fields.period',
    metric: 'history.fields.metric',
    indicatorId: 'history.fields.indicator',
    target: 'history.fields.target',
    direction: 'history.fields.direction',
    scopeType: 'history.fields.scopeType',
    scopeValue: 'history.fields.scopeValue',
    departmentId: 'history.fields.goalDepartment',
    sourceTitle: 'history.fields.goalSourceTitle',
    sourceUrl: 'history.fields.goalSourceUrl',
    monthlyPhasing: 'history.fields.monthlyPhasing',
  },
  indicator: {
    code: 'statistics.addIndicator.code',
    nameVi: 'history.fields.departmentNameVi',
    nameEn: 'history.fields.departmentNameEn',
    unit: 'statistics.addIndicator.unit',
  },
  statistic_entry: {
    indicatorId: 'history.fields.indicator',
    periodKey: 'history.fields.period',
    value: 'statistics.form.value',
    referenceDate: 'statistics.form.referenceDate',
    sourceTitle: 'statistics.form.sourceTitle',
    sourceUrl: 'statistics.form.sourceUrl',
    note: 'statistics.form.note',
  },
  capital_change: EVENT_FIELDS,
  disbursement: EVENT_FIELDS,
  clearance_handover: EVENT_FIELDS,
  obstacle: {
    projectId: 'history.fields.project',
    category: 'history.fields.obstacleCategory',
    title: 'history.fields.obstacleTitle',
    description: 'history.fields.obstacleDescription',
    raisedOn: 'history.fields.raisedOn',
    raisedByKind: 'history.fields.raisedByKind',
    raisedByName: 'history.fields.raisedByName',
    deadline: 'history.fields.deadline',
    priority: 'history.fields.priority',
    status: 'history.fields.status',
    resolutionNote: 'history.fields.resolutionNote',
    closedReason: 'history.fields.closedReason',
    departmentIds: 'history.fields.responsibleDepartments',
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

/** "Quý III/2025", "First half of 2025"; a key this version cannot read stays as it is. */
function periodText(value: unknown, locale: Locale): string | null {
  if (typeof value !== 'string') return null
  const period = parsePeriodKey(value)
  return period ? periodLabel(period, locale) : null
}

/** A goal's monthly phasing, stored as cumulative shares ([0.1, 0.3, 1]), as "10 %; 30 %; 100 %". */
function phasingText(value: unknown, locale: Locale): string | null {
  const shares = typeof value === 'string' ? parseJson(value) : value
  if (!Array.isArray(shares) || !shares.every((share) => typeof share === 'number')) return null
  return shares.map((share: number) => formatBasisPoints(Math.round(share * 10_000), locale)).join('; ')
}

function departmentName(id: string, { locale, lookups }: DescribeContext): string {
  const department = lookups?.departments?.[id]
  if (!department) return id
  return localName(department, locale)
}

function projectText(id: string, { lookups }: DescribeContext): string {
  const project = lookups?.projects?.[id]
  return project ? `${project.code} · ${project.name}` : id
}

/** What a goal's scope names: a sector, a kind of project, or a project (by id). */
function scopeValueText(value: unknown, context: DescribeContext): string {
  const code = asText(value)
  const { t } = context
  if ((SECTORS as readonly string[]).includes(code)) return t(`sector.${code}`)
  if ((PROJECT_KINDS as readonly string[]).includes(code)) return t(`kind.${code}`)
  return projectText(code, context)
}

const LIKELIHOOD_FIELD = /^milestone\.([a-z_]+)\.likelihood$/

/** One value of one field, formatted for a reader. */
export function formatAuditValue(
  entityType: string | null,
  field: string,
  value: unknown,
  context: DescribeContext,
): string {
  const { t, locale, lookups } = context
  // A milestone's likelihood: none means "not assessed", not an empty field.
  if (LIKELIHOOD_FIELD.test(field)) {
    if (isEmpty(value)) return t('projectEvents.likelihood.notAssessed')
    return enumLabel(t, 'goals.likelihood', value)
  }
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
  if (field === 'periodKey') {
    const text = periodText(value, locale)
    if (text) return text
  }
  if (type === 'goal' && field === 'scopeValue') return scopeValueText(value, context)
  if (type === 'goal' && field === 'monthlyPhasing') {
    const text = phasingText(value, locale)
    if (text) return text
  }
  if (field === 'departmentIds' && typeof value === 'string') {
    return value
      .split(',')
      .filter((id) => id !== '')
      .map((id) => departmentName(id, context))
      .join(', ')
  }
  const prefix = ENUM_PREFIX[type]?.[field]
  if (prefix) return enumLabel(t, prefix, value)
  if (field === 'unitId' && typeof value === 'string') {
    const unit = lookups?.units?.[value]
    if (unit) return `${t(`unitKind.${unit.kind}`, { defaultValue: '' })} ${unit.name}`.trim()
    return value
  }
  if (field === 'departmentId' && typeof value === 'string') return departmentName(value, context)
  if (field === 'projectId' && typeof value === 'string') return projectText(value, context)
  // Indicators are not looked up: their id stands, unquoted, as an unknown place's does.
  if (field === 'indicatorId' && typeof value === 'string') return value
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
  const milestone = /^milestone\.([a-z_]+)\.(planned|actual|likelihood)$/.exec(field)
  if (milestone) {
    const [, kind = '', which] = milestone
    const key =
      which === 'planned'
        ? 'history.fields.milestonePlanned'
        : which === 'actual'
          ? 'history.fields.milestoneActual'
          : 'history.fields.milestoneLikelihood'
    return t(key, { milestone: t(`milestone.${kind}`, { defaultValue: kind }) })
  }
  const key = FIELD_LABEL[entityType ?? '']?.[field]
  if (!key) return field
  const label = t(key)
  return key.startsWith('history.') ? label : inSentence(label)
}

/**
 * The project a row is about besides its own record: an event's or an obstacle's projectId,
 * when stored (in its changes, or in the detail of an event's correction or void).
 */
export function auditRowProjectId(
  row: Pick<DescribableAuditRow, 'changes'> & { detail?: string | null },
): string | null {
  const pair = parseChanges(row.changes).find(([field]) => field === 'projectId')
  if (!pair) {
    const detail = parseJson(row.detail ?? null)
    return isRecord(detail) && typeof detail.projectId === 'string' && detail.projectId !== '' ? detail.projectId : null
  }
  const [, before, after] = pair
  const id = after ?? before
  return typeof id === 'string' && id !== '' ? id : null
}

/** The departments a row names (a measure's, an obstacle's responsible ones), for the caller to look up. */
export function auditRowDepartmentIds(row: Pick<DescribableAuditRow, 'changes' | 'detail'>): string[] {
  const ids = new Set<string>()
  for (const [field, before, after] of parseChanges(row.changes)) {
    if (field !== 'departmentId' && field !== 'departmentIds') continue
    for (const value of [before, after]) {
      if (typeof value === 'string') for (const id of value.split(',')) if (id !== '') ids.add(id)
    }
  }
  const detail = parseJson(row.detail)
  if (isRecord(detail) && typeof detail.departmentId === 'string') ids.add(detail.departmentId)
  return [...ids]
}

/** The projects a row names (an event's, an obstacle's, a goal's scope), for the caller to look up. */
export function auditRowProjectIds(
  row: Pick<DescribableAuditRow, 'entityType' | 'changes'> & { detail?: string | null },
): string[] {
  const ids = new Set<string>()
  const revised = auditRowProjectId({ changes: null, detail: row.detail })
  if (revised && row.entityType !== 'project') ids.add(revised)
  for (const [field, before, after] of parseChanges(row.changes)) {
    const named = field === 'projectId' || (row.entityType === 'goal' && field === 'scopeValue')
    if (!named) continue
    for (const value of [before, after]) {
      const isCode =
        (SECTORS as readonly string[]).includes(asText(value)) ||
        (PROJECT_KINDS as readonly string[]).includes(asText(value))
      if (typeof value === 'string' && value !== '' && !isCode) ids.add(value)
    }
  }
  return [...ids]
}

function entityNoun(entityType: string | null, t: TFunction) {
  return t(`history.entity.${entityType ?? 'record'}`, { defaultValue: t('history.entity.record') })
}

function detailText(detail: Record<string, unknown>, key: string): string | null {
  const value = detail[key]
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** "sentence (part; part)", or the sentence alone. */
function withParts(sentence: string, parts: (string | null)[]): string {
  const present = parts.filter((part): part is string => part !== null)
  return present.length > 0 ? `${sentence} (${present.join('; ')})` : sentence
}

function bigintOf(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value)
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value)
  return null
}

type RowFacts = {
  row: DescribableAuditRow
  who: string
  entity: string
  detail: Record<string, unknown>
  /** the stored value after the change, by field */
  after: Record<string, unknown>
}

/** A new record, told by what it is: "đã ghi giải ngân 25 tỷ đồng ngày 01/07/2025". */
function createdSentence({ row, who, entity, detail, after }: RowFacts, context: DescribeContext): string {
  const { t, locale } = context
  const type = row.entityType
  const value = (field: string) => formatAuditValue(type, field, after[field], context)
  const text = (field: string) => {
    const item = after[field]
    return typeof item === 'string' && item.trim() !== '' ? item : null
  }
  const note = text('note')
  const notePart = note ? t('history.sentence.note', { note }) : null
  switch (type) {
    case 'capital_change': {
      const amount = bigintOf(after.amountVnd)
      const key =
        amount !== null && amount < 0n ? 'history.sentence.capitalDecreased' : 'history.sentence.capitalIncreased'
      const document = text('documentNumber')
      return withParts(
        t(key, {
          who,
          amount: amount === null ? value('amountVnd') : formatVnd(amount < 0n ? -amount : amount, locale),
          date: value('date'),
        }),
        [document ? t('history.sentence.document', { document }) : null, notePart],
      )
    }
    case 'disbursement':
      return withParts(t('history.sentence.disbursed', { who, amount: value('amountVnd'), date: value('date') }), [
        notePart,
      ])
    case 'clearance_handover':
      return withParts(t('history.sentence.handedOver', { who, hectares: value('hectares'), date: value('date') }), [
        notePart,
      ])
    case 'statistic_entry': {
      const period = periodText(after.periodKey, locale)
      const facts = {
        who,
        period: period ? inSentence(period) : value('periodKey'),
        value: value('value'),
      }
      const sourceTitle = text('sourceTitle')
      const parts = [
        validDate(after.referenceDate) ? t('history.sentence.referenceDate', { date: value('referenceDate') }) : null,
        sourceTitle ? t('history.sentence.source', { source: sourceTitle }) : null,
        notePart,
      ]
      if (typeof detail.previousValue === 'number') {
        return withParts(
          t('history.sentence.statisticCorrected', {
            ...facts,
            from: formatAuditValue(type, 'value', detail.previousValue, context),
            to: facts.value,
          }),
          parts,
        )
      }
      return withParts(t('history.sentence.statisticEntered', facts), parts)
    }
    case 'obstacle': {
      const title = text('title')
      if (!title) return t('history.sentence.created', { who, entity })
      const key = detail.meetingId ? 'history.sentence.obstacleRaisedAtMeeting' : 'history.sentence.obstacleCreated'
      return withParts(t(key, { who, title: quoted(title) }), [
        validDate(after.deadline) ? t('history.sentence.deadline', { date: value('deadline') }) : null,
      ])
    }
    case 'meeting': {
      const date = validDate(detail.date)
      const projects = typeof detail.projects === 'number' ? detail.projects : null
      return withParts(
        t('history.sentence.meetingCreated', {
          who,
          date: date ? formatDate(date, locale) : t('history.emptyValue'),
          place: detailText(detail, 'place') ?? t('history.emptyValue'),
          chair: detailText(detail, 'chair') ?? t('history.emptyValue'),
        }),
        [projects !== null ? t('history.sentence.meetingProjects', { count: projects }) : null],
      )
    }
    case 'goal':
    case 'indicator': {
      const name =
        type === 'goal'
          ? (text(locale === 'en' ? 'titleEn' : 'title') ?? text('title'))
          : (text(locale === 'en' ? 'nameEn' : 'nameVi') ?? text('nameVi') ?? text('code'))
      return name
        ? t('history.sentence.createdNamed', { who, entity, name: quoted(name) })
        : t('history.sentence.created', { who, entity })
    }
    default:
      return t('history.sentence.created', { who, entity })
  }
}

/** A project's status, or an obstacle's: from, to, and what came with the change. */
function statusSentence(
  { row, who, detail }: RowFacts,
  changes: [string, unknown, unknown][],
  context: DescribeContext,
): string {
  const { t, locale } = context
  const obstacle = row.entityType === 'obstacle'
  const statusType = obstacle ? 'obstacle' : 'project'
  const [, from, to] = changes.find(([field]) => field === 'status') ?? ['status', null, null]
  const afterText = (field: string) => {
    const after = changes.find(([name]) => name === field)?.[2]
    return typeof after === 'string' && after.trim() !== '' ? after : null
  }
  const effective = validDate(detail.effectiveDate)
  const reason = detailText(detail, 'reason') ?? (obstacle ? afterText('closedReason') : null)
  const resolution = obstacle ? afterText('resolutionNote') : null
  const note = detailText(detail, 'note')
  const sentence = t('history.sentence.statusChanged', {
    who,
    from: formatAuditValue(statusType, 'status', from, { t, locale }),
    to: formatAuditValue(statusType, 'status', to, { t, locale }),
  })
  return withParts(sentence, [
    effective ? t('history.sentence.effective', { date: formatDate(effective, locale) }) : null,
    resolution ? t('history.sentence.resolution', { resolution }) : null,
    reason ? t('history.sentence.reason', { reason }) : null,
    note ? t('history.sentence.note', { note }) : null,
  ])
}

/** The kind of record a correction or void is about: the row's own, or the event its project row names. */
function revisedType(row: DescribableAuditRow, detail: Record<string, unknown>): string {
  if (row.entityType === 'project') return detailText(detail, 'event') ?? 'record'
  return row.entityType ?? 'record'
}

/**
 * An entry corrected or voided (docs/decisions/013), told from what it was: "… đã hủy bỏ
 * khoản giải ngân 25 tỷ đồng ngày 01/07/2025 (lý do: …)", "… đã sửa khoản giải ngân ngày
 * 01/07/2025 (số tiền từ 25 tỷ đồng thành 2,5 tỷ đồng; lý do: …)".
 */
function revisionSentence({ row, who, detail }: RowFacts, context: DescribeContext): string {
  const { t } = context
  const type = revisedType(row, detail)
  const value = (field: string) => formatAuditValue(type, field, detail[field], context)
  const reason = detailText(detail, 'reason')
  const reasonPart = reason ? t('history.sentence.reason', { reason }) : null
  const facts = {
    who,
    date: value('date'),
    amount: value('amountVnd'),
    hectares: value('hectares'),
    rate: value('vndPerUsd'),
  }
  if (row.action === 'void') {
    return withParts(
      t(`corrections.history.voided.${type}`, {
        ...facts,
        defaultValue: t('history.sentence.other', {
          who,
          action: t('history.actions.void'),
          entity: entityNoun(type, t),
        }),
      }),
      [reasonPart],
    )
  }
  const corrected = isRecord(detail.corrected) ? detail.corrected : {}
  const fieldParts = Object.entries(corrected).flatMap(([field, pair]) =>
    Array.isArray(pair) && pair.length === 2
      ? [
          t('corrections.history.field', {
            field: auditFieldLabel(type, field, t),
            from: formatAuditValue(type, field, pair[0], context),
            to: formatAuditValue(type, field, pair[1], context),
          }),
        ]
      : [],
  )
  return withParts(
    t(`corrections.history.corrected.${type}`, {
      ...facts,
      defaultValue: t('history.sentence.other', {
        who,
        action: t('history.actions.correct'),
        entity: entityNoun(type, t),
      }),
    }),
    [...fieldParts, reasonPart],
  )
}

/** The row in plain language: one sentence per changed field, or one for the event. */
export function describeAuditEntry(row: DescribableAuditRow, context: DescribeContext): string[] {
  const { t, locale } = context
  const who = row.userName?.trim() || t('history.unknownUser')
  const entity = entityNoun(row.entityType, t)
  const parsedDetail = parseJson(row.detail)
  const detail = isRecord(parsedDetail) ? parsedDetail : {}
  const changes = parseChanges(row.changes)
  const facts: RowFacts = {
    row,
    who,
    entity,
    detail,
    after: Object.fromEntries(changes.map(([field, , after]) => [field, after])),
  }
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
      return [createdSentence(facts, context)]
    case 'update': {
      if (changes.length === 0) return [t('history.sentence.unchanged', { who, entity })]
      // A capital change, disbursement or handover moves its project's total: say which.
      const event = detailText(detail, 'event')
      const eventDate = validDate(detail.date)
      if (row.entityType === 'project' && event && PROJECT_EVENTS.has(event) && eventDate) {
        const because = t(`history.sentence.byEvent.${event}`, { date: formatDate(eventDate, locale) })
        return fieldSentences().map((sentence) => withParts(sentence, [because]))
      }
      return fieldSentences()
    }
    case 'status_change':
      return [statusSentence(facts, changes, context)]
    case 'correct':
    case 'void':
      // On the project's row, the total the entry moved follows, as for an entry.
      return row.entityType === 'project'
        ? [revisionSentence(facts, context), ...fieldSentences()]
        : [revisionSentence(facts, context)]
    case 'add_measure': {
      const date = validDate(detail.date)
      const description = detailText(detail, 'description')
      const departmentId = detailText(detail, 'departmentId')
      const document = detailText(detail, 'documentRef')
      return [
        withParts(
          t('history.sentence.measureAdded', {
            who,
            date: date ? formatDate(date, locale) : t('history.emptyValue'),
            description: description ? quoted(description) : t('history.emptyValue'),
          }),
          [
            departmentId
              ? t('history.sentence.actingDepartment', { department: departmentName(departmentId, context) })
              : null,
            document ? t('history.sentence.document', { document }) : null,
          ],
        ),
      ]
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
