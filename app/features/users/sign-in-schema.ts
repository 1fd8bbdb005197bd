import { z } from 'zod'
import { textField } from '~/utils/form-fields'

/** The sign-in form: the action parses with it, the browser loads it after hydration. */
export const SignInSchema = z.object({
  // Cleaned like the address was when the account was saved (app/features/users/user-schema.ts).
  email: textField(254).toLowerCase(),
  password: z.string({ error: 'errors.required' }).max(1000, 'errors.tooLong:1000'),
  redirectTo: z.string().optional(),
})
