/**
 * How an exchange rate's audit rows read (app/features/audit/audit-wording.ts): as the rate
 * form names its fields; a correction or a void names the rate and its date.
 */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const exchangeRateAuditWording = defineAuditWording({
  entityType: 'exchange_rate',
  noun: 'history.entity.exchange_rate',
  labels: 'exchangeRates',
  fields: {
    date: { format: 'date' },
    vndPerUsd: { format: 'number' },
    source: {},
  },
  revised: { date: 'date', rate: 'vndPerUsd' },
})
