/**
 * How a feature's audit rows read: each feature that writes rows says, in its own
 * `<feature>-audit.ts`, what its record is called, what its stored fields are called and how
 * their values read, and any sentence of its own ("… đã ghi giải ngân 25 tỷ đồng ngày
 * 01/07/2025"). app/features/audit/audit-wordings.ts lists them; the describer
 * (audit-describe.ts) knows no feature's fields. Pure: wordings run in loaders and tests.
 */
import { type TFunction } from 'i18next'
import { type Locale } from '~/utils/locale'

/** What a value needs to be read: the language, and the names of the projects a page looked up. */
export type AuditValueContext = {
  t: TFunction
  locale: Locale
  /** "KCN-SK · Khu công nghiệp Sông Khoai", or the id itself when the page did not look it up */
  projectName: (id: string) => string
}

/** A reading a feature writes itself, for a value no built-in format reads. */
export type AuditCustomFormat = {
  /** The value in words, or null to read it as plain text would be */
  read: (value: unknown, context: AuditValueContext) => string | null
  /** The projects the value names by id, for the page to look up */
  projectIds?: (value: unknown) => string[]
}

/**
 * How a stored value reads. Without a format, or when the value is not what the format
 * expects, text is quoted and cut short, a number reads as a number, true and false as
 * yes and no.
 */
export type AuditValueFormat =
  /** VND, stored as a string of digits: "1.200 tỷ đồng" */
  | 'money'
  /** a calendar day: "01/07/2025" */
  | 'date'
  /** a moment: "01/07/2025 14:05" */
  | 'moment'
  | 'hectares'
  | 'number'
  /** a period key ("2025-Q3"): "Quý III/2025" */
  | 'period'
  /** an administrative unit's id, by its name: "Phường Hà Lầm" */
  | 'unit'
  /** a department's id, by its name in the reader's language */
  | 'department'
  /** department ids joined by commas, by their names */
  | 'departments'
  /** a project's id, by its code and name */
  | 'project'
  /** an id that is not looked up: it stands as it is, unquoted */
  | 'id'
  /** a code of a closed list: the label under `enum`, e.g. { enum: 'kind' } reads kind.coal_mine */
  | { enum: string }
  | AuditCustomFormat

export type AuditFieldWording = {
  /**
   * The translation key of the field's name in a sentence. Keys under history. are written
   * to read mid-sentence; any other (a form's label) is lowercased there ("Vốn đăng ký" →
   * "vốn đăng ký"). Defaults to `<labels>.<field>` of the record's wording.
   */
  label?: string
  format?: AuditValueFormat
  /** What an empty value reads as, when it means more than "(trống)" */
  empty?: string
  /**
   * For a field named with a wildcard ("milestone.*.planned"): the label's parameter the part
   * in place of * fills, and where that part's words live ({ param: 'milestone', prefix:
   * 'milestone' } turns construction_start into t('milestone.construction_start')).
   */
  wildcard?: { param: string; prefix: string }
}

/** What a sentence of a feature's own is told from: the row, read, and a few helpers. */
export type AuditSentenceKit = {
  t: TFunction
  locale: Locale
  /** who did it, or "unknown user" */
  who: string
  /** the record's noun in a sentence: "lần giải ngân" */
  entity: string
  /** the row's detail (JSON object), empty when there is none */
  detail: Record<string, unknown>
  /** the stored value after the change, by field */
  after: Record<string, unknown>
  /** a field's value after the change, read as the history reads it */
  value: (field: string) => string
  /** any value read as the given field of this record reads */
  format: (field: string, value: unknown) => string
  /** the value when it is text that is not blank, else null */
  text: (value: unknown) => string | null
  /** a stored date as a calendar day, or null when it is not a date */
  dateOf: (value: unknown) => string | null
  /** a department by its name in the reader's language (the id when not looked up) */
  departmentName: (id: string) => string
  /** free text, quoted and cut short */
  quoted: (text: string) => string
  /** "sentence (part; part)", or the sentence alone */
  withParts: (sentence: string, parts: (string | null)[]) => string
}

export type EntityAuditWording<EntityType extends string = string> = {
  /** AuditLog.entityType */
  entityType: EntityType
  /** The translation key of the record's noun in a sentence ("đã tạo dự án") */
  noun: string
  /** Where the form's labels live: a field without its own label reads `<labels>.<field>` */
  labels?: string
  /** The stored fields (AuditLog.changes), in words; a field not listed reads by its name */
  fields: Record<string, AuditFieldWording>
  /**
   * A dated event of a project: also written as an update of its project's total, which
   * then says which event moved it (history.sentence.byEvent.<entityType>).
   */
  projectEvent?: boolean
  /**
   * The values a correction's or a void's sentence names (corrections.history.*.<entityType>),
   * by its parameter: { amount: 'amountVnd' } reads the row's detail.amountVnd as {{amount}}.
   */
  revised?: Record<string, string>
  /** What a status change tells besides the status: the fields holding its resolution and reason */
  status?: { resolution?: string; reason?: string }
  /** A sentence of its own for an action, instead of the general one ("đã tạo …") */
  sentences?: Partial<Record<string, (kit: AuditSentenceKit) => string>>
}

/** A feature's wording, typed; its entity type stays a literal for the registry's list. */
export function defineAuditWording<const EntityType extends string>(
  wording: EntityAuditWording<EntityType>,
): EntityAuditWording<EntityType> {
  return wording
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

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A stored value as text: strings as they are, numbers and booleans written out, the rest as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}
