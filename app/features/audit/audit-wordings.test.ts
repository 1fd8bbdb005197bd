import { describe, expect, test } from 'vitest'
import { AUDIT_ENTITY_TYPES, describeAuditEntry } from '~/features/audit/audit-describe'
import { isRecord } from '~/features/audit/audit-wording'
import { AUDIT_WORDINGS } from '~/features/audit/audit-wordings'
import { en } from '~/locales/en'
import { vi } from '~/locales/vi'
import { createI18n } from '~/utils/i18n'

// The dictionaries themselves, not i18next: it would fall back from English to Vietnamese.
const dictionaries = { vi, en }

function lookUp(dictionary: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (isRecord(node) ? node[part] : undefined), dictionary)
}

/** Every key a wording names, with what it must be: one string, or a list of them (an enumeration's labels). */
function keysOf(wording: (typeof AUDIT_WORDINGS)[number]) {
  const strings = [wording.noun]
  const lists: string[] = []
  for (const [field, rule] of Object.entries(wording.fields)) {
    const label = rule.label ?? (wording.labels ? `${wording.labels}.${field}` : null)
    expect(label, `${wording.entityType}.${field} has a name`).not.toBeNull()
    if (label) strings.push(label)
    if (rule.empty) strings.push(rule.empty)
    if (rule.wildcard) lists.push(rule.wildcard.prefix)
    if (typeof rule.format === 'object' && 'enum' in rule.format) lists.push(rule.format.enum)
  }
  if (wording.projectEvent) strings.push(`history.sentence.byEvent.${wording.entityType}`)
  if (wording.revised) {
    strings.push(`corrections.history.voided.${wording.entityType}`)
    strings.push(`corrections.history.corrected.${wording.entityType}`)
  }
  return { strings, lists }
}

describe('the features’ audit wordings', () => {
  test('one wording per kind of record, in the order the audit page offers them', () => {
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_WORDINGS.length)
    expect(AUDIT_ENTITY_TYPES).toEqual([
      'project',
      'capital_change',
      'disbursement',
      'clearance_handover',
      'obstacle',
      'meeting',
      'goal',
      'indicator',
      'statistic_entry',
      'department',
      'investor',
      'exchange_rate',
      'user',
    ])
  })

  test('every name and label a wording uses is in both dictionaries', () => {
    for (const wording of AUDIT_WORDINGS) {
      const { strings, lists } = keysOf(wording)
      for (const [locale, dictionary] of Object.entries(dictionaries)) {
        for (const key of strings) expect(typeof lookUp(dictionary, key), `${locale} ${key}`).toBe('string')
        for (const key of lists) expect(isRecord(lookUp(dictionary, key)), `${locale} ${key}`).toBe(true)
      }
    }
  })

  test('a column without a label of its own reads by the form’s label', () => {
    const row = {
      action: 'update',
      entityType: 'project',
      userName: 'Nguyễn Văn A',
      changes: JSON.stringify({ ircNumber: ['12/GCN', '34/GCN'] }),
      detail: null,
    }
    expect(describeAuditEntry(row, { t: createI18n('vi').t, locale: 'vi' })).toEqual([
      'Nguyễn Văn A đã đổi số GCN đăng ký đầu tư từ “12/GCN” thành “34/GCN”',
    ])
    expect(describeAuditEntry(row, { t: createI18n('en').t, locale: 'en' })).toEqual([
      'Nguyễn Văn A changed IRC number from “12/GCN” to “34/GCN”',
    ])
  })
})
