import { z } from 'zod'

export const DepartmentSchema = z.object({
  code: z
    .string({ error: 'errors.required' })
    .trim()
    .max(20, 'errors.tooLong:20')
    .regex(/^[A-Za-z0-9_-]+$/, 'errors.codeFormat')
    .transform((code) => code.toUpperCase()),
  nameVi: z.string({ error: 'errors.required' }).trim().max(200, 'errors.tooLong:200'),
  nameEn: z.string({ error: 'errors.required' }).trim().max(200, 'errors.tooLong:200'),
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
