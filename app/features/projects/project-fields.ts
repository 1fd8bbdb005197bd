/**
 * The project's simple fields: optional texts, links and dates typed into the editor as they
 * are, stored in a column of their own and shown on the overview, with no rule of their own
 * beyond a length (and, for a link, its form). The schema, the editor, the save and the read,
 * the edit conflict's labels and the overview are all drawn from this one list.
 *
 * Adding a plain text column (a website, a contact phone) takes: the column in
 * prisma/schema.prisma with its migration, one entry here, and its label under `project.` in
 * projects.vi.ts and projects.en.ts. Its place in the list is its place in its section of the
 * editor and of the overview (general: after the planned jobs; legal: after the documents).
 *
 * No Zod and nothing of the server here: the editor's page imports this list.
 */
import { toDateInputValue } from '~/utils/format'

/** Which part of the editor and of the overview a field is shown in. */
export type ProjectFieldSection = 'general' | 'legal'

type TextFieldSpec = {
  name: string
  /** Its label, a key under `project.` (the overview's label; the editor adds "(optional)"). */
  label: string
  /** A line of text, a link (http or https), or a text of several lines. */
  kind: 'text' | 'url' | 'multiline'
  max: number
  section: ProjectFieldSection
  /** For a column that is never null (NOT NULL DEFAULT ''): what an empty field stores. */
  storedEmpty?: ''
  /** A link the overview shows as the link of that text field's row, named by its text. */
  titledBy?: string
}

type DateFieldSpec = { name: string; label: string; kind: 'date'; section: ProjectFieldSection }

export const SIMPLE_PROJECT_FIELDS = [
  { name: 'policyDecisionNumber', label: 'project.policyDecisionNumber', kind: 'text', max: 100, section: 'legal' },
  { name: 'policyDecisionDate', label: 'project.policyDecisionDate', kind: 'date', section: 'legal' },
  { name: 'ircNumber', label: 'project.ircNumber', kind: 'text', max: 100, section: 'legal' },
  { name: 'ircDate', label: 'project.ircDate', kind: 'date', section: 'legal' },
  {
    name: 'description',
    label: 'project.description',
    kind: 'multiline',
    max: 5000,
    section: 'general',
    storedEmpty: '',
  },
  { name: 'sourceTitle', label: 'project.sourceTitle', kind: 'text', max: 300, section: 'legal' },
  {
    name: 'sourceUrl',
    label: 'project.sourceUrl',
    kind: 'url',
    max: 1000,
    section: 'legal',
    titledBy: 'sourceTitle',
  },
  { name: 'website', label: 'project.website', kind: 'url', max: 1000, section: 'general' },
] as const satisfies readonly (TextFieldSpec | DateFieldSpec)[]

export type SimpleProjectField = (typeof SIMPLE_PROJECT_FIELDS)[number]
export type SimpleFieldName = SimpleProjectField['name']
type FieldNamed<N extends SimpleFieldName> = Extract<SimpleProjectField, { name: N }>

/** A field's value once read: a Date for a date, else its text. */
export type SimpleFieldValue<N extends SimpleFieldName> = FieldNamed<N>['kind'] extends 'date' ? Date : string

/** The fields as the database keeps them: null when empty, or '' for a column never null. */
export type StoredSimpleFields = {
  [N in SimpleFieldName]: FieldNamed<N> extends { storedEmpty: '' } ? string : SimpleFieldValue<N> | null
}

/** The fields as a validated form or a stored record gives them (absent or null when empty). */
export type SimpleFieldValues = { [N in SimpleFieldName]?: SimpleFieldValue<N> | null }

/** The fields of one section, in the order they are shown. */
export function simpleFieldsOf(section: ProjectFieldSection): SimpleProjectField[] {
  return SIMPLE_PROJECT_FIELDS.filter((field) => field.section === section)
}

export function simpleFieldNames(section: ProjectFieldSection): SimpleFieldName[] {
  return simpleFieldsOf(section).map((field) => field.name)
}

export function isDateField(name: string): boolean {
  return SIMPLE_PROJECT_FIELDS.some((field) => field.name === name && field.kind === 'date')
}

/** The link field shown as the link of a text field's row, if any. */
export function linkTitledBy(name: SimpleFieldName): SimpleProjectField | undefined {
  return SIMPLE_PROJECT_FIELDS.find((field) => 'titledBy' in field && field.titledBy === name)
}

/** What a save stores for each field. */
export function toStoredSimpleFields(values: SimpleFieldValues): StoredSimpleFields {
  const stored: Record<string, Date | string | null> = {}
  for (const field of SIMPLE_PROJECT_FIELDS) {
    stored[field.name] = values[field.name] ?? ('storedEmpty' in field ? field.storedEmpty : null)
  }
  // Built field by field from the list the type is made of.
  return stored as StoredSimpleFields
}

/** The fields as the editor shows them: texts as they are, dates as yyyy-mm-dd, empty as ''. */
export function toSimpleFieldInputs(values: SimpleFieldValues): Record<SimpleFieldName, string> {
  const inputs: Record<string, string> = {}
  for (const field of SIMPLE_PROJECT_FIELDS) {
    const value = values[field.name]
    inputs[field.name] = field.kind === 'date' ? toDateInputValue(value) : typeof value === 'string' ? value : ''
  }
  return inputs as Record<SimpleFieldName, string>
}
