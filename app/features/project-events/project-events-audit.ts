/**
 * How the rows of a project's dated events read (app/features/audit/audit-wording.ts):
 * capital changes, disbursements and site handovers. Each is also written as an update of
 * its project's total, which then says which event moved it.
 */
import { type AuditFieldWording, defineAuditWording } from '~/features/audit/audit-wording'
import { formatVnd } from '~/utils/money'

const fields: Record<string, AuditFieldWording> = {
  projectId: { label: 'history.fields.project', format: 'project' },
  date: { format: 'date' },
  amountVnd: { label: 'projectEvents.columns.amount', format: 'money' },
  hectares: { format: 'hectares' },
  documentNumber: { label: 'projectEvents.columns.document' },
  note: {},
}

/** What corrections.history.voided.* and corrected.* name, from the entry as it was. */
const revised = { date: 'date', amount: 'amountVnd', hectares: 'hectares' }

function bigintOf(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value)
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value)
  return null
}

export const projectEventAuditWordings = [
  defineAuditWording({
    entityType: 'capital_change',
    noun: 'history.entity.capital_change',
    labels: 'projectEvents.columns',
    fields,
    projectEvent: true,
    revised,
    sentences: {
      // "… đã ghi điều chỉnh giảm vốn đăng ký 50 tỷ đồng ngày 01/07/2025 (văn bản: GCN-2)"
      create: ({ t, locale, who, after, value, text, withParts }) => {
        const amount = bigintOf(after.amountVnd)
        const key =
          amount !== null && amount < 0n ? 'history.sentence.capitalDecreased' : 'history.sentence.capitalIncreased'
        const document = text(after.documentNumber)
        const note = text(after.note)
        return withParts(
          t(key, {
            who,
            amount: amount === null ? value('amountVnd') : formatVnd(amount < 0n ? -amount : amount, locale),
            date: value('date'),
          }),
          [
            document ? t('history.sentence.document', { document }) : null,
            note ? t('history.sentence.note', { note }) : null,
          ],
        )
      },
    },
  }),
  defineAuditWording({
    entityType: 'disbursement',
    noun: 'history.entity.disbursement',
    labels: 'projectEvents.columns',
    fields,
    projectEvent: true,
    revised,
    sentences: {
      create: ({ t, who, after, value, text, withParts }) => {
        const note = text(after.note)
        return withParts(t('history.sentence.disbursed', { who, amount: value('amountVnd'), date: value('date') }), [
          note ? t('history.sentence.note', { note }) : null,
        ])
      },
    },
  }),
  defineAuditWording({
    entityType: 'clearance_handover',
    noun: 'history.entity.clearance_handover',
    labels: 'projectEvents.columns',
    fields,
    projectEvent: true,
    revised,
    sentences: {
      create: ({ t, who, after, value, text, withParts }) => {
        const note = text(after.note)
        return withParts(t('history.sentence.handedOver', { who, hectares: value('hectares'), date: value('date') }), [
          note ? t('history.sentence.note', { note }) : null,
        ])
      },
    },
  }),
]
