import { z } from 'zod'
import { INVESTOR_COUNTRIES } from '~/features/projects/project-vocabulary'
import { optionalText, requiredText } from '~/utils/form-fields'

export const InvestorEditorSchema = z.object({
  name: requiredText(200),
  country: z.enum(INVESTOR_COUNTRIES, {
    error: (issue) => (issue.input === undefined ? 'errors.choose' : 'errors.unknownOption'),
  }),
  contact: optionalText(500, { multiline: true }),
  /**
   * The version the form was opened on (optimistic locking, docs/decisions/007). A form
   * without one (a page from before versions) is answered as stale, never saved blind.
   */
  version: z.number().int().min(1).optional(),
})

export const InvestorListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  country: z.enum(INVESTOR_COUNTRIES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
