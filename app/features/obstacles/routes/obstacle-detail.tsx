import {
  type SubmissionResult,
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { type ShouldRevalidateFunction, Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { type ReactNode, useId, useMemo } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormPerSubmissionKey, SubmissionKeyField } from '~/components/submission-key-field'
import { buttonClassName } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField, TextareaField } from '~/components/ui/field'
import {
  OBSTACLE_STATUSES,
  type ObstacleStatus,
  allowedNextStatuses,
  daysOverdue,
  isUnresolved,
} from '~/features/obstacles/obstacle-rules'
import { createMeasureSchema, createObstacleStatusSchema } from '~/features/obstacles/obstacle-schema'
import { ObstaclePriority, ObstacleStatusBadge, OverdueBadge } from '~/features/obstacles/obstacle-table'
import {
  ObstacleTransitionError,
  StaleObstacleError,
  addMeasure,
  canFollowUpObstacle,
  changeObstacleStatus,
  departmentExists,
  getObstacle,
  listDepartmentChoices,
} from '~/features/obstacles/obstacle.server'
import { isOneOf } from '~/features/projects/project-vocabulary'
import { actorFor, forbid, requirePermission, requireUser } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { formatDate, formatDateTime, provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'
import { newSubmissionKey } from '~/utils/submission-key'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

function statusOf(status: string): ObstacleStatus {
  return isOneOf(OBSTACLE_STATUSES, status) ? status : 'open'
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:obstacle')
  const obstacle = await getObstacle(params.obstacleId ?? '')
  invariantResponse(obstacle, 'Obstacle not found', 404)
  const today = provinceToday()
  const responsibleIds = obstacle.departments.map(({ department }) => department.id)
  // A deleted project's obstacles are kept for reference, not followed up.
  const canFollowUp = !obstacle.project.deletedAt && canFollowUpObstacle(user, responsibleIds)
  const departments = canFollowUp ? await listDepartmentChoices() : []
  const status = statusOf(obstacle.status)
  return {
    title: `${obstacle.code} ${obstacle.title} · Tiendo`,
    obstacle,
    status,
    overdueDays: daysOverdue(obstacle, today),
    canFollowUp,
    allowed: allowedNextStatuses(status),
    departments,
    measureDefaults: {
      date: toDateInputValue(today),
      // The person's own department if it has one, else the first responsible department.
      departmentId: departments.some((department) => department.id === user.departmentId)
        ? (user.departmentId ?? '')
        : (responsibleIds[0] ?? ''),
    },
    // The measure form's key: sent twice, it records one measure; saved, it gets a new one.
    submissionKey: newSubmissionKey(),
    constraints: {
      measure: getZodConstraint(createMeasureSchema(today)),
      status: getZodConstraint(createObstacleStatusSchema(status)),
    },
  }
}

/** A refused form: which one it was, its messages and the typed values. */
function refused(intent: string, result: SubmissionResult<string[]>, status = 400) {
  return data({ intent, result }, { status })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const obstacle = await getObstacle(params.obstacleId ?? '')
  invariantResponse(obstacle && !obstacle.project.deletedAt, 'Obstacle not found', 404)
  const responsibleIds = obstacle.departments.map(({ department }) => department.id)
  if (!canFollowUpObstacle(user, responsibleIds)) await forbid(user, request, 'update:obstacle', obstacle.id)
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const actor = actorFor(user, request)
  const back = `/obstacles/${obstacle.id}`

  switch (formData.get('intent')) {
    case 'measure': {
      const submission = parseWithZod(formData, { schema: createMeasureSchema(today) })
      if (submission.status !== 'success') return refused('measure', submission.reply())
      const input = submission.value
      return saveOnce(
        {
          key: submission.payload.submissionKey,
          userId: user.id,
          refuse: (formErrors) => refused('measure', submission.reply({ formErrors })),
        },
        async (claim) => {
          if (!(await departmentExists(input.departmentId))) {
            return refused(
              'measure',
              submission.reply({ fieldErrors: { departmentId: ['obstacles.errors.unknownDepartment'] } }),
            )
          }
          await addMeasure(obstacle.id, input, actor, claim)
          return redirectWithToast(back, {
            kind: 'success',
            messageKey: 'obstacles.toast.measureAdded',
            values: { date: formatDate(input.date, locale) },
          })
        },
      )
    }
    case 'status': {
      const submission = parseWithZod(formData, { schema: createObstacleStatusSchema(statusOf(obstacle.status)) })
      // Opened on an older version: someone else moved it meanwhile. Say so, and only that
      // (the page reloads the obstacle, so its allowed statuses may differ now).
      const stale = () => refused('status', { ...submission.reply(), error: { '': ['obstacles.errors.stale'] } }, 409)
      if (Number(formData.get('version')) !== obstacle.version) return stale()
      if (submission.status !== 'success') return refused('status', submission.reply())
      try {
        await changeObstacleStatus(obstacle.id, submission.value, actor, today)
      } catch (error) {
        if (error instanceof StaleObstacleError) return stale()
        if (error instanceof ObstacleTransitionError) {
          return refused('status', submission.reply({ fieldErrors: { toStatus: ['obstacles.errors.transition'] } }))
        }
        throw error
      }
      return redirectWithToast(back, {
        kind: 'success',
        messageKey: 'obstacles.toast.statusChanged',
        values: {
          code: obstacle.code,
          status: serverT(locale)(`obstacles.status.${submission.value.toStatus}`),
        },
      })
    }
    default:
      // No form of this page says that: a stale page or a hand-made request.
      return refused('unknown', { status: 'error', error: { '': ['obstacles.errors.unknownForm'] } })
  }
}

/** After a stale answer the page must show what the other person saved. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 ? true : defaultShouldRevalidate

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>
type ActionData = ReturnType<typeof useActionData<typeof action>>

/** The last answer, if it was for this form. */
function answerFor(actionData: ActionData, intent: string) {
  return actionData && 'intent' in actionData && actionData.intent === intent ? actionData.result : undefined
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  )
}

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

