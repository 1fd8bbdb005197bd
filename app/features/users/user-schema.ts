/**
 * The forms of the account pages, one schema each, messages as i18n keys. This module runs
 * in the browser too, so a new password is only checked for length here; the server passes
 * NewPasswordSchema (app/utils/password.server.ts), which adds the list of common passwords.
 */
import { z } from 'zod'
import { ROLES, USER_STATUSES } from '~/features/users/user-vocabulary'
import { requiredText, textField } from '~/utils/form-fields'

// The same bounds as PASSWORD_MIN_LENGTH / PASSWORD_MAX_LENGTH of password.server.ts (a test
// keeps them equal); that module cannot be imported here (argon2, a 49 000-word list).
const PASSWORD_MIN = 12
const PASSWORD_MAX = 128

export { USER_STATUSES, type UserStatus } from '~/features/users/user-vocabulary'

/** A new password as the browser can check it: length only. */
export const BrowserPasswordSchema = z
  .string({ error: 'errors.required' })
  .min(PASSWORD_MIN, `auth.errors.passwordTooShort:${PASSWORD_MIN}`)
  .max(PASSWORD_MAX, `errors.tooLong:${PASSWORD_MAX}`)

export type PasswordSchema = z.ZodType<string, string>

const email = textField(254).toLowerCase().email('admin.errors.emailInvalid')
const name = requiredText(200)
const role = z.enum(ROLES, { error: 'errors.choose' })
const departmentId = z.string().trim().max(100, 'errors.tooLong:100').optional()
const provinceWide = z.boolean().optional()

type ScopeFields = { role: (typeof ROLES)[number]; departmentId?: string }

/** An editor edits their department's projects, so an editor needs one (admins and viewers may have one). */
function departmentWhenEditor<T extends z.ZodType<ScopeFields>>(schema: T) {
  return schema.refine((value) => value.role !== 'editor' || Boolean(value.departmentId), {
    path: ['departmentId'],
    message: 'admin.errors.departmentRequired',
    // Checked as soon as the role is known, alongside the other fields' messages.
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === 'role'),
  })
}

/** The confirmation must repeat the new password exactly. */
function confirmationMatches<T extends z.ZodType<{ password: string; confirmPassword: string }>>(schema: T) {
  return schema.refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'admin.errors.passwordMismatch',
    when: (payload) =>
      !payload.issues.some((issue) => ['password', 'confirmPassword'].includes(String(issue.path?.[0]))),
  })
}

export function createUserCreateSchema(password: PasswordSchema = BrowserPasswordSchema) {
  return departmentWhenEditor(z.object({ email, name, role, departmentId, provinceWide, password }))
}
export const UserCreateSchema = createUserCreateSchema()
export type UserCreateInput = z.infer<typeof UserCreateSchema>

/** The account's details; `version` is the one the form was opened on (optimistic locking). */
export const UserEditSchema = departmentWhenEditor(
  z.object({
    name,
    role,
    departmentId,
    provinceWide,
    version: z.number({ error: 'errors.required' }).int().min(1),
  }),
)
export type UserEditInput = z.infer<typeof UserEditSchema>

/** An administrator sets a new password for someone (typed twice). */
export function createSetPasswordSchema(password: PasswordSchema = BrowserPasswordSchema) {
  return confirmationMatches(
    z.object({
      password,
      confirmPassword: z.string({ error: 'errors.required' }).max(PASSWORD_MAX, `errors.tooLong:${PASSWORD_MAX}`),
    }),
  )
}
export const SetPasswordSchema = createSetPasswordSchema()

/** Someone changes their own password: the current one, then the new one twice. */
export function createOwnPasswordSchema(password: PasswordSchema = BrowserPasswordSchema) {
  return confirmationMatches(
    z.object({
      currentPassword: z.string({ error: 'errors.required' }).max(1000, 'errors.tooLong:1000'),
      password,
      confirmPassword: z.string({ error: 'errors.required' }).max(PASSWORD_MAX, `errors.tooLong:${PASSWORD_MAX}`),
    }),
  )
}
export const OwnPasswordSchema = createOwnPasswordSchema()

/**
 * The list page's filters as they stand in the URL (?q=…&role=…&department=…&status=…&page=…).
 * Anything malformed is dropped: a hand-edited URL shows the unfiltered list, not an error.
 */
export const UserListQuerySchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  department: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
})
export type UserListQuery = z.infer<typeof UserListQuerySchema>

export function parseUserListQuery(searchParams: URLSearchParams): UserListQuery {
  const raw = Object.fromEntries([...searchParams].filter(([, value]) => value !== ''))
  return UserListQuerySchema.parse(raw)
}
