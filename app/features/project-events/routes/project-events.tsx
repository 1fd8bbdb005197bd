import { type SubmissionResult, getFormProps, getInputProps, getTextareaProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { type ReactNode, useId } from 'react'
import { StaleEditPanel } from '~/components/edit-conflict'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormPerSubmissionKey, SubmissionKeyField } from '~/components/submission-key-field'
import { buttonClassName } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import { LIKELIHOODS } from '~/features/goals/goal-vocabulary'
import { RevisionCell, Struck, correctedBy, rowAnchor } from '~/features/project-events/corrections'
import { parseRevisionIntent } from '~/features/project-events/event-correction-schema'
import { EventRevisionPanel } from '~/features/project-events/event-revision'
import { answerEventRevision, findRevisionTarget } from '~/features/project-events/event-revision.server'
import {
  LikelihoodSchema,
  createCapitalChangeSchema,
  createClearanceSchema,
  createDisbursementSchema,
} from '~/features/project-events/project-events-schema'
import {
  type EventResult,
  addCapitalChange,
  addClearanceHandover,
  addDisbursement,
  getProjectEvents,
  getProjectForEvents,
  milestoneReached,
  setMilestoneLikelihood,
} from '~/features/project-events/project-events.server'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { actorFor, ensurePermission, requirePermission, requireUser } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { type StaleEditAnswer, differingFields, replyOnVersion } from '~/utils/edit-conflict'
import { formatDate, formatDateTime, formatNumber, provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { formatVnd, formatVndFull } from '~/utils/money'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { SUBMISSION_KEY_FIELD, newSubmissionKey } from '~/utils/submission-key'
import { type SubmissionClaim, saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const project = await getProjectEvents(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  const t = serverT(getLocale(request))
  // Planned and not reached: the milestones whose likelihood weights the forecast.
  const pending = MILESTONE_KINDS.flatMap((kind) => {
    const row = project.milestones.find((milestone) => milestone.kind === kind)
    if (!row?.plannedDate || milestoneReached(kind, row, project)) return []
    return [{ kind, plannedDate: row.plannedDate, likelihood: row.likelihood }]
  })
  const { milestones: _milestones, ...rest } = project
  const canEdit = !project.deletedAt && hasPermission(user, 'update:project', project)
  return {
    title: `${t('projectEvents.title')}: ${project.name} · Tiendo`,
    project: rest,
    pending,
    canEdit,
    // The entry a row's "Correct" or "Void" link opened (docs/decisions/013).
    revise: canEdit
      ? findRevisionTarget(new URL(request.url).searchParams, project, getLocale(request), provinceToday())
      : null,
    // A key per form: sent twice, a form writes once (a disbursement must not count twice);
    // saved, it is drawn empty with the next key (docs/decisions/007).
    submissionKeys: {
      capital: newSubmissionKey(),
      disbursement: newSubmissionKey(),
      clearance: newSubmissionKey(),
    },
    constraints: {
      capital: getZodConstraint(createCapitalChangeSchema(getLocale(request), provinceToday())),
      disbursement: getZodConstraint(createDisbursementSchema(getLocale(request), provinceToday())),
      clearance: getZodConstraint(createClearanceSchema(getLocale(request), provinceToday())),
    },
  }
}

/**
 * The answer to a refused form: which form it was, its messages and typed values, and for
 * a likelihood given on a stale page, how it differs from what is saved now.
 */
function refused<T extends string>(
  intent: T,
  result: SubmissionResult<string[]>,
  status = 400,
  stale?: StaleEditAnswer,
) {
  return data({ intent, result, stale }, { status })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const project = await getProjectForEvents(params.projectId ?? '')
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  await ensurePermission(user, request, 'update:project', project)
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const actor = actorFor(user, request)
  const back = `/projects/${project.id}/events`
  const done = (messageKey: string, values: Record<string, string>) =>
    redirectWithToast(back, { kind: 'success', messageKey, values })

  // A row corrected or voided (docs/decisions/013): permission checked above, like an entry.
  const revision = parseRevisionIntent(formData.get('intent'))
  if (revision) return answerEventRevision({ formData, ...revision, projectId: project.id, locale, today, actor })

  /**
   * An event form, saved at most once per key: a refusal answers with the form's messages,
   * a save with the page and its toast.
   */
  function saveEvent<T extends 'capital-change' | 'disbursement' | 'clearance'>(
    intent: T,
    reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]>,
    write: (claim: SubmissionClaim | undefined) => Promise<EventResult>,
    saved: () => Promise<Response>,
  ) {
    return saveOnce(
      {
        key: formData.get(SUBMISSION_KEY_FIELD),
        userId: user.id,
        refuse: (formErrors) => refused(intent, reply({ formErrors })),
      },
      async (claim) => {
        const outcome = await write(claim)
        if (!outcome.ok) return refused(intent, reply({ fieldErrors: { [outcome.field]: [outcome.error] } }))
        return saved()
      },
    )
  }

  switch (formData.get('intent')) {
    case 'capital-change': {
      const submission = parseWithZod(formData, { schema: createCapitalChangeSchema(locale, today) })
      if (submission.status !== 'success') return refused('capital-change', submission.reply())
      const { intent: _intent, ...input } = submission.value
      return saveEvent(
        'capital-change',
        (options) => submission.reply(options),
        (claim) => addCapitalChange(project.id, input, actor, claim),
        () => done('projectEvents.capital.added', { date: formatDate(input.date, locale) }),
      )
    }
    case 'disbursement': {
      const submission = parseWithZod(formData, { schema: createDisbursementSchema(locale, today) })
      if (submission.status !== 'success') return refused('disbursement', submission.reply())
      const { intent: _intent, ...input } = submission.value
      return saveEvent(
        'disbursement',
        (options) => submission.reply(options),
        (claim) => addDisbursement(project.id, input, actor, claim),
        () => done('projectEvents.disbursement.added', { date: formatDate(input.date, locale) }),
      )
    }
    case 'clearance': {
      const submission = parseWithZod(formData, { schema: createClearanceSchema(locale, today) })
      if (submission.status !== 'success') return refused('clearance', submission.reply())
      const { intent: _intent, ...input } = submission.value
      return saveEvent(
        'clearance',
        (options) => submission.reply(options),
        (claim) => addClearanceHandover(project.id, input, actor, claim),
        () => done('projectEvents.clearance.added', { date: formatDate(input.date, locale) }),
      )
    }
    case 'likelihood': {
      const submission = parseWithZod(formData, { schema: LikelihoodSchema })
      if (submission.status !== 'success') return refused('likelihood', submission.reply())
      const { milestoneKind, likelihood, version, plannedDate } = submission.value
      const outcome = await setMilestoneLikelihood(project.id, milestoneKind, likelihood ?? null, version, actor)
      if (!outcome.ok && 'stale' in outcome) {
        // Someone changed the project since the page was opened (its planned date may
        // have moved): nothing is written; the choice is shown beside what is saved now.
        const t = serverT(locale)
        const words = (value: string | null | undefined) =>
          value ? t(`goals.likelihood.${value}`, { defaultValue: value }) : t('projectEvents.likelihood.notAssessed')
        const { current } = outcome
        const differences = differingFields([
          {
            field: 'plannedDate',
            label: t('projectEvents.likelihood.planned'),
            mine: formatDate(plannedDate, locale),
            current: formatDate(current.plannedDate, locale),
          },
          {
            field: 'likelihood',
            label: t('projectEvents.likelihood.label', { milestone: t(`milestone.${milestoneKind}`) }),
            mine: words(likelihood),
            current: words(current.likelihood),
          },
        ])
        return refused('likelihood', replyOnVersion(submission.reply(), current.version), 409, { differences })
      }
      if (!outcome.ok) {
        return refused('likelihood', submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }))
      }
      const milestone = serverT(locale)(`milestone.${milestoneKind}`)
      return done('projectEvents.likelihood.saved', { milestone })
    }
    default:
      // No form of this page says that: a stale page or a hand-made request.
      return refused('unknown', { status: 'error', error: { '': ['goals.errors.unknownForm'] } })
  }
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type ActionData = ReturnType<typeof useActionData<typeof action>>

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

