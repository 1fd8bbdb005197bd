import { z } from 'zod'
import { type SimpleFieldName, simpleFieldNames } from '~/features/projects/project-fields'
import { MILESTONE_KINDS, type MilestoneKind } from '~/features/projects/project-vocabulary'
import { type Locale, isLocale } from '~/utils/locale'
import { toSearchKey } from '~/utils/search-key'

/**
 * Two people editing the same project: the three-way merge of a save refused because the
 * project changed since the form was opened (docs/decisions/003, "Version").
 *
 * Values are compared as the editor shows them (strings in the reader's locale), so the
 * caller hands in all three pictures — the form as it was opened (base), as it was sent
 * (mine) and the record as it is now (current) — made by the same formatter in the same
 * locale. Field by field: whoever changed it wins; when both changed it differently, the
 * form keeps what the person typed and the field is reported as a conflict for them to
 * decide. Without a base nothing can be told apart, so every difference is a conflict.
 */

/** An investor row as the editor shows it. */
export type InvestorValues = { name: string; country: string; role: string; capitalShare: string }

/** The editor's values: strings as the form shows them (numbers in the reader's locale). */
export type ProjectEditorValues = {
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
  investors?: InvestorValues[]
  milestones?: Partial<Record<MilestoneKind, { plannedDate?: string; actualDate?: string }>>
} & { [N in SimpleFieldName]?: string }

const GENERAL_FIELDS = ['code', 'kind', 'name', 'nameEn', 'sector', 'departmentId', 'jobsPlanned'] as const
const LOCATION_FIELDS = ['unitId', 'areaHa', 'clearanceNeededHa', 'clearanceDoneHa'] as const
const CAPITAL_FIELDS = ['investmentType', 'registeredCapitalVnd', 'disbursedCapitalVnd'] as const

export type ScalarField =
  (typeof GENERAL_FIELDS)[number] | (typeof LOCATION_FIELDS)[number] | (typeof CAPITAL_FIELDS)[number] | SimpleFieldName

/** The single-value fields, in the order the form shows them (its sections, in turn). */
export const SCALAR_FIELDS: readonly ScalarField[] = [
  ...GENERAL_FIELDS,
  ...simpleFieldNames('general'),
  ...LOCATION_FIELDS,
  ...CAPITAL_FIELDS,
  ...simpleFieldNames('legal'),
]

/** Policy approval and IRC take their actual dates from the legal section, not the form. */
export function milestoneHasActualDate(kind: MilestoneKind) {
  return kind !== 'policy_approval' && kind !== 'irc'
}

export type MilestoneField = `milestones.${MilestoneKind}.${'plannedDate' | 'actualDate'}`

/**
 * What is merged one by one. The investors are one field: merging their rows one by one
 * could make a list nobody wrote (two leads, shares over 100 %). Names are Conform's field
 * names, so a field can be updated in the form by its name.
 */
export type MergeField = ScalarField | 'investors' | MilestoneField

export const MERGE_FIELDS: readonly MergeField[] = [
  ...SCALAR_FIELDS,
  'investors',
  ...MILESTONE_KINDS.flatMap((kind): MilestoneField[] =>
    milestoneHasActualDate(kind)
      ? [`milestones.${kind}.plannedDate`, `milestones.${kind}.actualDate`]
      : [`milestones.${kind}.plannedDate`],
  ),
]

export type FieldValue = string | InvestorValues[]

function parseMilestoneField(field: MilestoneField) {
  const [, kind, part] = field.split('.') as ['milestones', MilestoneKind, 'plannedDate' | 'actualDate']
  return { kind, part }
}

export function isInvestorsField(field: MergeField): field is 'investors' {
  return field === 'investors'
}

export function isMilestoneField(field: MergeField): field is MilestoneField {
  return field.startsWith('milestones.')
}

/** A field's value; a missing one reads as empty, as the form would send it. */
export function readField(values: ProjectEditorValues, field: MergeField): FieldValue {
  if (isInvestorsField(field)) return values.investors ?? []
  if (isMilestoneField(field)) {
    const { kind, part } = parseMilestoneField(field)
    return values.milestones?.[kind]?.[part] ?? ''
  }
  return values[field] ?? ''
}

/** A copy of the values with one field replaced. */
export function writeField(values: ProjectEditorValues, field: MergeField, value: FieldValue): ProjectEditorValues {
  if (isInvestorsField(field)) return { ...values, investors: Array.isArray(value) ? value : [] }
  const text = typeof value === 'string' ? value : ''
  if (isMilestoneField(field)) {
    const { kind, part } = parseMilestoneField(field)
    return { ...values, milestones: { ...values.milestones, [kind]: { ...values.milestones?.[kind], [part]: text } } }
  }
  return { ...values, [field]: text }
}

/** Text as typed: surrounding spaces and the browser's CRLF line ends do not count. */
function comparableText(value: string) {
  return value.replace(/\r\n?/g, '\n').trim()
}

