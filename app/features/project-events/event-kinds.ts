/**
 * A project's three kinds of dated events — IRC capital adjustments, disbursements and land
 * handovers — as one table: the project total each moves and within which limits, its
 * fields, and how its strings, its form (the `intent`) and the audit trail name it. The
 * schema factory (project-events-schema.ts), the write paths (project-events.server.ts for
 * an entry, project-event-corrections.server.ts for a correction or void) and the page's
 * form and list (event-form.tsx, event-table.tsx) all read this table; the Prisma table of
 * each kind is in event-kinds.server.ts.
 *
 * Pure: no I/O, so the page's JavaScript may import it.
 */

/** Also each kind's `intent` on the events page, and the key of its `corrections.what.*` string. */
export const EVENT_KINDS = ['capital-change', 'disbursement', 'clearance'] as const
export type EventKind = (typeof EVENT_KINDS)[number]

/** An event's fields, named as in its form, its table and its audit rows. */
export type EventField = 'date' | 'amountVnd' | 'hectares' | 'documentNumber' | 'note'

/** The project's figures the events move and are checked against (readTotals reads them). */
export type ProjectTotals = {
  registeredCapitalVnd: bigint | null
  disbursedCapitalVnd: bigint | null
  clearanceNeededHa: number | null
  clearanceDoneHa: number | null
  ircDate: Date | null
}

type Limit<Column> = { column: Column; message: string }
type AmountColumn = 'registeredCapitalVnd' | 'disbursedCapitalVnd' | 'clearanceNeededHa'

type EventKindSpec = {
  /** The strings' section: projectEvents.<strings>.heading, .date, .submit, .added… and the page's submission key. */
  strings: 'capital' | 'disbursement' | 'clearance'
  /** The project's list of these events (the Prisma relation). */
  list: 'capitalChanges' | 'disbursements' | 'clearanceHandovers'
  /** How the audit trail names these records. */
  entityType: string
  /** The project's running total the event moves by its amount. */
  total: 'registeredCapitalVnd' | 'disbursedCapitalVnd' | 'clearanceDoneHa'
  /** The field holding the amount: whole đồng or hectares. */
  value: 'amountVnd' | 'hectares'
  /** `nonZero` when an event may lower the total (a capital reduction). */
  sign: 'positive' | 'nonZero'
  /** In the order the form shows them, the list's columns and the audit rows. */
  fields: readonly EventField[]
  /** The amount box's keyboard on a phone. */
  inputMode: 'numeric' | 'decimal' | undefined
  /** The project's label of the total, named (for screen readers) beside it on the page. */
  totalLabel: string
  /** The loader's sums of the events in force: their amount and how many are recorded. */
  sums: { amount: string; count: string }
  /** A date the event may not precede. */
  notBefore: Limit<'ircDate'> | null
  /** Refused when the total would fall below zero. */
  belowZero: string
  /** Another figure of the project the total may not fall below… */
  floor: Limit<AmountColumn> | null
  /** …or rise above. */
  cap: Limit<AmountColumn> | null
}