/** The last answer, if it was for this form. */
function answerFor(actionData: ActionData, intent: string) {
  return actionData && 'intent' in actionData && actionData.intent === intent ? actionData.result : undefined
}

function Money({ vnd }: { vnd: bigint }) {
  const locale = useLocale()
  return (
    <>
      <span className="font-medium">{formatVnd(vnd, locale)}</span>
      <span className="block text-xs text-slate-700">{formatVndFull(vnd, locale)}</span>
    </>
  )
}

function EventFormShell({
  formProps,
  errors,
  errorId,
  intent,
  submissionKey,
  submitLabel,
  children,
}: {
  formProps: ReturnType<typeof getFormProps>
  errors: string[] | undefined
  errorId: string
  intent: string
  submissionKey: string
  submitLabel: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  return (
    <Form
      method="post"
      {...formProps}
      className="grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4 md:grid-cols-3 md:items-start"
    >
      <input type="hidden" name="intent" value={intent} />
      <SubmissionKeyField value={submissionKey} />
      {errors?.length ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 md:col-span-3">
          <p>{t('goals.form.formErrors')}</p>
          <FieldErrors id={errorId} errors={errors} />
        </div>
      ) : null}
      {children}
      <div className="md:col-span-3">
        <button type="submit" className={buttonClassName('primary')} disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </Form>
  )
}

