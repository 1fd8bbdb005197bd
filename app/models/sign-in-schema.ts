import { z } from 'zod'

/** The sign-in form: the action parses with it, the browser loads it after hydration. */
export const SignInSchema = z.object({
  email: z.string({ error: 'errors.required' }).trim().toLowerCase().max(254, 'errors.tooLong:254'),
  password: z.string({ error: 'errors.required' }).max(1000, 'errors.tooLong:1000'),
  redirectTo: z.string().optional(),
})
