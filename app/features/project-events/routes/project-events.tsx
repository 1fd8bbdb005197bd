import { type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { FormPerSubmissionKey } from '~/components/submission-key-field'
import { Alert } from '~/components/ui/alert'
import { FieldErrors } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { EventForm } from '~/features/project-events/event-form'
import { EVENT_KIND, EVENT_KINDS, type EventKind, parseEventKind } from '~/features/project-events/event-kinds'
import { EventRevisionPanel } from '~/features/project-events/event-revision'
import { answerEventRevision, findRevisionTarget } from '~/features/project-events/event-revision.server'
import { EventTable, EventTotals } from '~/features/project-events/event-table'
import { LikelihoodSection } from '~/features/project-events/milestone-likelihood'
import { answerMilestoneLikelihood, pendingMilestones } from '~/features/project-events/milestone-likelihood.server'
import { createEventSchema } from '~/features/project-events/project-events-schema'
import { addProjectEvent, getProjectEvents, getProjectForEvents } from '~/features/project-events/project-events.server'
import { parseRevisionIntent } from '~/features/project-events/revision-intent'
import { actorFor, ensurePermission, requirePermission, requireUser } from '~/utils/auth.server'
import { formatDate, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { SUBMISSION_KEY_FIELD, newSubmissionKey } from '~/utils/submission-key'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

/** One value per kind of event, under its strings' name (capital, disbursement, clearance). */
function perKind<T>(make: (kind: EventKind) => T) {
  const entries = EVENT_KINDS.map((kind) => [EVENT_KIND[kind].strings, make(kind)] as const)
  return Object.fromEntries(entries) as Record<(typeof entries)[number][0], T>
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:project')
  const project = await getProjectEvents(params.projectId ?? '')
  invariantResponse(project, 'Project not found', 404)
  const locale = getLocale(request)
  const { milestones: _milestones, ...rest } = project
  const canEdit = !project.deletedAt && hasPermission(user, 'update:project', project)
  return {
    title: `${serverT(locale)('projectEvents.title')}: ${project.name} · Tiendo`,
    project: rest,
    pending: pendingMilestones(project),
    canEdit,
    // The entry a row's "Correct" or "Void" link opened (docs/decisions/013).
    revise: canEdit ? findRevisionTarget(new URL(request.url).searchParams, project, locale, provinceToday()) : null,
    // A key per form: sent twice, a form writes once (a disbursement must not count twice);
    // saved, it is drawn empty with the next key (docs/decisions/007).
    submissionKeys: perKind(() => newSubmissionKey()),
    constraints: perKind((kind) => getZodConstraint(createEventSchema(kind, locale, provinceToday()))),
  }
}

/** The answer to a refused form: which form it was, its messages and typed values. */
function refused(intent: string, result: SubmissionResult<string[]>) {
  return data({ intent, result, stale: undefined }, { status: 400 })
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
  const intent = formData.get('intent')

  // A row corrected or voided (docs/decisions/013): permission checked above, like an entry.
  const revision = parseRevisionIntent(intent)
  if (revision) return answerEventRevision({ formData, ...revision, projectId: project.id, locale, today, actor })
  if (intent === 'likelihood') return answerMilestoneLikelihood({ formData, projectId: project.id, locale, actor })
  const kind = parseEventKind(intent)
  // No form of this page says that: a stale page or a hand-made request.
  if (!kind) return refused('unknown', { status: 'error', error: { '': ['goals.errors.unknownForm'] } })

  const submission = parseWithZod(formData, { schema: createEventSchema(kind, locale, today) })
  if (submission.status !== 'success') return refused(kind, submission.reply())
  const { intent: _intent, ...input } = submission.value
  // Saved at most once per key: a refusal answers with the form's messages, a save with the page.
  return saveOnce(
    {
      key: formData.get(SUBMISSION_KEY_FIELD),
      userId: user.id,
      refuse: (formErrors) => refused(kind, submission.reply({ formErrors })),
    },
    async (claim) => {
      const outcome = await addProjectEvent(kind, project.id, input, actor, claim)
      if (!outcome.ok) return refused(kind, submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }))
      return redirectWithToast(`/projects/${project.id}/events`, {
        kind: 'success',
        messageKey: `projectEvents.${EVENT_KIND[kind].strings}.added`,
        values: { date: formatDate(input.date, locale) },
      })
    },
  )
}

type ActionData = ReturnType<typeof useActionData<typeof action>>

/** The last answer, if it was for this form. */
function answerFor(actionData: ActionData, intent: string) {
  return actionData && 'intent' in actionData && actionData.intent === intent ? actionData.result : undefined
}

export default function ProjectEventsPage() {
  const { project, pending, canEdit, submissionKeys, constraints, revise } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const unknownForm = answerFor(actionData, 'unknown')
  // The open correction or void panel's answer (docs/decisions/013).
  const revisionAnswer = revise ? answerFor(actionData, `${revise.mode}-${revise.kind}`) : undefined
  const likelihoodStale = actionData && 'stale' in actionData ? actionData.stale : undefined

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h2 className="sr-only">{t('projectEvents.title')}</h2>
        <p className="text-slate-700">{t('projectEvents.intro')}</p>
        {canEdit ? null : <p className="text-sm text-slate-700">{t('projectEvents.readOnly')}</p>}
        {unknownForm ? (
          <Alert>
            <FieldErrors id="events-form-error" errors={unknownForm.error?.[''] ?? undefined} />
          </Alert>
        ) : null}
      </div>

      {EVENT_KINDS.map((kind) => {
        const { strings, list, sums } = EVENT_KIND[kind]
        const answer = answerFor(actionData, kind)
        return (
          <Section key={kind} title={t(`projectEvents.${strings}.heading`)} spacing="space-y-4">
            <EventTotals kind={kind} project={project} sum={project.sums[sums.amount]} />
            <EventTable kind={kind} rows={project[list]} count={project.sums[sums.count]} canRevise={canEdit} />
            <EventRevisionPanel
              kind={kind}
              target={revise}
              lastResult={revisionAnswer}
              closeHref={`/projects/${project.id}/events`}
            />
            {canEdit ? (
              <FormPerSubmissionKey fresh={submissionKeys[strings]} lastResult={answer}>
                {(key) => (
                  <EventForm kind={kind} constraint={constraints[strings]} lastResult={answer} submissionKey={key} />
                )}
              </FormPerSubmissionKey>
            ) : null}
          </Section>
        )
      })}

      <LikelihoodSection
        pending={pending}
        version={project.version}
        canEdit={canEdit}
        answer={answerFor(actionData, 'likelihood')}
        stale={likelihoodStale}
      />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
