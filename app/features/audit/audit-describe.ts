/**
 * An audit row in plain language, one sentence per thing that happened: "Nguyễn Văn A đã
 * đổi vốn đăng ký từ 1.200 tỷ đồng thành 1.500 tỷ đồng". What a record and its fields are
 * called, and how their values read, each feature says in its wording (audit-wordings.ts);
 * this module tells the sentences every record shares. Pure: the caller passes the
 * translation function and the names of the places, departments and projects the rows
 * mention (audit-history.server.ts fetches them once per page).
 */
import { type TFunction } from 'i18next'
import {
  type AuditFieldWording,
  type AuditSentenceKit,
  type AuditValueFormat,
  type EntityAuditWording,
  asText,
  inSentence,
  isRecord,
} from '~/features/audit/audit-wording'
import { AUDIT_WORDINGS } from '~/features/audit/audit-wordings'
import { formatDate, formatDateTime, formatNumber } from '~/utils/format'
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
export const AUDIT_ENTITY_TYPES = AUDIT_WORDINGS.map((wording) => wording.entityType)

const WORDINGS = new Map<string, EntityAuditWording>(AUDIT_WORDINGS.map((wording) => [wording.entityType, wording]))

/** Free text is quoted and cut short: a description can run to pages. */
const TEXT_LIMIT = 160

/** A key of a record's own (never one it inherits, such as "constructor"). */
function ownValue<Value>(record: Partial<Record<string, Value>> | undefined, key: string): Value | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined
}

function wordingOf(entityType: string | null): EntityAuditWording | undefined {
  return entityType === null ? undefined : WORDINGS.get(entityType)
}

const wildcards = new Map<string, RegExp>()

/** "milestone.*.planned" as a pattern whose group is the part in place of *. */
function wildcardPattern(name: string): RegExp {
  let pattern = wildcards.get(name)
  if (!pattern) {
    const parts = name.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    pattern = new RegExp(`^${parts.join('([a-z_]+)')}$`)
    wildcards.set(name, pattern)
  }
  return pattern
}

