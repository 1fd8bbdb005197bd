import { z } from 'zod'
import { reasonField, rowIdField } from '~/features/project-events/correction-fields'
import {
  createCapitalChangeSchema,
  createClearanceSchema,
  createDisbursementSchema,
} from '~/features/project-events/project-events-schema'
import { type Locale } from '~/utils/locale'

/**
 * The forms that correct or void a recorded entry (docs/decisions/013): a project's capital
 * adjustment, disbursement or land handover here, an exchange rate in
 * app/models/exchange-rate-schema.ts. Both name the row (`id`) and need a reason; a
 * correction carries the entry's fields, checked as the entry form checks them.
 */
export const EVENT_KINDS = ['capital-change', 'disbursement', 'clearance'] as const
export type EventKind = (typeof EVENT_KINDS)[number]
export type RevisionMode = 'correct' | 'void'

/** `correct-disbursement`, `void-clearance`…: the intent of each form on the events page. */
export function revisionIntent(mode: RevisionMode, kind: EventKind) {
  return `${mode}-${kind}` as const
}

/** The mode and kind an intent names, or null for any other form. */
export function parseRevisionIntent(intent: unknown): { mode: RevisionMode; kind: EventKind } | null {
  if (typeof intent !== 'string') return null
  for (const mode of ['correct', 'void'] as const) {
    for (const kind of EVENT_KINDS) {
      if (intent === revisionIntent(mode, kind)) return { mode, kind }
    }
  }
  return null
}

/** A correction carries the entry's fields, read and checked as the form that entered it does. */
export function createEventCorrectionSchema(kind: EventKind, locale: Locale, today: Date) {
  const row = { id: rowIdField, reason: reasonField }
  switch (kind) {
    case 'capital-change':
      return z.object({
        intent: z.literal('correct-capital-change'),
        ...row,
        ...createCapitalChangeSchema(locale, today).pick({
          date: true,
          amountVnd: true,
          documentNumber: true,
          note: true,
        }).shape,
      })
    case 'disbursement':
      return z.object({
        intent: z.literal('correct-disbursement'),
        ...row,
        ...createDisbursementSchema(locale, today).pick({ date: true, amountVnd: true, note: true }).shape,
      })
    case 'clearance':
      return z.object({
        intent: z.literal('correct-clearance'),
        ...row,
        ...createClearanceSchema(locale, today).pick({ date: true, hectares: true, note: true }).shape,
      })
  }
}

export function createEventVoidSchema(kind: EventKind) {
  return z.object({
    intent: z.literal(revisionIntent('void', kind)),
    id: rowIdField,
    reason: reasonField,
  })
}
