/**
 * How a dialogue meeting's audit rows read (app/features/audit/audit-wording.ts): a meeting
 * is written once, with what it was in the row's detail.
 */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const meetingAuditWording = defineAuditWording({
  entityType: 'meeting',
  noun: 'history.entity.meeting',
  fields: {},
  sentences: {
    // "… đã ghi nhận cuộc họp đối thoại ngày 12/08/2025 tại …, chủ trì: … (3 dự án tham dự)"
    create: ({ t, who, detail, text, dateOf, withParts }) => {
      const projects = typeof detail.projects === 'number' ? detail.projects : null
      return withParts(
        t('history.sentence.meetingCreated', {
          who,
          date: dateOf(detail.date) ?? t('history.emptyValue'),
          place: text(detail.place) ?? t('history.emptyValue'),
          chair: text(detail.chair) ?? t('history.emptyValue'),
        }),
        [projects !== null ? t('history.sentence.meetingProjects', { count: projects }) : null],
      )
    },
  },
})
