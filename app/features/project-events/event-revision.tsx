import { getTextareaProps } from '@conform-to/react'
import { type AppHref } from '~/components/app-link'
import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import {
  AlreadyVoidedNotice,
  FormErrors,
  ReasonField,
  RevisionButtons,
  RevisionPanel,
  VoidForm,
} from '~/features/project-events/corrections'
import { EventFields } from '~/features/project-events/event-fields'
import { type EventKind } from '~/features/project-events/event-kinds'
import { type RevisionMode, revisionIntent } from '~/features/project-events/revision-intent'
import { type FormConstraint } from '~/utils/deferred-validation'
import { formatDate, provinceToday, toDateInputValue } from '~/utils/format'
import { formatForInput } from '~/utils/number-input'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The panel a row's "Correct" or "Void" opens on a project's events page
 * (docs/decisions/013): the entry's fields as saved with a required reason, or the reason
 * alone and a confirming button. The server half is event-revision.server.ts.
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
  constraint: FormConstraint
}

function CorrectEventForm({
  target,
  lastResult,
  closeHref,
}: {
  target: RevisionTarget
  lastResult: LastResult
  closeHref: AppHref
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { kind, entry } = target
  const intent = revisionIntent('correct', kind)
  const [form, fields] = useAppForm({
    id: `${intent}-${entry.id}`,
    constraint: target.constraint,
    lastResult,
    loadSchema: () =>
      import('~/features/project-events/event-correction-schema').then((m) =>
        m.createEventCorrectionSchema(kind, locale, provinceToday()),
      ),
    schemaDeps: [kind, locale],
    defaultValue: {
      date: toDateInputValue(entry.date),
      amountVnd: formatForInput(entry.amountVnd, locale),
      hectares: formatForInput(entry.hectares, locale),
      documentNumber: entry.documentNumber ?? '',
      note: entry.note ?? '',
    },
  })
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent={intent}
      hidden={{ id: entry.id }}
      showErrors={false}
      className="grid gap-4 md:grid-cols-3 md:items-start"
    >
      <FormErrors id={form.errorId} errors={form.errors} />
      <EventFields kind={kind} fields={fields} latest={toDateInputValue(provinceToday())} wideNote />
      <ReasonField errors={fields.reason.errors} textareaProps={getTextareaProps(fields.reason)} />
      <RevisionButtons className="md:col-span-3" closeHref={closeHref} closeLabel={t('corrections.close')}>
        <SubmitButton>{t('corrections.saveCorrection')}</SubmitButton>
      </RevisionButtons>
    </AppForm>
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
  lastResult: LastResult
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
