import { z } from 'zod'
import { checkStatusTransition } from '~/models/project-status'
import { PROJECT_STATUSES, type ProjectStatus } from '~/models/project-vocabulary'

/** The status form's schema; the rules need the current status, so one schema per project. */
export function createStatusChangeSchema(from: ProjectStatus) {
  return z
    .object({
      toStatus: z.enum(PROJECT_STATUSES, { error: 'errors.choose' }),
      effectiveDate: z.date({ error: (issue) => (issue.input === undefined ? 'errors.required' : 'errors.date') }),
      reason: z.string().trim().max(1000, 'errors.tooLong:1000').optional(),
      note: z.string().trim().max(2000, 'errors.tooLong:2000').optional(),
    })
    .superRefine((change, ctx) => {
      const check = checkStatusTransition(from, change.toStatus)
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['toStatus'], message: check.error })
      else if (check.needsReason && !change.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'status.errors.reasonRequired' })
      }
    })
}