function sameInvestors(a: InvestorValues[], b: InvestorValues[]) {
  return (
    a.length === b.length &&
    a.every((row, index) => {
      const other = b[index]
      return (
        other !== undefined &&
        // The directory keeps the first spelling of a name, so "cong ty abc" is "Công ty ABC".
        toSearchKey(row.name) === toSearchKey(other.name) &&
        row.country === other.country &&
        row.role === other.role &&
        comparableText(row.capitalShare) === comparableText(other.capitalShare)
      )
    })
  )
}

export function sameFieldValue(a: FieldValue, b: FieldValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return comparableText(a) === comparableText(b)
  if (Array.isArray(a) && Array.isArray(b)) return sameInvestors(a, b)
  return false
}

/** theirs: only the other person changed it, so the form now has their value. */
export type MergeOutcome = 'theirs' | 'mine' | 'conflict'

/** A field where what was sent differs from what is saved now. */
export type FieldMerge = { field: MergeField; mine: FieldValue; current: FieldValue; outcome: MergeOutcome }

export type ProjectMerge = {
  /** What the form should hold now. */
  merged: ProjectEditorValues
  /** Every field where what was sent differs from the saved record, in form order. */
  differences: FieldMerge[]
}

export function mergeProjectEdit({
  base,
  mine,
  current,
}: {
  base: ProjectEditorValues | undefined
  mine: ProjectEditorValues
  current: ProjectEditorValues
}): ProjectMerge {
  let merged: ProjectEditorValues = {}
  const differences: FieldMerge[] = []
  for (const field of MERGE_FIELDS) {
    const mineValue = readField(mine, field)
    const currentValue = readField(current, field)
    if (sameFieldValue(mineValue, currentValue)) {
      merged = writeField(merged, field, mineValue)
      continue
    }
    const baseValue = base ? readField(base, field) : undefined
    const outcome: MergeOutcome =
      baseValue === undefined
        ? 'conflict'
        : sameFieldValue(mineValue, baseValue)
          ? 'theirs'
          : sameFieldValue(currentValue, baseValue)
            ? 'mine'
            : 'conflict'
    merged = writeField(merged, field, outcome === 'theirs' ? currentValue : mineValue)
    differences.push({ field, mine: mineValue, current: currentValue, outcome })
  }
  return { merged, differences }
}

/** What a refused save (409) tells the editor: the saved record and how the form was merged. */
export type ProjectEditConflict = {
  projectId: string
  /** The version the form now stands on: the next save goes through unless someone saves again. */
  version: number
  /** What was sent, as the form shows it. */
  mine: ProjectEditorValues
  /** The saved record, as the form shows it. */
  current: ProjectEditorValues
  /** The fields where what was sent differs from the saved record, in form order. */
  fields: FieldMerge[]
}

// ---------------------------------------------------------------------------------------
// The base, carried by the form in a hidden field
// ---------------------------------------------------------------------------------------

/**
 * Built on first use, not at import: the editor's component imports this module for the
 * merge's field helpers, and a schema made at import would bring Zod into its page.
 */
function mergeBaseSchema() {
  const textValue = z.string().max(20_000).optional()
  return z.object({
    locale: z.string().refine(isLocale),
    values: z.object({
      ...(Object.fromEntries(SCALAR_FIELDS.map((field) => [field, textValue])) as Record<
        ScalarField,
        typeof textValue
      >),
      investors: z
        .array(z.object({ name: z.string(), country: z.string(), role: z.string(), capitalShare: z.string() }))
        .max(100)
        .optional(),
      milestones: z
        .partialRecord(z.enum(MILESTONE_KINDS), z.object({ plannedDate: textValue, actualDate: textValue }))
        .optional(),
    }),
  })
}
let MergeBaseSchema: ReturnType<typeof mergeBaseSchema> | undefined

/** Only the merged fields, so the hidden field carries nothing else. */
function pickMergeFields(values: ProjectEditorValues): ProjectEditorValues {
  return MERGE_FIELDS.reduce<ProjectEditorValues>(
    (picked, field) => writeField(picked, field, readField(values, field)),
    {},
  )
}

/** The values the form was opened with, for its hidden "base" field. */
export function serializeMergeBase(values: ProjectEditorValues, locale: Locale): string {
  return JSON.stringify({ locale, values: pickMergeFields(values) })
}

/**
 * The base sent back with a save, or undefined when it is missing, malformed or written
 * in another language than the values it is compared with (numbers would not compare).
 * It is only a hint for the merge: the saved values are validated like any other.
 */
export function parseMergeBase(text: unknown, locale: Locale): ProjectEditorValues | undefined {
  if (typeof text !== 'string' || text.length > 200_000) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  MergeBaseSchema ??= mergeBaseSchema()
  const parsed = MergeBaseSchema.safeParse(json)
  if (!parsed.success || parsed.data.locale !== locale) return undefined
  return pickMergeFields(parsed.data.values)
}
