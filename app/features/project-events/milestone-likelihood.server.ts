import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { type Likelihood } from '~/features/goals/goal-vocabulary'
import { LikelihoodSchema } from '~/features/project-events/project-events-schema'
import { type EventResult } from '~/features/project-events/project-events.server'
import { MILESTONE_KINDS, type MilestoneKind } from '~/features/projects/project-vocabulary'
import { type Actor, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type StaleEditAnswer, differingFields, replyOnVersion } from '~/utils/edit-conflict'
import { formatDate } from '~/utils/format'
import { serverT } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { redirectWithToast } from '~/utils/toast.server'

/**
 * How likely each planned milestone of a project is to hold (low / medium / high, or not
 * assessed): it weights the goals' forecast, apart from the actual. Set on the project's
 * events page, beside its dated events.
 */

/** Whether a milestone has been reached (policy approval and IRC by the legal dates). */
export function milestoneReached(
  kind: string,
  milestone: { actualDate: Date | null },
  project: { policyDecisionDate: Date | null; ircDate: Date | null },
) {
  if (kind === 'policy_approval') return project.policyDecisionDate !== null
  if (kind === 'irc') return project.ircDate !== null
  return milestone.actualDate !== null
}

/** A likelihood refused as stale: the milestone as it is saved now, and the project's version. */
export type StaleLikelihood = {
  ok: false
  stale: true
  current: { version: number; plannedDate: Date | null; likelihood: string | null }
}

/**
 * How likely a planned milestone is to hold (low / medium / high, or not assessed). Only
 * a milestone that is planned and not yet reached has one: the forecast weighs only those.
 *
 * A milestone belongs to its project: the project's form rewrites its dates (and its rows),
 * so the project's version is the one its likelihood is set on. A likelihood given while
 * looking at an older version (or none) — the planned date may have moved since — is
 * refused (stale) and nothing is written; a saved one moves the version on, like every
 * other write to the project. Sending the likelihood already saved is simply done.
 */
export async function setMilestoneLikelihood(
  projectId: string,
  kind: MilestoneKind,
  likelihood: Likelihood | null,
  version: number | undefined,
  actor: Actor,
): Promise<EventResult | StaleLikelihood> {
  await ensureDb()
  return prisma.$transaction(async (tx): Promise<EventResult | StaleLikelihood> => {
    const milestone = await tx.milestone.findUnique({
      where: { projectId_kind: { projectId, kind } },
      select: { id: true, plannedDate: true, actualDate: true, likelihood: true },
    })
    const project = await tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { policyDecisionDate: true, ircDate: true, version: true },
    })
    if (!milestone?.plannedDate || milestoneReached(kind, milestone, project)) {
      return { ok: false, field: 'likelihood', error: 'goals.errors.milestoneNotPending' }
    }
    if (milestone.likelihood === likelihood) return { ok: true }
    const stale: StaleLikelihood = {
      ok: false,
      stale: true,
      current: { version: project.version, plannedDate: milestone.plannedDate, likelihood: milestone.likelihood },
    }
    if (version === undefined) return stale
    const { count } = await tx.project.updateMany({
      where: { id: projectId, version },
      data: { version: { increment: 1 } },
    })
    if (count === 0) return stale
    await tx.milestone.update({ where: { id: milestone.id }, data: { likelihood } })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'project',
      entityId: projectId,
      changes: { [`milestone.${kind}.likelihood`]: [milestone.likelihood, likelihood] },
    })
    return { ok: true }
  })
}

/** Planned and not reached: the milestones whose likelihood weights the forecast, in their order. */
export function pendingMilestones(project: {
  milestones: readonly { kind: string; plannedDate: Date | null; actualDate: Date | null; likelihood: string | null }[]
  policyDecisionDate: Date | null
  ircDate: Date | null
}) {
  return MILESTONE_KINDS.flatMap((kind) => {
    const row = project.milestones.find((milestone) => milestone.kind === kind)
    if (!row?.plannedDate || milestoneReached(kind, row, project)) return []
    return [{ kind, plannedDate: row.plannedDate, likelihood: row.likelihood }]
  })
}

/**
 * The answer of the events page to a likelihood form: 400 with its message, 409 with what
 * differs when the page was opened before the project last changed (nothing is written; the
 * choice is shown beside what is saved now), or back to the page with a toast.
 */
export async function answerMilestoneLikelihood({
  formData,
  projectId,
  locale,
  actor,
}: {
  formData: FormData
  projectId: string
  locale: Locale
  actor: Actor
}) {
  const refused = (result: SubmissionResult<string[]>, status = 400, stale?: StaleEditAnswer) =>
    data({ intent: 'likelihood', result, stale }, { status })
  const submission = parseWithZod(formData, { schema: LikelihoodSchema })
  if (submission.status !== 'success') return refused(submission.reply())
  const { milestoneKind, likelihood, version, plannedDate } = submission.value
  const outcome = await setMilestoneLikelihood(projectId, milestoneKind, likelihood ?? null, version, actor)
  const t = serverT(locale)
  if (!outcome.ok && 'stale' in outcome) {
    // Someone changed the project since the page was opened (its planned date may have moved).
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
    return refused(replyOnVersion(submission.reply(), current.version), 409, { differences })
  }
  if (!outcome.ok) return refused(submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] } }))
  return redirectWithToast(`/projects/${projectId}/events`, {
    kind: 'success',
    messageKey: 'projectEvents.likelihood.saved',
    values: { milestone: t(`milestone.${milestoneKind}`) },
  })
}
