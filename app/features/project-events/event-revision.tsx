import { type SubmissionResult, getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { type AppHref, AppLink } from '~/components/app-link'
import { buttonClassName } from '~/components/ui/button'
import { TextField, TextareaField } from '~/components/ui/field'
import {
  AlreadyVoidedNotice,
  FormErrors,
  ReasonField,
  RevisionPanel,
  VoidForm,
} from '~/features/project-events/corrections'
import { type EventKind, type RevisionMode, revisionIntent } from '~/features/project-events/event-correction-schema'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { formatDate, provinceToday, toDateInputValue } from '~/utils/format'
import { formatForInput } from '~/utils/number-input'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The panel a row's "Correct" or "Void" opens on a project's events page
 * (docs/decisions/013): the entry's fields as saved with a required reason, or the reason
 * alone and a confirming button. The server half is __event-revision.server.ts.
 */

export type RevisionTarget = {
  mode: RevisionMode
  kind: EventKind
  entry: {
    id: string
    date: Date
    amountVnd: bigint | null
    hectares: number | null
    documentNumber: string | null
    note: string | null
    voidedAt: Date | null
  }
  constraint: Record<string, object>
}

function CorrectEventForm({
  target,
  lastResult,
  closeHref,
}: {
  target: RevisionTarget
  lastResult: SubmissionResult<string[]> | undefined
  closeHref: AppHref
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { kind, entry } = target
  const intent = revisionIntent('correct', kind)
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/project-events/event-correction-schema').then((m) =>
        m.createEventCorrectionSchema(kind, locale, provinceToday()),
      ),
    [kind, locale],
  )
  const [form, fields] = useForm({
    id: `${intent}-${entry.id}`,
    constraint: target.constraint,
    lastResult,
    shouldRevalidate: 'onInput',
    onValidate,
    defaultValue: {
      date: toDateInputValue(entry.date),
      amountVnd: formatForInput(entry.amountVnd, locale),
      hectares: formatForInput(entry.hectares, locale),
      documentNumber: entry.documentNumber ?? '',
      note: entry.note ?? '',
    },
  })
  const labels = {
    'capital-change': 'capital',
    disbursement: 'disbursement',
    clearance: 'clearance',
  } as const
  const section = labels[kind]
  return (
    <Form method="post" {...getFormProps(form)} className="grid gap-4 md:grid-cols-3 md:items-start">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={entry.id} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField
        label={t(`projectEvents.${section}.date`)}
        errors={fields.date.errors}
        inputProps={{ ...getInputProps(fields.date, { type: 'date' }), max: toDateInputValue(provinceToday()) }}
      />
      {kind === 'clearance' ? (
        <TextField
          label={t('projectEvents.clearance.hectares')}
          hint={t('projectEvents.clearance.hectaresHint')}
          errors={fields.hectares.errors}
          inputProps={{
            ...getInputProps(fields.hectares, { type: 'text' }),
            inputMode: 'decimal',
            autoComplete: 'off',
          }}
        />
      ) : (
        <TextField
          label={t(`projectEvents.${section}.amount`)}
          hint={t(`projectEvents.${section}.amountHint`)}
          errors={fields.amountVnd.errors}
          inputProps={{
            ...getInputProps(fields.amountVnd, { type: 'text' }),
            inputMode: kind === 'disbursement' ? 'numeric' : undefined,
            autoComplete: 'off',
          }}
        />
      )}
      {kind === 'capital-change' ? (
        <TextField
          label={`${t('projectEvents.capital.documentNumber')} ${t('common.optional')}`}
          errors={fields.documentNumber.errors}
          inputProps={getInputProps(fields.documentNumber, { type: 'text' })}
        />
      ) : null}
      <TextareaField
        className="md:col-span-3"
        label={`${t('projectEvents.note')} ${t('common.optional')}`}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 2 }}
      />
      <ReasonField errors={fields.reason.errors} textareaProps={getTextareaProps(fields.reason)} />
      <div className="flex flex-wrap gap-3 md:col-span-3">
        <button type="submit" className={buttonClassName('primary')} disabled={busy}>
          {t('corrections.saveCorrection')}
        </button>
        <AppLink to={closeHref} className={buttonClassName('secondary')}>
          {t('corrections.close')}
        </AppLink>
      </div>
    </Form>
  )
}

/** The open panel, in the section of its kind of entry; nothing when it is another's. */
export function EventRevisionPanel({
  kind,
  target,
  lastResult,
  closeHref,
}: {
  kind: EventKind
  target: RevisionTarget | null
  /** the action's answer, when it was to this panel's form */
  lastResult: SubmissionResult<string[]> | undefined
  closeHref: AppHref
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (!target || target.kind !== kind) return null
  const { mode, entry } = target
  const what = t(`corrections.what.${kind}`, { date: formatDate(entry.date, locale) })
  return (
    <RevisionPanel
      title={mode === 'correct' ? t('corrections.correctTitle', { what }) : t('corrections.voidTitle', { what })}
      intro={mode === 'correct' ? t('corrections.correctIntro') : t('corrections.voidIntro')}
      danger={mode === 'void'}
    >
      {entry.voidedAt ? (
        <AlreadyVoidedNotice closeHref={closeHref} />
      ) : mode === 'correct' ? (
        <CorrectEventForm target={target} lastResult={lastResult} closeHref={closeHref} />
      ) : (
        <VoidForm intent={revisionIntent('void', kind)} id={entry.id} lastResult={lastResult} closeHref={closeHref} />
      )}
    </RevisionPanel>
  )
}