/** A refusal of the whole form (stale page, someone else's form); field messages sit by their fields. */
function FormAlert({ errors, errorId }: { errors: string[] | undefined; errorId: string }) {
  if (!errors?.length) return null
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 md:col-span-2">
      <FieldErrors id={errorId} errors={errors} />
    </div>
  )
}

function MeasureForm({
  lastResult,
  submissionKey,
  departments,
  defaults,
}: {
  lastResult: SubmissionResult<string[]> | undefined
  submissionKey: string
  departments: LoaderData['departments']
  defaults: LoaderData['measureDefaults']
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const navigation = useNavigation()
  const today = useMemo(() => provinceToday(), [])
  const { constraints } = useLoaderData<typeof loader>()
  const onValidate = useDeferredValidation(
    () => import('~/features/obstacles/obstacle-schema').then((m) => m.createMeasureSchema(today)),
    [today],
  )
  const defaultValue: Record<'date' | 'departmentId' | 'description' | 'documentRef', string | undefined> = {
    ...defaults,
    description: undefined,
    documentRef: undefined,
  }
  const [form, fields] = useForm({
    id: 'obstacle-measure',
    constraint: constraints.measure,
    lastResult,
    defaultValue,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'measure'
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      className="grid gap-4 rounded-md border border-slate-200 bg-slate-50 p-4 md:grid-cols-2"
    >
      <h3 className="font-semibold md:col-span-2">{t('obstacles.measures.add')}</h3>
      <input type="hidden" name="intent" value="measure" />
      <SubmissionKeyField value={submissionKey} />
      <FormAlert errors={form.errors} errorId={form.errorId} />
      <TextField
        label={t('obstacles.measures.date')}
        errors={fields.date.errors}
        inputProps={{ ...getInputProps(fields.date, { type: 'date' }), max: toDateInputValue(today) }}
      />
      <SelectField
        label={t('obstacles.measures.department')}
        errors={fields.departmentId.errors}
        placeholder={t('editor.choose')}
        selectProps={getSelectProps(fields.departmentId)}
        options={departments.map((department) => ({
          value: department.id,
          label: localName(department, locale),
        }))}
      />
      <TextareaField
        className="md:col-span-2"
        label={t('obstacles.measures.description')}
        errors={fields.description.errors}
        textareaProps={{ ...getTextareaProps(fields.description), rows: 3 }}
      />
      <TextField
        label={`${t('obstacles.measures.documentRef')} ${t('common.optional')}`}
        hint={t('obstacles.measures.documentRefHint')}
        errors={fields.documentRef.errors}
        inputProps={{ ...getInputProps(fields.documentRef, { type: 'text' }), autoComplete: 'off' }}
      />
      <div className="md:col-span-2">
        <button type="submit" className={buttonClassName('primary')} disabled={busy}>
          {t('obstacles.measures.submit')}
        </button>
      </div>
    </Form>
  )
}

function StatusForm({
  lastResult,
  status,
  version,
  allowed,
}: {
  lastResult: SubmissionResult<string[]> | undefined
  status: ObstacleStatus
  version: number
  allowed: readonly ObstacleStatus[]
}) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const { constraints } = useLoaderData<typeof loader>()
  const onValidate = useDeferredValidation(
    () => import('~/features/obstacles/obstacle-schema').then((m) => m.createObstacleStatusSchema(status)),
    [status],
  )
  const [form, fields] = useForm({
    // A new status is a new form: what was typed for the old one does not carry over.
    id: `obstacle-status-${status}`,
    constraint: constraints.status,
    lastResult,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const chosen = fields.toStatus.value
  const noteLabel =
    chosen === 'resolved'
      ? t('obstacles.statusForm.resolutionNote')
      : chosen === 'closed'
        ? t('obstacles.statusForm.closedReason')
        : `${t('obstacles.statusForm.note')} ${t('common.optional')}`
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'status'
  return (
    <Form method="post" {...getFormProps(form)} className="grid gap-4 md:grid-cols-2">
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="version" value={String(version)} />
      <FormAlert errors={form.errors} errorId={form.errorId} />
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
        <button type="submit" className={buttonClassName('primary')} disabled={busy}>
          {t('obstacles.statusForm.submit')}
        </button>
      </div>
    </Form>
  )
}

export default function ObstaclePage() {
  const { obstacle, status, overdueDays, canFollowUp, allowed, departments, measureDefaults, submissionKey } =
    useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const none = <span className="text-slate-600">{t('common.notSet')}</span>
  const departmentName = (department: { nameVi: string; nameEn: string }) => localName(department, locale)
  const unknownForm = answerFor(actionData, 'unknown')

  return (
    <div className="space-y-6">
      {obstacle.project.deletedAt ? (
        <p role="status" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          {t('obstacles.detail.deletedProject', { date: formatDate(obstacle.project.deletedAt, locale) })}
        </p>
      ) : null}

      <p className="text-sm">
        <AppLink to="/obstacles" className="text-brand-700 underline underline-offset-2">
          {t('obstacles.detail.allObstacles')}
        </AppLink>
      </p>

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="font-mono text-sm text-slate-700">{obstacle.code}</p>
          <h1 className="text-2xl font-semibold">{obstacle.title}</h1>
          <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
            <ObstacleStatusBadge status={obstacle.status} />
            <OverdueBadge days={overdueDays} />
            <span>{t(`obstacles.category.${obstacle.category}`, { defaultValue: obstacle.category })}</span>
            <span aria-hidden="true">·</span>
            <span>
              {t('obstacles.detail.priority')}: <ObstaclePriority priority={obstacle.priority} />
            </span>
          </p>
        </div>
        {canFollowUp ? (
          <AppLink to={`/obstacles/${obstacle.id}/edit`} className={buttonClassName('secondary')}>
            {t('obstacles.detail.edit')}
          </AppLink>
        ) : null}
      </div>

      {unknownForm ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <FieldErrors id="obstacle-form-error" errors={unknownForm.error?.[''] ?? undefined} />
        </div>
      ) : null}

      <Section title={t('obstacles.detail.facts')}>
        <dl className="divide-y divide-slate-100">
          <Item label={t('obstacles.detail.project')}>
            <AppLink to={`/projects/${obstacle.project.id}`} className="text-brand-700 underline underline-offset-2">
              {obstacle.project.name}
            </AppLink>{' '}
            <span className="font-mono text-xs text-slate-700">({obstacle.project.code})</span>
          </Item>
          <Item label={t('obstacles.detail.deadline')}>
            <span className={overdueDays > 0 ? 'font-semibold text-red-900' : undefined}>
              {formatDate(obstacle.deadline, locale)}
            </span>{' '}
            {overdueDays > 0 ? (
              <OverdueBadge days={overdueDays} />
            ) : isUnresolved(obstacle.status) ? (
              <span className="text-slate-700">({t('obstacles.detail.notOverdue')})</span>
            ) : null}
          </Item>
          <Item label={t('obstacles.detail.departments')}>
            <ul>
              {obstacle.departments.map(({ department }) => (
                <li key={department.id}>
                  {departmentName(department)} <span className="text-slate-600">({department.code})</span>
                </li>
              ))}
            </ul>
          </Item>
          <Item label={t('obstacles.detail.raisedOn')}>{formatDate(obstacle.raisedOn, locale)}</Item>
          <Item label={t('obstacles.detail.raisedBy')}>
            {t(`obstacles.raisedByKind.${obstacle.raisedByKind}`, { defaultValue: obstacle.raisedByKind })}:{' '}
            {obstacle.raisedByName}
          </Item>
          {obstacle.meeting ? (
            <Item label={t('obstacles.detail.meeting')}>
              <AppLink to={`/meetings/${obstacle.meeting.id}`} className="text-brand-700 underline underline-offset-2">
                {t('obstacles.detail.meetingLink', {
                  date: formatDate(obstacle.meeting.date, locale),
                  place: obstacle.meeting.place,
                })}
              </AppLink>
            </Item>
          ) : null}
          <Item label={t('obstacles.detail.description')}>
            {obstacle.description ? <span className="whitespace-pre-line">{obstacle.description}</span> : none}
          </Item>
          {obstacle.resolutionNote ? (
            <Item label={t('obstacles.detail.resolutionNote')}>
              <span className="whitespace-pre-line">{obstacle.resolutionNote}</span>
            </Item>
          ) : null}
          {obstacle.closedReason ? (
            <Item label={t('obstacles.detail.closedReason')}>
              <span className="whitespace-pre-line">{obstacle.closedReason}</span>
            </Item>
          ) : null}
          {obstacle.finishedOn ? (
            <Item label={t('obstacles.detail.finishedOn')}>{formatDate(obstacle.finishedOn, locale)}</Item>
          ) : null}
        </dl>
      </Section>

      <Section title={t('obstacles.measures.title')}>
        {obstacle.measures.length === 0 ? (
          <p className="text-slate-700">{t('obstacles.measures.empty')}</p>
        ) : (
          <ol aria-label={t('obstacles.measures.listLabel')} className="space-y-3 border-l-2 border-slate-300 pl-4">
            {obstacle.measures.map((measure) => (
              <li key={measure.id} className="rounded-md border border-slate-200 p-3">
                <p className="text-sm font-medium text-slate-800">
                  <time dateTime={toDateInputValue(measure.date)}>{formatDate(measure.date, locale)}</time>
                  <span aria-hidden="true"> · </span>
                  <span className="sr-only">, </span>
                  {departmentName(measure.department)}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-900">{measure.description}</p>
                {measure.documentRef ? (
                  <p className="mt-1 text-sm text-slate-700">
                    {t('obstacles.measures.document', { ref: measure.documentRef })}
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-slate-600">
                  {measure.enteredByName
                    ? `${t('obstacles.measures.enteredBy', { name: measure.enteredByName })} · `
                    : ''}
                  {formatDateTime(measure.createdAt, locale)}
                </p>
              </li>
            ))}
          </ol>
        )}
        {canFollowUp ? (
          <FormPerSubmissionKey fresh={submissionKey} lastResult={answerFor(actionData, 'measure')}>
            {(formKey) => (
              <MeasureForm
                lastResult={answerFor(actionData, 'measure')}
                submissionKey={formKey}
                departments={departments}
                defaults={measureDefaults}
              />
            )}
          </FormPerSubmissionKey>
        ) : null}
      </Section>

      {canFollowUp ? (
        <Section title={t('obstacles.statusForm.title')}>
          <p>{t('obstacles.statusForm.current', { status: t(`obstacles.status.${status}`) })}</p>
          {allowed.length === 0 ? (
            <p>{t('obstacles.statusForm.none')}</p>
          ) : (
            <StatusForm
              key={`${status}-${obstacle.version}`}
              lastResult={answerFor(actionData, 'status')}
              status={status}
              version={obstacle.version}
              allowed={allowed}
            />
          )}
        </Section>
      ) : (
        <p className="text-sm text-slate-700">{t('obstacles.detail.readOnly')}</p>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