function CapitalChangeForm({ lastResult, submissionKey }: { lastResult: unknown; submissionKey: string }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { constraints } = useLoaderData<typeof loader>()
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/project-events/project-events-schema').then((m) =>
        m.createCapitalChangeSchema(locale, provinceToday()),
      ),
    [locale],
  )
  const [form, fields] = useForm({
    id: 'capital-change',
    constraint: constraints.capital,
    lastResult: lastResult as SubmissionResult<string[]> | undefined,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <EventFormShell
      formProps={getFormProps(form)}
      errors={form.errors}
      errorId={form.errorId}
      intent="capital-change"
      submissionKey={submissionKey}
      submitLabel={t('projectEvents.capital.submit')}
    >
      <TextField
        label={t('projectEvents.capital.date')}
        errors={fields.date.errors}
        inputProps={getInputProps(fields.date, { type: 'date' })}
      />
      <TextField
        label={t('projectEvents.capital.amount')}
        hint={t('projectEvents.capital.amountHint')}
        errors={fields.amountVnd.errors}
        inputProps={{ ...getInputProps(fields.amountVnd, { type: 'text' }), autoComplete: 'off' }}
      />
      <TextField
        label={`${t('projectEvents.capital.documentNumber')} ${t('common.optional')}`}
        errors={fields.documentNumber.errors}
        inputProps={getInputProps(fields.documentNumber, { type: 'text' })}
      />
      <TextareaField
        className="md:col-span-3"
        label={`${t('projectEvents.note')} ${t('common.optional')}`}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 2 }}
      />
    </EventFormShell>
  )
}

function DisbursementForm({ lastResult, submissionKey }: { lastResult: unknown; submissionKey: string }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { constraints } = useLoaderData<typeof loader>()
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/project-events/project-events-schema').then((m) =>
        m.createDisbursementSchema(locale, provinceToday()),
      ),
    [locale],
  )
  const [form, fields] = useForm({
    id: 'disbursement',
    constraint: constraints.disbursement,
    lastResult: lastResult as SubmissionResult<string[]> | undefined,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <EventFormShell
      formProps={getFormProps(form)}
      errors={form.errors}
      errorId={form.errorId}
      intent="disbursement"
      submissionKey={submissionKey}
      submitLabel={t('projectEvents.disbursement.submit')}
    >
      <TextField
        label={t('projectEvents.disbursement.date')}
        errors={fields.date.errors}
        inputProps={getInputProps(fields.date, { type: 'date' })}
      />
      <TextField
        label={t('projectEvents.disbursement.amount')}
        hint={t('projectEvents.disbursement.amountHint')}
        errors={fields.amountVnd.errors}
        inputProps={{ ...getInputProps(fields.amountVnd, { type: 'text' }), inputMode: 'numeric', autoComplete: 'off' }}
      />
      <TextareaField
        label={`${t('projectEvents.note')} ${t('common.optional')}`}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 2 }}
      />
    </EventFormShell>
  )
}

function ClearanceForm({ lastResult, submissionKey }: { lastResult: unknown; submissionKey: string }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const { constraints } = useLoaderData<typeof loader>()
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/project-events/project-events-schema').then((m) =>
        m.createClearanceSchema(locale, provinceToday()),
      ),
    [locale],
  )
  const [form, fields] = useForm({
    id: 'clearance',
    constraint: constraints.clearance,
    lastResult: lastResult as SubmissionResult<string[]> | undefined,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <EventFormShell
      formProps={getFormProps(form)}
      errors={form.errors}
      errorId={form.errorId}
      intent="clearance"
      submissionKey={submissionKey}
      submitLabel={t('projectEvents.clearance.submit')}
    >
      <TextField
        label={t('projectEvents.clearance.date')}
        errors={fields.date.errors}
        inputProps={getInputProps(fields.date, { type: 'date' })}
      />
      <TextField
        label={t('projectEvents.clearance.hectares')}
        hint={t('projectEvents.clearance.hectaresHint')}
        errors={fields.hectares.errors}
        inputProps={{ ...getInputProps(fields.hectares, { type: 'text' }), inputMode: 'decimal', autoComplete: 'off' }}
      />
      <TextareaField
        label={`${t('projectEvents.note')} ${t('common.optional')}`}
        errors={fields.note.errors}
        textareaProps={{ ...getTextareaProps(fields.note), rows: 2 }}
      />
    </EventFormShell>
  )
}

