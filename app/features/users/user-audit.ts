/** How an account's audit rows read (app/features/audit/audit-wording.ts). */
import { defineAuditWording } from '~/features/audit/audit-wording'

export const userAuditWording = defineAuditWording({
  entityType: 'user',
  noun: 'history.entity.user',
  fields: {
    email: { label: 'auth.email' },
    name: { label: 'history.fields.userName' },
    role: { label: 'history.fields.role', format: { enum: 'auth.role' } },
    departmentId: { label: 'history.fields.userDepartment', format: 'department' },
    provinceWide: { label: 'history.fields.provinceWide' },
    disabledAt: { label: 'history.fields.disabledAt', format: 'moment' },
  },
})
