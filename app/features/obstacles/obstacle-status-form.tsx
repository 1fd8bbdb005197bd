import { getSelectProps, getTextareaProps } from '@conform-to/react'
import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import { FormAlert } from '~/components/ui/alert'
import { SelectField, TextareaField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { type ObstacleStatus } from '~/features/obstacles/obstacle-rules'
import { type FormConstraint } from '~/utils/deferred-validation'
import { useTranslation } from '~/utils/translation'

/** Where the obstacle stands and, when the lifecycle allows a next step, the form to take it. */
export function ObstacleStatusPanel({
  status,
  version,
  allowed,
  lastResult,
  constraint,
}: {
  status: ObstacleStatus
  version: number
  allowed: readonly ObstacleStatus[]
  lastResult: LastResult
  constraint: FormConstraint
}) {
  const { t } = useTranslation()
  return (
    <Section title={t('obstacles.statusForm.title')} spacing="space-y-4">
      <p>{t('obstacles.statusForm.current', { status: t(`obstacles.status.${status}`) })}</p>
      {allowed.length === 0 ? (
        <p>{t('obstacles.statusForm.none')}</p>
      ) : (
        <StatusForm
          key={`${status}-${version}`}
          lastResult={lastResult}
          status={status}
          version={version}
          allowed={allowed}
          constraint={constraint}
        />
      )}
    </Section>
  )
}

function StatusForm({
  lastResult,
  status,
  version,
  allowed,
  constraint,
}: {
  lastResult: LastResult
  status: ObstacleStatus
  version: number
  allowed: readonly ObstacleStatus[]
  constraint: FormConstraint
}) {
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    // A new status is a new form: what was typed for the old one does not carry over.
    id: `obstacle-status-${status}`,
    constraint,
    lastResult,
    loadSchema: () => import('~/features/obstacles/obstacle-schema').then((m) => m.createObstacleStatusSchema(status)),
    schemaDeps: [status],
  })
  const chosen = fields.toStatus.value
  const noteLabel =
    chosen === 'resolved'
      ? t('obstacles.statusForm.resolutionNote')
      : chosen === 'closed'
        ? t('obstacles.statusForm.closedReason')
        : `${t('obstacles.statusForm.note')} ${t('common.optional')}`
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent="status"
      // Shown across both columns.
      showErrors={false}
      className="grid gap-4 md:grid-cols-2"
    >
      {/* The page's version, not the answer's echo: after a stale answer the page has reloaded
          the obstacle, and the form is drawn anew on its current version. */}
      <input type="hidden" name="version" value={String(version)} />
      <FormAlert id={form.errorId} errors={form.errors} className="md:col-span-2" />
      <SelectField
        label={t('obstacles.statusForm.to')}
        errors={fields.toStatus.errors}
        placeholder={t('editor.choose')}
        selectProps={getSelectProps(fields.toStatus)}
        options={allowed.map((next) => ({ value: next, label: t(`obstacles.status.${next}`) }))}
      />
      <TextareaField
        className="md:col-span-2"
        label={noteLabel}
        hint={t('obstacles.statusForm.noteHint')}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
      />
      <div className="md:col-span-2">
        <SubmitButton>{t('obstacles.statusForm.submit')}</SubmitButton>
      </div>
    </AppForm>
  )
}
