import { getTextareaProps, useForm } from '@conform-to/react'
import { type ReactNode, useId } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { AppForm, type LastResult, SubmitButton } from '~/components/forms'
import { Alert } from '~/components/ui/alert'
import { buttonClassName } from '~/components/ui/button'
import { FieldErrors, TextareaField } from '~/components/ui/field'
import { formatDate } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The pieces of correcting and voiding a recorded row (docs/decisions/013), shared by a
 * project's events page and the exchange-rates page. A row's "Correct" and "Void" are links
 * that open a panel on the same page (`?correct=<id>` / `?void=<id>`); the void panel is the
 * confirmation step (it says what will stop counting, and asks why), so it works without
 * JavaScript and by keyboard.
 */

export type RevisionState = {
  voidedAt: Date | string | null
  voidedByName: string | null
  voidReason: string | null
  supersededById: string | null
}

/** The anchor of a row, for links between an entry and its correction. */
export const rowAnchor = (prefix: string, id: string) => `${prefix}-${id}`

/** A voided value, struck through (the status cell says so in words). */
export function Struck({ voided, children }: { voided: boolean; children: ReactNode }) {
  return voided ? <del className="text-slate-600">{children}</del> : <>{children}</>
}

/**
 * The status cell of a row: voided (when, by whom, why, and its correction), a correction of
 * an earlier row, or in force with its two links when the reader may change it.
 */
export function RevisionCell({
  row,
  what,
  anchorPrefix,
  correctsId,
  canRevise,
}: {
  row: RevisionState & { id: string }
  /** the row in words ("khoản giải ngân ngày 01/07/2025"), for the links' full names */
  what: string
  anchorPrefix: string
  /** the row this one corrects, if any */
  correctsId: string | null
  canRevise: boolean
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (row.voidedAt) {
    return (
      <div className="space-y-1 text-sm">
        <p className="font-medium text-red-900">
          {t(row.supersededById ? 'corrections.correctedOn' : 'corrections.voidedOn', {
            date: formatDate(row.voidedAt, locale),
            who: row.voidedByName ?? t('history.unknownUser'),
          })}
        </p>
        {row.voidReason ? <p>{t('corrections.reasonShown', { reason: row.voidReason })}</p> : null}
        {row.supersededById ? (
          <p>
            <a href={`#${rowAnchor(anchorPrefix, row.supersededById)}`} className="text-brand-700 underline">
              {t('corrections.seeCorrection')}
            </a>
          </p>
        ) : null}
      </div>
    )
  }
  return (
    <div className="space-y-1 text-sm">
      <p>{t('corrections.inForce')}</p>
      {correctsId ? (
        <p>
          <a href={`#${rowAnchor(anchorPrefix, correctsId)}`} className="text-brand-700 underline">
            {t('corrections.correctionOf')}
          </a>
        </p>
      ) : null}
      {canRevise ? (
        <p className="flex flex-wrap gap-3">
          {(['correct', 'void'] as const).map((mode) => (
            <AppLink
              key={mode}
              to={`?${mode}=${encodeURIComponent(row.id)}#revise` as AppHref}
              className={mode === 'void' ? 'text-red-800 underline' : 'text-brand-700 underline'}
              aria-label={t(`corrections.${mode}Row`, { what })}
            >
              {t(`corrections.${mode}`)}
            </AppLink>
          ))}
        </p>
      ) : null}
    </div>
  )
}

/** For each row that corrects another, the id of the row it corrects. */
export function correctedBy(rows: readonly (RevisionState & { id: string })[]): Map<string, string> {
  const corrects = new Map<string, string>()
  for (const row of rows) if (row.supersededById) corrects.set(row.supersededById, row.id)
  return corrects
}

/** The panel a row's link opens: a titled box with the form, and a way back. */
export function RevisionPanel({
  title,
  intro,
  danger = false,
  children,
}: {
  title: string
  intro: string
  danger?: boolean
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section
      id="revise"
      aria-labelledby={headingId}
      className={`space-y-3 rounded-md border p-4 ${danger ? 'border-red-300 bg-red-50' : 'border-brand-300 bg-slate-50'}`}
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {title}
      </h3>
      <p className="text-sm text-slate-800">{intro}</p>
      {children}
    </section>
  )
}

/** Shown instead of a form when the row was voided or corrected before the form was sent. */
export function AlreadyVoidedNotice({ closeHref }: { closeHref: AppHref }) {
  const { t } = useTranslation()
  return (
    <Alert className="space-y-2">
      <p>{t('corrections.errors.alreadyVoided')}</p>
      <AppLink to={closeHref} className={buttonClassName('secondary')}>
        {t('corrections.close')}
      </AppLink>
    </Alert>
  )
}

/** The form's own errors (a row voided meanwhile, nothing changed…), above its fields. */
export function FormErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useTranslation()
  if (!errors?.length) return null
  return (
    <Alert className="md:col-span-3">
      <p>{t('goals.form.formErrors')}</p>
      <FieldErrors id={id} errors={errors} />
    </Alert>
  )
}

/** The reason field every correction and void form has. */
export function ReasonField({ errors, textareaProps }: { errors?: string[]; textareaProps: object }) {
  const { t } = useTranslation()
  return (
    <TextareaField
      className="md:col-span-3"
      label={t('corrections.reason')}
      hint={t('corrections.reasonHint')}
      errors={errors}
      textareaProps={{ ...textareaProps, rows: 2 }}
    />
  )
}

/** A correction or void form's buttons: its own, and the way back that leaves the row as it is. */
export function RevisionButtons({
  closeHref,
  closeLabel,
  className,
  children,
}: {
  closeHref: AppHref
  closeLabel: string
  className?: string
  children: ReactNode
}) {
  return (
    <div className={className ? `flex flex-wrap gap-3 ${className}` : 'flex flex-wrap gap-3'}>
      {children}
      <AppLink to={closeHref} className={buttonClassName('secondary')}>
        {closeLabel}
      </AppLink>
    </div>
  )
}

/**
 * Voiding a row: what stops counting, why (required), and the confirming button beside a
 * way back that keeps it.
 */
export function VoidForm({
  intent,
  id,
  lastResult,
  closeHref,
}: {
  intent: string
  id: string
  lastResult: LastResult
  closeHref: AppHref
}) {
  const { t } = useTranslation()
  // Only the reason is checked, by its constraint: no schema to load in the browser.
  const [form, fields] = useForm<{ reason: string }>({
    id: `${intent}-${id}`,
    lastResult,
    constraint: { reason: { required: true, maxLength: 1000 } },
    shouldRevalidate: 'onInput',
  })
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent={intent}
      hidden={{ id }}
      showErrors={false}
      className="grid gap-3"
    >
      <FormErrors id={form.errorId} errors={form.errors} />
      <ReasonField errors={fields.reason.errors} textareaProps={getTextareaProps(fields.reason)} />
      <RevisionButtons closeHref={closeHref} closeLabel={t('corrections.keep')}>
        <SubmitButton variant="danger">{t('corrections.confirmVoid')}</SubmitButton>
      </RevisionButtons>
    </AppForm>
  )
}