/** A stored field's wording, with its label key and, for a wildcard field, the part in place of *. */
function fieldWording(entityType: string | null, field: string): (AuditFieldWording & { starred?: string }) | null {
  const wording = wordingOf(entityType)
  if (!wording) return null
  const own = ownValue(wording.fields, field)
  if (own) return { ...own, label: own.label ?? (wording.labels ? `${wording.labels}.${field}` : undefined) }
  for (const [name, rule] of Object.entries(wording.fields)) {
    const match = name.includes('*') ? wildcardPattern(name).exec(field) : null
    if (match) return { ...rule, starred: match[1] }
  }
  return null
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

function quoted(text: string) {
  const short = text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT).trimEnd()}…` : text
  return `“${short}”`
}

function validDate(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Text that is not blank, else null. */
function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function money(value: unknown, locale: Locale): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return formatVnd(BigInt(value), locale)
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return formatVnd(BigInt(value), locale)
  return null
}

/** "Quý III/2025", "First half of 2025"; a key this version cannot read stays as it is. */
function periodText(value: unknown, locale: Locale): string | null {
  if (typeof value !== 'string') return null
  const period = parsePeriodKey(value)
  return period ? periodLabel(period, locale) : null
}

function departmentName(id: string, { locale, lookups }: DescribeContext): string {
  const department = lookups?.departments?.[id]
  if (!department) return id
  return localName(department, locale)
}

function projectName(id: string, { lookups }: DescribeContext): string {
  const project = lookups?.projects?.[id]
  return project ? `${project.code} · ${project.name}` : id
}

/** A value in its field's format, or null when the value is not what the format reads. */
function formatted(format: AuditValueFormat, value: unknown, context: DescribeContext): string | null {
  const { t, locale, lookups } = context
  if (typeof format === 'object') {
    // A code's label as the lists show it ("Đang xây dựng"): it names a category, so keeps its capital.
    if ('enum' in format) return t(`${format.enum}.${asText(value)}`, { defaultValue: asText(value) })
    return format.read(value, { t, locale, projectName: (id) => projectName(id, context) })
  }
  switch (format) {
    case 'money':
      return money(value, locale)
    case 'date': {
      const date = validDate(value)
      return date ? formatDate(date, locale) : null
    }
    case 'moment': {
      const date = validDate(value)
      return date ? formatDateTime(date, locale) : null
    }
    case 'hectares':
      return typeof value === 'number' ? `${formatNumber(value, locale)} ha` : null
    case 'number':
      return typeof value === 'number' ? formatNumber(value, locale) : null
    case 'period':
      return periodText(value, locale)
  }
  if (typeof value !== 'string') return null
  switch (format) {
    case 'unit': {
      const unit = lookups?.units?.[value]
      return unit ? `${t(`unitKind.${unit.kind}`, { defaultValue: '' })} ${unit.name}`.trim() : value
    }
    case 'department':
      return departmentName(value, context)
    case 'departments':
      return value
        .split(',')
        .filter((id) => id !== '')
        .map((id) => departmentName(id, context))
        .join(', ')
    case 'project':
      return projectName(value, context)
    case 'id':
      // Not looked up: the id stands, unquoted, as an unknown place's does.
      return value
  }
}

/** One value of one field, formatted for a reader. */
export function formatAuditValue(
  entityType: string | null,
  field: string,
  value: unknown,
  context: DescribeContext,
): string {
  const { t, locale } = context
  const wording = fieldWording(entityType, field)
  if (isEmpty(value)) return t(wording?.empty ?? 'history.emptyValue')
  const text = wording?.format ? formatted(wording.format, value, context) : null
  if (text !== null) return text
  if (typeof value === 'boolean') return inSentence(t(value ? 'common.yes' : 'common.no'))
  if (typeof value === 'number') return formatNumber(value, locale)
  return quoted(asText(value))
}

/** What a field is called in a sentence: "vốn đăng ký", "ngày kế hoạch của mốc “Khởi công”". */
export function auditFieldLabel(entityType: string | null, field: string, t: TFunction): string {
  const wording = fieldWording(entityType, field)
  if (!wording?.label) return field
  const { wildcard, starred } = wording
  const label =
    wildcard && starred !== undefined
      ? t(wording.label, { [wildcard.param]: t(`${wildcard.prefix}.${starred}`, { defaultValue: starred }) })
      : t(wording.label)
  return wording.label.startsWith('history.') ? label : inSentence(label)
}

/** The string values, before and after, of a row's fields in the given formats. */
function valuesInFormats(row: Pick<DescribableAuditRow, 'entityType' | 'changes'>, formats: AuditValueFormat[]) {
  return parseChanges(row.changes).flatMap(([field, before, after]) => {
    const format = fieldWording(row.entityType, field)?.format
    return format && formats.includes(format)
      ? [before, after].filter((value): value is string => typeof value === 'string')
      : []
  })
}

/**
 * The project a row is about besides its own record: an event's or an obstacle's projectId,
 * when stored (in its changes, or in the detail of an event's correction or void).
 */
export function auditRowProjectId(
  row: Pick<DescribableAuditRow, 'entityType' | 'changes'> & { detail?: string | null },
): string | null {
  const pair = parseChanges(row.changes).find(([field]) => fieldWording(row.entityType, field)?.format === 'project')
  if (!pair) {
    const detail = parseJson(row.detail ?? null)
    return isRecord(detail) && typeof detail.projectId === 'string' && detail.projectId !== '' ? detail.projectId : null
  }
  const [, before, after] = pair
  const id = after ?? before
  return typeof id === 'string' && id !== '' ? id : null
}

/** The places a row names, for the caller to look up. */
export function auditRowUnitIds(row: Pick<DescribableAuditRow, 'entityType' | 'changes'>): string[] {
  return [...new Set(valuesInFormats(row, ['unit']))]
}

/** The departments a row names (a measure's, an obstacle's responsible ones), for the caller to look up. */
export function auditRowDepartmentIds(
  row: Pick<DescribableAuditRow, 'entityType' | 'changes'> & { detail?: string | null },
): string[] {
  const ids = new Set(
    valuesInFormats(row, ['department', 'departments']).flatMap((value) => value.split(',').filter((id) => id !== '')),
  )
  const detail = parseJson(row.detail ?? null)
  if (isRecord(detail) && typeof detail.departmentId === 'string') ids.add(detail.departmentId)
  return [...ids]
}

/** The projects a row names (an event's, an obstacle's, a goal's scope), for the caller to look up. */
export function auditRowProjectIds(
  row: Pick<DescribableAuditRow, 'entityType' | 'changes'> & { detail?: string | null },
): string[] {
  const ids = new Set<string>()
  const revised = auditRowProjectId({ entityType: row.entityType, changes: null, detail: row.detail })
  if (revised && row.entityType !== 'project') ids.add(revised)
  for (const [field, before, after] of parseChanges(row.changes)) {
    const format = fieldWording(row.entityType, field)?.format
    for (const value of [before, after]) {
      if (format === 'project' && typeof value === 'string' && value !== '') ids.add(value)
      if (typeof format === 'object' && 'read' in format) for (const id of format.projectIds?.(value) ?? []) ids.add(id)
    }
  }
  return [...ids]
}

function entityNoun(entityType: string | null, t: TFunction) {
  return t(wordingOf(entityType)?.noun ?? 'history.entity.record')
}

/** "sentence (part; part)", or the sentence alone. */
function withParts(sentence: string, parts: (string | null)[]): string {
  const present = parts.filter((part): part is string => part !== null)
  return present.length > 0 ? `${sentence} (${present.join('; ')})` : sentence
}

type RowFacts = {
  row: DescribableAuditRow
  who: string
  entity: string
  detail: Record<string, unknown>
  /** the stored value after the change, by field */
  after: Record<string, unknown>
}

/** What a wording's own sentence is told from. */
function sentenceKit({ row, who, entity, detail, after }: RowFacts, context: DescribeContext): AuditSentenceKit {
  const { t, locale } = context
  const format = (field: string, value: unknown) => formatAuditValue(row.entityType, field, value, context)
  return {
    t,
    locale,
    who,
    entity,
    detail,
    after,
    value: (field) => format(field, ownValue(after, field)),
    format,
    text: textOf,
    dateOf: (value) => {
      const date = validDate(value)
      return date ? formatDate(date, locale) : null
    },
    departmentName: (id) => departmentName(id, context),
    quoted,
    withParts,
  }
}

/** A status (a project's, an obstacle's): from, to, and what came with the change. */
function statusSentence(
  { row, who, detail }: RowFacts,
  changes: [string, unknown, unknown][],
  context: DescribeContext,
): string {
  const { t, locale } = context
  const told = wordingOf(row.entityType)?.status
  const [, from, to] = changes.find(([field]) => field === 'status') ?? ['status', null, null]
  const afterText = (field: string | undefined) => textOf(changes.find(([name]) => name === field)?.[2])
  const effective = validDate(detail.effectiveDate)
  const reason = textOf(detail.reason) ?? afterText(told?.reason)
  const resolution = afterText(told?.resolution)
  const note = textOf(detail.note)
  const sentence = t('history.sentence.statusChanged', {
    who,
    from: formatAuditValue(row.entityType, 'status', from, { t, locale }),
    to: formatAuditValue(row.entityType, 'status', to, { t, locale }),
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
  if (row.entityType === 'project') return textOf(detail.event) ?? 'record'
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
  const reason = textOf(detail.reason)
  const reasonPart = reason ? t('history.sentence.reason', { reason }) : null
  const named = Object.entries(wordingOf(type)?.revised ?? {}).map(
    ([param, field]) => [param, formatAuditValue(type, field, ownValue(detail, field), context)] as const,
  )
  const facts: Record<string, string> = { who, ...Object.fromEntries(named) }
  const otherwise = (action: string) =>
    t('history.sentence.other', { who, action: t(`history.actions.${action}`), entity: entityNoun(type, t) })
  if (row.action === 'void') {
    return withParts(t(`corrections.history.voided.${type}`, { ...facts, defaultValue: otherwise('void') }), [
      reasonPart,
    ])
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
  return withParts(t(`corrections.history.corrected.${type}`, { ...facts, defaultValue: otherwise('correct') }), [
    ...fieldParts,
    reasonPart,
  ])
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

  // A record's own sentence: a disbursement's amount and date, a measure taken on an obstacle.
  const ownSentence = ownValue(wordingOf(row.entityType)?.sentences, row.action)
  if (ownSentence) return [ownSentence(sentenceKit(facts, context))]

  switch (row.action) {
    case 'create':
      return [t('history.sentence.created', { who, entity })]
    case 'update': {
      if (changes.length === 0) return [t('history.sentence.unchanged', { who, entity })]
      // A capital change, disbursement or handover moves its project's total: say which.
      const event = textOf(detail.event)
      const eventDate = validDate(detail.date)
      if (row.entityType === 'project' && event && wordingOf(event)?.projectEvent && eventDate) {
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
    case 'delete':
      return [t('history.sentence.deleted', { who, entity })]
    case 'restore':
      return [t('history.sentence.restored', { who, entity })]
    case 'sign_in':
      return [t('history.sentence.signedIn', { who })]
    case 'sign_out':
      return [t('history.sentence.signedOut', { who })]
    case 'sign_in_failed': {
      const reason = textOf(detail.reason) ?? 'password'
      return [
        t('history.sentence.signInFailed', {
          who,
          email: textOf(detail.email) ?? t('history.emptyValue'),
          reason: t(`history.signInFailure.${reason}`, { defaultValue: reason }),
        }),
      ]
    }
    case 'access_denied':
      return [
        t('history.sentence.accessDenied', {
          who,
          permission: textOf(detail.permission) ?? '?',
          method: textOf(detail.method) ?? '?',
          path: textOf(detail.path) ?? '?',
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
