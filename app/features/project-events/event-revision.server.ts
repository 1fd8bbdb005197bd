import { type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { createEventCorrectionSchema, createEventVoidSchema } from '~/features/project-events/event-correction-schema'
import { EVENT_KIND, EVENT_KINDS, type EventKind } from '~/features/project-events/event-kinds'
import { correctProjectEvent, voidProjectEvent } from '~/features/project-events/project-event-corrections.server'
import { type RevisionMode, revisionIntent } from '~/features/project-events/revision-intent'
import { type Actor } from '~/utils/audit.server'
import { formatDate } from '~/utils/format'
import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { redirectWithToast } from '~/utils/toast.server'

/**
 * The events page's corrections and voids (docs/decisions/013), kept apart from its entry
 * forms: which row a `?correct=` or `?void=` link opens, and the action's answer to those
 * forms. The route checks the reader may edit the project before calling either.
 */

type Revisable = {
  id: string
  date: Date
  note: string | null
  voidedAt: Date | null
  amountVnd?: bigint
  hectares?: number
  documentNumber?: string | null
}

/** The project's lists of each kind of event, as the page shows them. */
type EventLists = Record<(typeof EVENT_KIND)[EventKind]['list'], readonly Revisable[]>

/**
 * The row a `?correct=<id>` or `?void=<id>` link names, among the rows the page lists (the
 * links are only on those), with its form's constraints; a 404 for an id the project does
 * not have.
 */
export function findRevisionTarget(search: URLSearchParams, lists: EventLists, locale: Locale, today: Date) {
  const mode: RevisionMode | null = search.has('correct') ? 'correct' : search.has('void') ? 'void' : null
  if (!mode) return null
  const id = search.get(mode)
  const [target] = EVENT_KINDS.flatMap((kind) => {
    const entry = lists[EVENT_KIND[kind].list].find((row) => row.id === id)
    return entry ? [{ kind, entry }] : []
  })
  invariantResponse(target, 'Entry not found', 404)
  const { kind, entry } = target
  return {
    mode,
    kind,
    entry: {
      id: entry.id,
      date: entry.date,
      amountVnd: entry.amountVnd ?? null,
      hectares: entry.hectares ?? null,
      documentNumber: entry.documentNumber ?? null,
      note: entry.note,
      voidedAt: entry.voidedAt,
    },
    constraint: getZodConstraint(
      mode === 'correct' ? createEventCorrectionSchema(kind, locale, today) : createEventVoidSchema(kind),
    ),
  }
}

/** The answer to a refused correction or void: which form it was, its messages and what was typed. */
function refusedRevision(intent: string, result: SubmissionResult<string[]>) {
  return data({ intent, result }, { status: 400 })
}

/**
 * A correction or void sent from the events page: 400 with the form's messages, 404 for a
 * row the project does not have, or back to the page with a toast.
 */
export async function answerEventRevision({
  formData,
  mode,
  kind,
  projectId,
  locale,
  today,
  actor,
}: {
  formData: FormData
  mode: RevisionMode
  kind: EventKind
  projectId: string
  locale: Locale
  today: Date
  actor: Actor
}) {
  const intent = revisionIntent(mode, kind)
  let outcome: Awaited<ReturnType<typeof voidProjectEvent>>
  let reply: (options: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => SubmissionResult<string[]>
  if (mode === 'correct') {
    const submission = parseWithZod(formData, { schema: createEventCorrectionSchema(kind, locale, today) })
    if (submission.status !== 'success') return refusedRevision(intent, submission.reply())
    const { intent: _intent, id, ...values } = submission.value
    outcome = await correctProjectEvent(kind, projectId, id, values, actor)
    reply = (options) => submission.reply(options)
  } else {
    const submission = parseWithZod(formData, { schema: createEventVoidSchema(kind) })
    if (submission.status !== 'success') return refusedRevision(intent, submission.reply())
    outcome = await voidProjectEvent(kind, projectId, submission.value.id, submission.value.reason, actor)
    reply = (options) => submission.reply(options)
  }
  invariantResponse(!('notFound' in outcome), 'Entry not found', 404)
  if (!outcome.ok) {
    const { field, error } = outcome
    return refusedRevision(
      intent,
      reply(field === '' ? { formErrors: [error] } : { fieldErrors: { [field]: [error] } }),
    )
  }
  const t = serverT(locale)
  const what = t(`corrections.what.${kind}`, { date: formatDate(outcome.date, locale) })
  return redirectWithToast(`/projects/${projectId}/events`, {
    kind: 'success',
    messageKey: mode === 'correct' ? 'corrections.savedCorrection' : 'corrections.voidedDone',
    values: { what },
  })
}
