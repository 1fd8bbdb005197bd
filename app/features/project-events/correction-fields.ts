import { z } from 'zod'
import { requiredText } from '~/utils/form-fields'

/**
 * The two fields every correction and void form has (docs/decisions/013): the row it is
 * about, and why. Which record the id may name, the server decides (a row of another
 * project is not found).
 */

/** Why a figure is withdrawn or changed: required, kept with the row and in the history. */
export const reasonField = requiredText(1000, { multiline: true })

/** The id of the row corrected or voided. */
export const rowIdField = z.string({ error: 'errors.required' }).trim().min(1, 'errors.required').max(100)
