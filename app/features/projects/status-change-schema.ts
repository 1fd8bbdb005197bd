import { z } from 'zod'
import { checkStatusTransition } from '~/features/projects/project-status'
import { PROJECT_STATUSES, type ProjectStatus } from '~/features/projects/project-vocabulary'
import { dayField, optionalText } from '~/utils/form-fields'

/** The status form's schema; the rules need the current status, so one schema per project. */
export function createStatusChangeSchema(from: ProjectStatus) {
  return z
    .object({
      toStatus: z.enum(PROJECT_STATUSES, { error: 'errors.choose' }),
      // Not after today and not before the last change: checked where the history is known
      // (changeProjectStatus), with the date the person is shown.
      effectiveDate: dayField(),
      reason: optionalText(1000, { multiline: true }),
      note: optionalText(2000, { multiline: true }),
    })
    .superRefine((change, ctx) => {
      const check = checkStatusTransition(from, change.toStatus)
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['toStatus'], message: check.error })
      else if (check.needsReason && !change.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'status.errors.reasonRequired' })
      }
    })
}
