import { type ComponentProps, type ReactNode, useId } from 'react'
import { FieldErrors } from '~/components/ui/field'

export type CheckboxChoice = { label: ReactNode; inputProps: ComponentProps<'input'> & { key?: string } }

/**
 * Several checkboxes answering one question: a fieldset whose legend is the question, each
 * box with its own label, the hint and the errors announced with the group. `errorId` is
 * the id the boxes' aria-describedby already points at (Conform's field.errorId).
 */
export function CheckboxGroup({
  legend,
  hint,
  errors,
  errorId,
  choices,
  empty,
  className = '',
  listClassName = '',
}: {
  legend: ReactNode
  hint?: ReactNode
  errors?: string[]
  errorId: string
  choices: CheckboxChoice[]
  empty?: ReactNode
  className?: string
  listClassName?: string
}) {
  const hintId = `${useId()}-hint`
  const invalid = Boolean(errors?.length)
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className={className} aria-describedby={describedBy}>
      <legend className="mb-1 block text-sm font-medium text-slate-800">{legend}</legend>
      {hint ? (
        <p id={hintId} className="mb-2 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {choices.length === 0 && empty ? <p className="text-sm text-slate-700">{empty}</p> : null}
      <ul className={`grid gap-1 ${listClassName}`}>
        {choices.map(({ label, inputProps: { key, ...inputProps } }, index) => (
          <li key={key ?? inputProps.value?.toString() ?? index}>
            <label className="flex items-start gap-2 text-sm text-slate-900">
              <input {...inputProps} type="checkbox" className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-400" />
              <span>{label}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  )
}
