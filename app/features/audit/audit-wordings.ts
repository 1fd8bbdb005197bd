/**
 * Every kind of record the audit trail names, with how its rows read: one line per feature,
 * in the order the audit page offers them. A feature that starts writing audit rows adds
 * its wording (app/features/<feature>/<feature>-audit.ts, see audit-wording.ts) here.
 */
import { departmentAuditWording } from '~/features/departments/department-audit'
import { exchangeRateAuditWording } from '~/features/exchange-rates/exchange-rate-audit'
import { goalAuditWording } from '~/features/goals/goal-audit'
import { investorAuditWording } from '~/features/investors/investor-audit'
import { meetingAuditWording } from '~/features/meetings/meeting-audit'
import { obstacleAuditWording } from '~/features/obstacles/obstacle-audit'
import { projectEventAuditWordings } from '~/features/project-events/project-events-audit'
import { projectAuditWording } from '~/features/projects/project-audit'
import { statisticAuditWordings } from '~/features/statistics/statistic-audit'
import { userAuditWording } from '~/features/users/user-audit'

export const AUDIT_WORDINGS = [
  projectAuditWording,
  ...projectEventAuditWordings,
  obstacleAuditWording,
  meetingAuditWording,
  goalAuditWording,
  ...statisticAuditWordings,
  departmentAuditWording,
  investorAuditWording,
  exchangeRateAuditWording,
  userAuditWording,
]
