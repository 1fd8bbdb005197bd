/**
 * How an obstacle's audit rows read (app/features/audit/audit-wording.ts): its fields, the
 * sentence of a new obstacle (raised at a dialogue meeting or not), and of a measure taken.
 */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const obstacleAuditWording = defineAuditWording({
  entityType: 'obstacle',
  noun: 'history.entity.obstacle',
  fields: {
    projectId: { label: 'history.fields.project', format: 'project' },
    category: { label: 'history.fields.obstacleCategory', format: { enum: 'obstacles.category' } },
    title: { label: 'history.fields.obstacleTitle' },
    description: { label: 'history.fields.obstacleDescription' },
    raisedOn: { label: 'history.fields.raisedOn', format: 'date' },
    raisedByKind: { label: 'history.fields.raisedByKind', format: { enum: 'obstacles.raisedByKind' } },
    raisedByName: { label: 'history.fields.raisedByName' },
    deadline: { label: 'history.fields.deadline', format: 'date' },
    priority: { label: 'history.fields.priority', format: { enum: 'obstacles.priority' } },
    status: { label: 'history.fields.status', format: { enum: 'obstacles.status' } },
    resolutionNote: { label: 'history.fields.resolutionNote' },
    closedReason: { label: 'history.fields.closedReason' },
    departmentIds: { label: 'history.fields.responsibleDepartments', format: 'departments' },
  },
  // Resolving tells how; closing tells why.
  status: { resolution: 'resolutionNote', reason: 'closedReason' },
  sentences: {
    // "… đã ghi nhận vướng mắc “Chậm bàn giao mặt bằng” nêu tại cuộc họp đối thoại (hạn xử lý 30/09/2025)"
    create: ({ t, who, entity, detail, after, text, dateOf, quoted, withParts }) => {
      const title = text(after.title)
      if (!title) return t('history.sentence.created', { who, entity })
      const key = detail.meetingId ? 'history.sentence.obstacleRaisedAtMeeting' : 'history.sentence.obstacleCreated'
      const deadline = dateOf(after.deadline)
      return withParts(t(key, { who, title: quoted(title) }), [
        deadline ? t('history.sentence.deadline', { date: deadline }) : null,
      ])
    },
    // "… đã ghi biện pháp xử lý ngày 12/08/2025: “…” (cơ quan thực hiện: Sở Công Thương; văn bản: 1234/SCT-QLCN)"
    add_measure: ({ t, who, detail, text, dateOf, departmentName, quoted, withParts }) => {
      const description = text(detail.description)
      const departmentId = text(detail.departmentId)
      const document = text(detail.documentRef)
      return withParts(
        t('history.sentence.measureAdded', {
          who,
          date: dateOf(detail.date) ?? t('history.emptyValue'),
          description: description ? quoted(description) : t('history.emptyValue'),
        }),
        [
          departmentId ? t('history.sentence.actingDepartment', { department: departmentName(departmentId) }) : null,
          document ? t('history.sentence.document', { document }) : null,
        ],
      )
    },
  },
})
