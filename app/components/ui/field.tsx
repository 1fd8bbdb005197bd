import { type ComponentProps, type ReactNode, useId } from 'react'
import { translateError } from '~/utils/translate-error'
import { useTranslation } from '~/utils/translation'

export const inputClassName =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700'

/** The messages under a control, translated; announced with the control (aria-describedby). */
export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-800">
      {errors.map((error) => (
        <li key={error}>{translateError(t, error)}</li>
      ))}
    </ul>
  )
}

type FieldShellProps = {
  label: ReactNode
  hint?: ReactNode
  errors?: string[]
  className?: string
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode
  id?: string
}

/** A label, a control, a hint and its errors, wired together for assistive technology. */
export function FieldShell({ label, hint, errors, className = '', children, id: givenId }: FieldShellProps) {
  const fallbackId = useId()
  const id = givenId ?? fallbackId
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const invalid = Boolean(errors?.length)
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, describedBy, invalid })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  )
}

export function TextField({
  label,
  hint,
  errors,
  className,
  inputProps,
}: {
  label: ReactNode
  hint?: ReactNode
  errors?: string[]
  className?: string
  inputProps: ComponentProps<'input'>
}) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} className={className} id={inputProps.id}>
      {({ id, describedBy, invalid }) => (
        <input
          {...inputProps}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClassName}
        />
      )}
    </FieldShell>
  )
}

export function TextareaField({
  label,
  hint,
  errors,
  className,
  textareaProps,
}: {
  label: ReactNode
  hint?: ReactNode
  errors?: string[]
  className?: string
  textareaProps: ComponentProps<'textarea'>
}) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} className={className} id={textareaProps.id}>
      {({ id, describedBy, invalid }) => (
        <textarea
          {...textareaProps}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClassName}
        />
      )}
    </FieldShell>
  )
}

export function SelectField({
  label,
  hint,
  errors,
  className,
  selectProps,
  options,
  placeholder,
}: {
  label: ReactNode
  hint?: ReactNode
  errors?: string[]
  className?: string
  selectProps: ComponentProps<'select'>
  options: { value: string; label: string }[]
  placeholder?: string
}) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} className={className} id={selectProps.id}>
      {({ id, describedBy, invalid }) => (
        <select
          {...selectProps}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClassName}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}
