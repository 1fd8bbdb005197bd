/** How a department's audit rows read (app/features/audit/audit-wording.ts). */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const departmentAuditWording = defineAuditWording({
  entityType: 'department',
  noun: 'history.entity.department',
  fields: {
    code: { label: 'departments.code' },
    nameVi: { label: 'history.fields.departmentNameVi' },
    nameEn: { label: 'history.fields.departmentNameEn' },
  },
})
