import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import { FormErrors } from '~/features/project-events/corrections'
import { EventFields } from '~/features/project-events/event-fields'
import { EVENT_KIND, type EventKind } from '~/features/project-events/event-kinds'
import { type FormConstraint } from '~/utils/deferred-validation'
import { provinceToday } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The form that records an event of this kind on the project's events page. Its `intent` is
 * the kind; it is drawn anew with each submission key (FormPerSubmissionKey), so once saved
 * it is empty and a second click cannot record the same figures again.
 */
export function EventForm({
  kind,
  constraint,
  lastResult,
  submissionKey,
}: {
  kind: EventKind
  /** getZodConstraint(createEventSchema(kind, …)), from the loader. */
  constraint: FormConstraint
  lastResult: LastResult
  submissionKey: string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: kind,
    constraint,
    lastResult,
    loadSchema: () =>
      import('~/features/project-events/project-events-schema').then((m) =>
        m.createEventSchema(kind, locale, provinceToday()),
      ),
    schemaDeps: [kind, locale],
  })
  const { strings, fields: names } = EVENT_KIND[kind]
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent={kind}
      submissionKey={submissionKey}
      showErrors={false}
      className="grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4 md:grid-cols-3 md:items-start"
    >
      <FormErrors id={form.errorId} errors={form.errors} />
      {/* Three boxes to a row: a fourth puts the note on a row of its own. */}
      <EventFields kind={kind} fields={fields} wideNote={names.length > 3} />
      <div className="md:col-span-3">
        <SubmitButton>{t(`projectEvents.${strings}.submit`)}</SubmitButton>
      </div>
    </AppForm>
  )
}
