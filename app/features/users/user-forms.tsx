/** Pieces shared by the account pages (admin.users.*, account.password). */
import { type FieldMetadata, getInputProps, getSelectProps } from '@conform-to/react'
import { type ComponentProps, type ReactNode, useId } from 'react'
import { FieldErrors, SelectField, TextField } from '~/components/ui/field'
import { ROLES } from '~/features/users/user-vocabulary'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export type DepartmentChoice = { id: string; code: string; nameVi: string; nameEn: string }

/** A checkbox with its label beside it, a hint and its errors, wired for assistive technology. */
export function CheckboxField({
  label,
  hint,
  errors,
  className = '',
  inputProps,
}: {
  label: ReactNode
  hint?: ReactNode
  errors?: string[]
  className?: string
  inputProps: ComponentProps<'input'>
}) {
  const fallbackId = useId()
  const id = inputProps.id ?? fallbackId
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const invalid = Boolean(errors?.length)
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          {...inputProps}
          type="checkbox"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className="mt-0.5 h-4 w-4 rounded border-slate-400"
        />
        <div>
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-xs text-slate-600">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
      <FieldErrors id={errorId} errors={errors} />
    </div>
  )
}

/** A small label: status of an account. */
export function AccountStatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation()
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${
        disabled ? 'border-red-300 bg-red-50 text-red-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'
      }`}
    >
      {disabled ? t('admin.users.statusDisabled') : t('admin.users.statusActive')}
    </span>
  )
}

/**
 * What an account may do and see: its role, its department, whether it sees the whole
 * province. The same on the new account's form and on an account's page.
 */
export function AccessFields({
  fields,
  departments,
  roleHint,
}: {
  fields: {
    role: FieldMetadata<string>
    departmentId: FieldMetadata<string | undefined>
    provinceWide: FieldMetadata<boolean | undefined>
  }
  departments: readonly DepartmentChoice[]
  roleHint: string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { role, departmentId, provinceWide } = fields
  return (
    <>
      <SelectField
        label={t('admin.users.role')}
        hint={roleHint}
        errors={role.errors}
        placeholder={t('editor.choose')}
        selectProps={getSelectProps(role)}
        options={ROLES.map((value) => ({ value, label: t(`auth.role.${value}`) }))}
      />
      <SelectField
        label={t('admin.users.department')}
        hint={t('admin.form.departmentHint')}
        errors={departmentId.errors}
        placeholder={t('admin.form.noDepartment')}
        selectProps={getSelectProps(departmentId)}
        options={departments.map((department) => ({ value: department.id, label: localName(department, locale) }))}
      />
      <CheckboxField
        className="md:col-span-2"
        label={t('admin.form.provinceWide')}
        hint={t('admin.form.provinceWideHint')}
        errors={provinceWide.errors}
        inputProps={getInputProps(provinceWide, { type: 'checkbox' })}
      />
    </>
  )
}

/** A new password typed twice: when an administrator sets one, and when people change their own. */
export function NewPasswordFields({
  password,
  confirmPassword,
}: {
  password: FieldMetadata<string>
  confirmPassword: FieldMetadata<string>
}) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('admin.form.newPassword')}
        hint={t('admin.form.passwordHint')}
        errors={password.errors}
        inputProps={{ ...getInputProps(password, { type: 'password' }), autoComplete: 'new-password' }}
      />
      <TextField
        label={t('admin.form.confirmPassword')}
        errors={confirmPassword.errors}
        inputProps={{ ...getInputProps(confirmPassword, { type: 'password' }), autoComplete: 'new-password' }}
      />
    </>
  )
}