export const EVENT_KIND = {
  'capital-change': {
    strings: 'capital',
    list: 'capitalChanges',
    entityType: 'capital_change',
    total: 'registeredCapitalVnd',
    value: 'amountVnd',
    sign: 'nonZero',
    fields: ['date', 'amountVnd', 'documentNumber', 'note'],
    inputMode: undefined,
    totalLabel: 'project.registeredCapital',
    sums: { amount: 'capitalChangesVnd', count: 'capitalChangeCount' },
    // FDI attracted in a period counts adjustments by their date: none before the IRC.
    notBefore: { column: 'ircDate', message: 'goals.errors.beforeIrc' },
    belowZero: 'goals.errors.capitalBelowZero',
    floor: { column: 'disbursedCapitalVnd', message: 'goals.errors.capitalBelowDisbursed' },
    cap: null,
  },
  disbursement: {
    strings: 'disbursement',
    list: 'disbursements',
    entityType: 'disbursement',
    total: 'disbursedCapitalVnd',
    value: 'amountVnd',
    sign: 'positive',
    fields: ['date', 'amountVnd', 'note'],
    inputMode: 'numeric',
    totalLabel: 'project.disbursedCapital',
    sums: { amount: 'disbursementsVnd', count: 'disbursementCount' },
    notBefore: null,
    belowZero: 'corrections.errors.totalBelowZero',
    floor: null,
    // The project editor refuses a disbursed total above the registered capital: so do events.
    cap: { column: 'registeredCapitalVnd', message: 'goals.errors.disbursedExceedsRegistered' },
  },
  clearance: {
    strings: 'clearance',
    list: 'clearanceHandovers',
    entityType: 'clearance_handover',
    total: 'clearanceDoneHa',
    value: 'hectares',
    sign: 'positive',
    fields: ['date', 'hectares', 'note'],
    inputMode: 'decimal',
    totalLabel: 'project.clearanceDoneHa',
    sums: { amount: 'handedOverHa', count: 'handoverCount' },
    notBefore: null,
    belowZero: 'corrections.errors.totalBelowZero',
    floor: null,
    // As in the project editor: no more handed over than needs clearing.
    cap: { column: 'clearanceNeededHa', message: 'goals.errors.clearanceExceedsNeeded' },
  },
} as const satisfies Record<EventKind, EventKindSpec>

/** The kind an entry form's `intent` names, or null for any other form. */
export function parseEventKind(intent: unknown): EventKind | null {
  return EVENT_KINDS.find((kind) => kind === intent) ?? null
}

/** An event's values as the write paths take them: each kind has some of these. */
export type EventValues = {
  date: Date
  amountVnd?: bigint | null
  hectares?: number | null
  documentNumber?: string | null
  note?: string | null
}

/** The fields of this kind, as the audit trail stores them (an empty text is null). */
export function eventSnapshot(kind: EventKind, values: EventValues): Record<string, unknown> {
  const text = (value: string | null | undefined) => value || null
  const read: Record<EventField, unknown> = {
    date: values.date,
    amountVnd: values.amountVnd,
    hectares: values.hectares,
    documentNumber: text(values.documentNumber),
    note: text(values.note),
  }
  return Object.fromEntries(EVENT_KIND[kind].fields.map((field) => [field, read[field]]))
}

/** Hectares are kept to four decimals (1 m²), so repeated additions do not drift. */
function roundHectares(value: number) {
  return Math.round(value * 10_000) / 10_000
}

export type TotalMove =
  | { ok: true; field: EventKindSpec['total']; before: bigint | number | null; after: bigint | number }
  | { ok: false; field: string; error: string }

/**
 * The project's total once an event is taken out (a void or the corrected row) and one put
 * in (an entry or the correction), refused where the kind's limits say: a date before the
 * IRC, a total below zero, below its floor or above its cap. `valueField` is the form field
 * a refusal of the amount is shown on ('' on a void form, which has none).
 */
export function moveTotal(
  kind: EventKind,
  totals: ProjectTotals,
  out: EventValues | null,
  into: EventValues | null,
  valueField: string,
): TotalMove {
  const spec: EventKindSpec = EVENT_KIND[kind]
  const refuse = (field: string, error: string) => ({ ok: false, field, error }) as const
  const earliest = spec.notBefore && totals[spec.notBefore.column]
  if (into && earliest && spec.notBefore && into.date < earliest) return refuse('date', spec.notBefore.message)
  const before = totals[spec.total]
  const after =
    spec.value === 'hectares'
      ? roundHectares((typeof before === 'number' ? before : 0) - (out?.hectares ?? 0) + (into?.hectares ?? 0))
      : (typeof before === 'bigint' ? before : 0n) - (out?.amountVnd ?? 0n) + (into?.amountVnd ?? 0n)
  if (after < 0) return refuse(valueField, spec.belowZero)
  const floor = spec.floor && totals[spec.floor.column]
  if (spec.floor && floor !== null && after < floor) return refuse(valueField, spec.floor.message)
  const cap = spec.cap && totals[spec.cap.column]
  if (spec.cap && cap !== null && after > cap) return refuse(valueField, spec.cap.message)
  return { ok: true, field: spec.total, before, after }
}
