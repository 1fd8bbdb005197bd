/**
 * One way to build a form (docs/architecture.md): `useAppForm` wires Conform to the
 * schema (the constraint from the loader, validation in the browser once the schema has
 * loaded, the server's answer), and `AppForm` draws the <Form> with what every form carries
 * (intent, submission key, hidden values such as the version) and its error summary.
 */
import { type DefaultValue, type FormMetadata, type SubmissionResult, getFormProps, useForm } from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { type ComponentProps, type ReactNode, createContext, useContext } from 'react'
import { type input, type output, type ZodType } from 'zod'
import { type AppHref, AppLink } from '~/components/app-link'
import { SubmissionKeyField, useSubmissionKey } from '~/components/submission-key-field'
import { Alert, FormAlert } from '~/components/ui/alert'
import { type ButtonVariant, buttonClassName } from '~/components/ui/button'
import { FieldErrors } from '~/components/ui/field'
import { type FormConstraint, useDeferredValidation } from '~/utils/deferred-validation'
import { useTranslation } from '~/utils/translation'

export type LastResult = SubmissionResult<string[]> | null | undefined

export function useAppForm<Schema extends ZodType<Record<string, unknown>, Record<string, unknown>>>({
  id,
  constraint,
  lastResult,
  defaultValue,
  loadSchema,
  schemaDeps = [],
}: {
  id: string
  /** getZodConstraint(schema), computed in the loader. */
  constraint?: FormConstraint
  lastResult: LastResult
  defaultValue?: DefaultValue<input<Schema>>
  /** `() => import('…-schema').then((m) => m.Schema)`: never a static import (decision 011). */
  loadSchema: () => Promise<Schema>
  /** What the schema is built from (the language, say). */
  schemaDeps?: readonly unknown[]
}) {
  const onValidate = useDeferredValidation(loadSchema, schemaDeps)
  return useForm<input<Schema>, output<Schema>, string[]>({
    id,
    constraint,
    lastResult,
    defaultValue,
    shouldRevalidate: 'onInput',
    onValidate,
  })
}

/**
 * A hidden value the form carries (a version, a merge base). After a refusal the action's
 * answer echoes what was sent, or what it should now be (a 409 moves the version on), and
 * that wins over the page's first value.
 */
export function carriedValue(lastResult: LastResult, name: string, given?: string) {
  const echoed = lastResult?.initialValue?.[name]
  return typeof echoed === 'string' ? echoed : given
}

/** Which form a SubmitButton belongs to, so that it is busy only while that form is sent. */
const SendingForm = createContext<{ intent?: string; action?: string } | null>(null)

export function AppForm<Schema extends Record<string, unknown>>({
  form,
  lastResult,
  intent,
  submissionKey,
  hidden = {},
  errorSummary,
  showErrors = true,
  action,
  className,
  children,
}: {
  form: FormMetadata<Schema, string[]>
  lastResult: LastResult
  /** Which of a page's forms this is (the `intent` field the action reads). */
  intent?: string
  /** The loader's fresh key for a create form (docs/decisions/007). */
  submissionKey?: string
  /** Hidden values the form carries back, the action's echo winning (carriedValue). */
  hidden?: Record<string, string | undefined>
  /** A heading for the summary of a refused form ("Please correct…"); without it, only the form's own messages. */
  errorSummary?: string
  /** False while another panel (a conflict) already says what is wrong. */
  showErrors?: boolean
  action?: string
  className?: string
  children: ReactNode
}) {
  return (
    <SendingForm.Provider value={{ intent, action }}>
      <Form method="post" action={action} {...getFormProps(form)} className={className}>
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        {submissionKey === undefined ? null : <SubmissionKey fresh={submissionKey} lastResult={lastResult} />}
        {Object.entries(hidden).map(([name, given]) => {
          const value = carriedValue(lastResult, name, given)
          return value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />
        })}
        {!showErrors ? null : errorSummary ? (
          form.status === 'error' ? (
            <Alert className="p-4">
              <p>{errorSummary}</p>
              <FieldErrors id={form.errorId} errors={form.errors} />
            </Alert>
          ) : null
        ) : (
          <FormAlert id={form.errorId} errors={form.errors} />
        )}
        {children}
      </Form>
    </SendingForm.Provider>
  )
}

function SubmissionKey({ fresh, lastResult }: { fresh: string; lastResult: LastResult }) {
  return <SubmissionKeyField value={useSubmissionKey(fresh, lastResult)} />
}

/**
 * Whether this page is sending a form: any form, or the one with this `intent` (a page's
 * forms are told apart by it) and this `formAction`, when given.
 */
export function useIsPending({ intent, formAction }: { intent?: string; formAction?: string } = {}) {
  const navigation = useNavigation()
  if (navigation.state !== 'submitting') return false
  if (formAction !== undefined && navigation.formAction !== formAction) return false
  return intent === undefined || navigation.formData?.get('intent') === intent
}

/** A form's submit button, not clickable while its form (in an AppForm) or the page is sending. */
export function SubmitButton({
  variant = 'primary',
  className = '',
  disabled,
  ...props
}: Omit<ComponentProps<'button'>, 'type'> & { variant?: ButtonVariant }) {
  const sending = useContext(SendingForm)
  const pending = useIsPending({ intent: sending?.intent, formAction: sending?.action })
  return (
    <button {...props} type="submit" disabled={pending || disabled} className={buttonClassName(variant, className)} />
  )
}

/** A form's buttons: send it, or go back without sending ("Cancel"). */
export function FormButtons({
  submitLabel,
  cancelTo,
  danger = false,
  className = '',
}: {
  submitLabel: string
  cancelTo: AppHref
  /** For a form that deletes. */
  danger?: boolean
  /** Its place in the form's grid, when it has one ("md:col-span-2"). */
  className?: string
}) {
  const { t } = useTranslation()
  return (
    <div className={`flex flex-wrap gap-3 ${className}`}>
      <SubmitButton variant={danger ? 'danger' : 'primary'}>{submitLabel}</SubmitButton>
      <AppLink to={cancelTo} className={buttonClassName('secondary')}>
        {t('common.cancel')}
      </AppLink>
    </div>
  )
}
