/** How an investor's audit rows read (app/features/audit/audit-wording.ts): as the investor form names its fields. */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const investorAuditWording = defineAuditWording({
  entityType: 'investor',
  noun: 'history.entity.investor',
  labels: 'investors',
  fields: {
    name: {},
    country: { format: { enum: 'country' } },
    contact: {},
  },
})
