import { type ReactNode } from 'react'
import { translateError } from '~/utils/translate-error'
import { useTranslation } from '~/utils/translation'

const tones = {
  error: 'border-red-300 bg-red-50 text-red-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-950',
  info: 'border-sky-300 bg-sky-50 text-sky-950',
} as const

/**
 * A message that matters now (a refusal, a conflict, a warning), announced by screen readers
 * when it appears (role="alert").
 */
export function Alert({
  tone = 'error',
  id,
  className = '',
  children,
}: {
  tone?: keyof typeof tones
  id?: string
  className?: string
  children: ReactNode
}) {
  return (
    <div role="alert" id={id} className={`rounded-md border p-3 text-sm ${tones[tone]} ${className}`}>
      {children}
    </div>
  )
}

/** A form's own messages (not tied to one field), translated; nothing when there are none. */
export function FormAlert({ id, errors, className = '' }: { id?: string; errors?: string[]; className?: string }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <Alert id={id} className={className}>
      {errors.map((error) => (
        <p key={error}>{translateError(t, error)}</p>
      ))}
    </Alert>
  )
}