/** A short list of recorded events: the latest first, and how many there are in all. */
function EventTable({
  caption,
  empty,
  count,
  headers,
  rows,
}: {
  caption: string
  empty: string
  count: number
  headers: { label: string; numeric?: boolean }[]
  rows: { id: string; cells: ReactNode[] }[]
}) {
  const { t } = useTranslation()
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-left">
          <tr className="border-b border-slate-300">
            {headers.map((header) => (
              <th key={header.label} scope="col" className={`py-2 pr-4 ${header.numeric ? 'text-right' : ''}`}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} id={rowAnchor('event', row.id)} className="border-b border-slate-100 align-top">
              {row.cells.map((cell, index) => (
                <td key={index} className={`py-2 pr-4 ${headers[index]?.numeric ? 'text-right' : ''}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {count > rows.length ? (
        <p className="mt-2 text-sm text-slate-700">{t('projectEvents.shownLatest', { shown: rows.length, count })}</p>
      ) : null}
    </div>
  )
}

function LikelihoodRow({
  milestone,
  version,
  answer,
}: {
  milestone: LoaderData['pending'][number]
  /** The project's version the page shows: the likelihood is set on it. */
  version: number
  answer: SubmissionResult<string[]> | undefined
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const label = t(`milestone.${milestone.kind}`)
  const mine = answer?.initialValue?.milestoneKind === milestone.kind ? answer.initialValue : undefined
  // After a refused save the choice stays what the person picked, not what is saved.
  const chosen = typeof mine?.likelihood === 'string' ? mine.likelihood : (milestone.likelihood ?? '')
  const errors = mine ? answer?.error?.likelihood : undefined
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <Form method="post" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="likelihood" />
        <input type="hidden" name="milestoneKind" value={milestone.kind} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="plannedDate" value={toDateInputValue(milestone.plannedDate)} />
        <SelectField
          className="min-w-64 flex-1"
          label={t('projectEvents.likelihood.label', { milestone: label })}
          hint={`${t('projectEvents.likelihood.planned')}: ${formatDate(milestone.plannedDate, locale)}`}
          errors={errors ?? undefined}
          placeholder={t('projectEvents.likelihood.notAssessed')}
          selectProps={{ name: 'likelihood', defaultValue: chosen }}
          options={LIKELIHOODS.map((value) => ({ value, label: t(`goals.likelihood.${value}`) }))}
        />
        <button
          type="submit"
          className={buttonClassName('secondary')}
          aria-label={t('projectEvents.likelihood.submitLabel', { milestone: label })}
        >
          {t('projectEvents.likelihood.submit')}
        </button>
      </Form>
    </li>
  )
}

export default function ProjectEventsPage() {
  const { project, pending, canEdit, submissionKeys, revise } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const likelihoodStale =
    actionData && 'intent' in actionData && actionData.intent === 'likelihood' ? actionData.stale : undefined
  const { t } = useTranslation()
  const locale = useLocale()
  const { sums } = project
  const hectares = (value: number) => formatNumber(value, locale, 4)
  const unknownForm = answerFor(actionData, 'unknown')
  // The open correction or void panel's answer, and which row corrects which (docs/decisions/013).
  const revisionAnswer = revise ? answerFor(actionData, `${revise.mode}-${revise.kind}`) : undefined
  const corrects = {
    capital: correctedBy(project.capitalChanges),
    disbursement: correctedBy(project.disbursements),
    clearance: correctedBy(project.clearanceHandovers),
  }

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="sr-only">{t('projectEvents.title')}</h2>
        <p className="text-slate-700">{t('projectEvents.intro')}</p>
        {canEdit ? null : <p className="text-sm text-slate-700">{t('projectEvents.readOnly')}</p>}
        {unknownForm ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
            <FieldErrors id="events-form-error" errors={unknownForm.error?.[''] ?? undefined} />
          </div>
        ) : null}
      </div>

      <Section title={t('projectEvents.capital.heading')}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="sr-only">{t('project.registeredCapital')}</dt>
            <dd>
              {project.registeredCapitalVnd === null
                ? t('projectEvents.capital.current', { amount: t('common.notSet') })
                : t('projectEvents.capital.current', { amount: formatVnd(project.registeredCapitalVnd, locale) })}
            </dd>
          </div>
          <div>
            <dt className="sr-only">{t('projectEvents.capital.caption')}</dt>
            <dd>{t('projectEvents.capital.total', { amount: formatVnd(sums.capitalChangesVnd, locale) })}</dd>
          </div>
        </dl>
        <EventTable
          caption={t('projectEvents.capital.caption')}
          empty={t('projectEvents.capital.empty')}
          count={sums.capitalChangeCount}
          headers={[
            { label: t('projectEvents.columns.date') },
            { label: t('projectEvents.columns.amount'), numeric: true },
            { label: t('projectEvents.columns.document') },
            { label: t('projectEvents.columns.note') },
            { label: t('projectEvents.columns.recordedAt') },
            { label: t('corrections.status') },
          ]}
          rows={project.capitalChanges.map((change) => ({
            id: change.id,
            cells: [
              <Struck key="date" voided={change.voidedAt !== null}>
                {formatDate(change.date, locale)}
              </Struck>,
              <Struck key="amount" voided={change.voidedAt !== null}>
                <Money vnd={change.amountVnd} />
              </Struck>,
              change.documentNumber ?? t('common.none'),
              change.note ?? '',
              formatDateTime(change.createdAt, locale),
              <RevisionCell
                key="status"
                row={change}
                what={t('corrections.what.capital-change', { date: formatDate(change.date, locale) })}
                anchorPrefix="event"
                correctsId={corrects.capital.get(change.id) ?? null}
                canRevise={canEdit}
              />,
            ],
          }))}
        />
        <EventRevisionPanel
          kind="capital-change"
          target={revise}
          lastResult={revisionAnswer}
          closeHref={`/projects/${project.id}/events`}
        />
        {canEdit ? (
          <FormPerSubmissionKey fresh={submissionKeys.capital} lastResult={answerFor(actionData, 'capital-change')}>
            {(key) => <CapitalChangeForm lastResult={answerFor(actionData, 'capital-change')} submissionKey={key} />}
          </FormPerSubmissionKey>
        ) : null}
      </Section>

      <Section title={t('projectEvents.disbursement.heading')}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="sr-only">{t('project.disbursedCapital')}</dt>
            <dd>
              {t('projectEvents.disbursement.current', {
                amount:
                  project.disbursedCapitalVnd === null
                    ? t('common.notSet')
                    : formatVnd(project.disbursedCapitalVnd, locale),
              })}
            </dd>
          </div>
          <div>
            <dt className="sr-only">{t('projectEvents.disbursement.caption')}</dt>
            <dd>{t('projectEvents.disbursement.total', { amount: formatVnd(sums.disbursementsVnd, locale) })}</dd>
          </div>
        </dl>
        <EventTable
          caption={t('projectEvents.disbursement.caption')}
          empty={t('projectEvents.disbursement.empty')}
          count={sums.disbursementCount}
          headers={[
            { label: t('projectEvents.columns.date') },
            { label: t('projectEvents.columns.amount'), numeric: true },
            { label: t('projectEvents.columns.note') },
            { label: t('projectEvents.columns.recordedAt') },
            { label: t('corrections.status') },
          ]}
          rows={project.disbursements.map((row) => ({
            id: row.id,
            cells: [
              <Struck key="date" voided={row.voidedAt !== null}>
                {formatDate(row.date, locale)}
              </Struck>,
              <Struck key="amount" voided={row.voidedAt !== null}>
                <Money vnd={row.amountVnd} />
              </Struck>,
              row.note ?? '',
              formatDateTime(row.createdAt, locale),
              <RevisionCell
                key="status"
                row={row}
                what={t('corrections.what.disbursement', { date: formatDate(row.date, locale) })}
                anchorPrefix="event"
                correctsId={corrects.disbursement.get(row.id) ?? null}
                canRevise={canEdit}
              />,
            ],
          }))}
        />
        <EventRevisionPanel
          kind="disbursement"
          target={revise}
          lastResult={revisionAnswer}
          closeHref={`/projects/${project.id}/events`}
        />
        {canEdit ? (
          <FormPerSubmissionKey fresh={submissionKeys.disbursement} lastResult={answerFor(actionData, 'disbursement')}>
            {(key) => <DisbursementForm lastResult={answerFor(actionData, 'disbursement')} submissionKey={key} />}
          </FormPerSubmissionKey>
        ) : null}
      </Section>

      <Section title={t('projectEvents.clearance.heading')}>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="sr-only">{t('project.clearanceDoneHa')}</dt>
            <dd>
              {project.clearanceNeededHa === null
                ? t('projectEvents.clearance.current', { done: hectares(project.clearanceDoneHa ?? 0) })
                : t('projectEvents.clearance.currentOfNeeded', {
                    done: hectares(project.clearanceDoneHa ?? 0),
                    needed: hectares(project.clearanceNeededHa),
                  })}
            </dd>
          </div>
          <div>
            <dt className="sr-only">{t('projectEvents.clearance.caption')}</dt>
            <dd>{t('projectEvents.clearance.total', { hectares: hectares(sums.handedOverHa) })}</dd>
          </div>
        </dl>
        <EventTable
          caption={t('projectEvents.clearance.caption')}
          empty={t('projectEvents.clearance.empty')}
          count={sums.handoverCount}
          headers={[
            { label: t('projectEvents.columns.date') },
            { label: t('projectEvents.columns.hectares'), numeric: true },
            { label: t('projectEvents.columns.note') },
            { label: t('projectEvents.columns.recordedAt') },
            { label: t('corrections.status') },
          ]}
          rows={project.clearanceHandovers.map((row) => ({
            id: row.id,
            cells: [
              <Struck key="date" voided={row.voidedAt !== null}>
                {formatDate(row.date, locale)}
              </Struck>,
              <Struck key="hectares" voided={row.voidedAt !== null}>{`${hectares(row.hectares)} ha`}</Struck>,
              row.note ?? '',
              formatDateTime(row.createdAt, locale),
              <RevisionCell
                key="status"
                row={row}
                what={t('corrections.what.clearance', { date: formatDate(row.date, locale) })}
                anchorPrefix="event"
                correctsId={corrects.clearance.get(row.id) ?? null}
                canRevise={canEdit}
              />,
            ],
          }))}
        />
        <EventRevisionPanel
          kind="clearance"
          target={revise}
          lastResult={revisionAnswer}
          closeHref={`/projects/${project.id}/events`}
        />
        {canEdit ? (
          <FormPerSubmissionKey fresh={submissionKeys.clearance} lastResult={answerFor(actionData, 'clearance')}>
            {(key) => <ClearanceForm lastResult={answerFor(actionData, 'clearance')} submissionKey={key} />}
          </FormPerSubmissionKey>
        ) : null}
      </Section>

      <Section title={t('projectEvents.likelihood.heading')}>
        <p className="text-sm text-slate-700">{t('projectEvents.likelihood.intro')}</p>
        {likelihoodStale ? (
          <StaleEditPanel
            title={t('projectEvents.likelihood.staleTitle')}
            explanation={[t('projectEvents.likelihood.staleExplanation')]}
            differences={likelihoodStale.differences}
          />
        ) : null}
        {pending.length === 0 ? (
          <p className="text-slate-700">{t('projectEvents.likelihood.none')}</p>
        ) : canEdit ? (
          <ul className="space-y-3" aria-label={t('projectEvents.likelihood.caption')}>
            {pending.map((milestone) => (
              <LikelihoodRow
                key={milestone.kind}
                milestone={milestone}
                version={project.version}
                answer={answerFor(actionData, 'likelihood') ?? undefined}
              />
            ))}
          </ul>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <caption className="sr-only">{t('projectEvents.likelihood.caption')}</caption>
              <thead className="text-left">
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('projectEvents.likelihood.milestone')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('projectEvents.likelihood.planned')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('projectEvents.likelihood.current')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pending.map((milestone) => (
                  <tr key={milestone.kind} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      {t(`milestone.${milestone.kind}`)}
                    </th>
                    <td className="py-2 pr-4">{formatDate(milestone.plannedDate, locale)}</td>
                    <td className="py-2">
                      {milestone.likelihood
                        ? t(`goals.likelihood.${milestone.likelihood}`, { defaultValue: milestone.likelihood })
                        : t('projectEvents.likelihood.notAssessed')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
