/**
 * How the audit rows of statistics read (app/features/audit/audit-wording.ts): an indicator
 * added, and a figure entered or corrected (a correction is a new entry that names the value
 * it replaced).
 */
import { defineAuditWording, inSentence } from '~/features/audit/audit-wording'

export const statisticAuditWordings = [
  defineAuditWording({
    entityType: 'indicator',
    noun: 'history.entity.indicator',
    fields: {
      code: { label: 'statistics.addIndicator.code' },
      nameVi: { label: 'history.fields.departmentNameVi' },
      nameEn: { label: 'history.fields.departmentNameEn' },
      unit: { label: 'statistics.addIndicator.unit', format: { enum: 'goals.indicatorUnitName' } },
    },
    sentences: {
      create: ({ t, locale, who, entity, after, text, quoted }) => {
        const name =
          (locale === 'en' ? text(after.nameEn) : text(after.nameVi)) ?? text(after.nameVi) ?? text(after.code)
        return name
          ? t('history.sentence.createdNamed', { who, entity, name: quoted(name) })
          : t('history.sentence.created', { who, entity })
      },
    },
  }),
  defineAuditWording({
    entityType: 'statistic_entry',
    noun: 'history.entity.statistic_entry',
    labels: 'statistics.form',
    fields: {
      indicatorId: { label: 'history.fields.indicator', format: 'id' },
      periodKey: { label: 'history.fields.period', format: 'period' },
      value: {},
      referenceDate: { format: 'date' },
      sourceTitle: {},
      sourceUrl: {},
      note: {},
    },
    sentences: {
      // "… đã nhập số liệu thống kê 7 tháng năm 2025: 24,95 (số liệu ngày 05/08/2025; nguồn: …)"
      create: ({ t, who, detail, after, value, format, text, dateOf, withParts }) => {
        const facts = { who, period: inSentence(value('periodKey')), value: value('value') }
        const referenceDate = dateOf(after.referenceDate)
        const source = text(after.sourceTitle)
        const note = text(after.note)
        const parts = [
          referenceDate ? t('history.sentence.referenceDate', { date: referenceDate }) : null,
          source ? t('history.sentence.source', { source }) : null,
          note ? t('history.sentence.note', { note }) : null,
        ]
        if (typeof detail.previousValue !== 'number')
          return withParts(t('history.sentence.statisticEntered', facts), parts)
        return withParts(
          t('history.sentence.statisticCorrected', {
            ...facts,
            from: format('value', detail.previousValue),
            to: facts.value,
          }),
          parts,
        )
      },
    },
  }),
]
