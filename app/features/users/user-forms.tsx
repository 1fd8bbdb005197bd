/** Pieces shared by the account pages (admin.users.*, account.password). */
import { type ComponentProps, type ReactNode, useId } from 'react'
import { FieldErrors } from '~/components/ui/field'
import { useTranslation } from '~/utils/translation'

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
