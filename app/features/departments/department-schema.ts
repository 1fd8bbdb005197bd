import { z } from 'zod'
import { requiredText, textField } from '~/utils/form-fields'

export const DepartmentSchema = z.object({
  code: textField(20)
    .regex(/^[A-Za-z0-9_-]+$/, 'errors.codeFormat')
    .transform((code) => code.toUpperCase()),
  nameVi: requiredText(200),
  nameEn: requiredText(200),
})
export type DepartmentInput = z.infer<typeof DepartmentSchema>

/**
 * Editing adds the version the form was opened on (optimistic locking, docs/decisions/007).
 * A form without one (a page from before versions) is answered as stale, never saved blind.
 */
export const DepartmentEditSchema = DepartmentSchema.extend({
  version: z.number().int().min(1).optional(),
})
export type DepartmentEditInput = z.infer<typeof DepartmentEditSchema>
