import { z } from 'zod'
import { reasonField, rowIdField } from '~/features/project-events/correction-fields'
import { type EventKind } from '~/features/project-events/event-kinds'
import { eventFieldsShape } from '~/features/project-events/project-events-schema'
import { revisionIntent } from '~/features/project-events/revision-intent'
import { type Locale } from '~/utils/locale'

/**
 * The forms that correct or void a recorded entry (docs/decisions/013): a project's capital
 * adjustment, disbursement or land handover here, an exchange rate in
 * app/features/exchange-rates/exchange-rate-schema.ts. Both name the row (`id`) and need a
 * reason; a correction carries the entry's fields, checked as the entry form checks them.
 */
/** A correction carries the entry's fields, read and checked as the form that entered it does. */
export function createEventCorrectionSchema<K extends EventKind>(kind: K, locale: Locale, today: Date) {
  return z.object({
    intent: z.literal(revisionIntent('correct', kind)),
    id: rowIdField,
    reason: reasonField,
    ...eventFieldsShape(kind, locale, today),
  })
}

export function createEventVoidSchema(kind: EventKind) {
  return z.object({
    intent: z.literal(revisionIntent('void', kind)),
    id: rowIdField,
    reason: reasonField,
  })
}
