import { Form } from '@remix-run/react'
import { StaleEditPanel } from '~/components/edit-conflict'
import { type LastResult } from '~/components/forms'
import { buttonClassName } from '~/components/ui/button'
import { SelectField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { LIKELIHOODS } from '~/features/goals/goal-vocabulary'
import { type MilestoneKind } from '~/features/projects/project-vocabulary'
import { type FieldDifference } from '~/utils/edit-conflict'
import { formatDate, toDateInputValue } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The events page's last part: how likely each planned milestone not yet reached is to hold
 * (which weights the goals' forecast), one small form per milestone for those who may edit
 * the project, a table for the others.
 */

export type PendingMilestone = { kind: MilestoneKind; plannedDate: Date; likelihood: string | null }

function LikelihoodRow({
  milestone,
  version,
  answer,
}: {
  milestone: PendingMilestone
  /** The project's version the page shows: the likelihood is set on it. */
  version: number
  answer: LastResult
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

/** The milestones as a table, for a reader who may not change them. */
function LikelihoodTable({ pending }: { pending: readonly PendingMilestone[] }) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
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
  )
}

export function LikelihoodSection({
  pending,
  version,
  canEdit,
  answer,
  stale,
}: {
  pending: readonly PendingMilestone[]
  version: number
  canEdit: boolean
  /** The action's answer to a likelihood form. */
  answer: LastResult
  /** Set when the likelihood was given on a page opened before the project last changed. */
  stale: { differences: readonly FieldDifference[] } | undefined
}) {
  const { t } = useTranslation()
  return (
    <Section title={t('projectEvents.likelihood.heading')} spacing="space-y-4">
      <p className="text-sm text-slate-700">{t('projectEvents.likelihood.intro')}</p>
      {stale ? (
        <StaleEditPanel
          title={t('projectEvents.likelihood.staleTitle')}
          explanation={[t('projectEvents.likelihood.staleExplanation')]}
          differences={stale.differences}
        />
      ) : null}
      {pending.length === 0 ? (
        <p className="text-slate-700">{t('projectEvents.likelihood.none')}</p>
      ) : canEdit ? (
        <ul className="space-y-3" aria-label={t('projectEvents.likelihood.caption')}>
          {pending.map((milestone) => (
            <LikelihoodRow key={milestone.kind} milestone={milestone} version={version} answer={answer} />
          ))}
        </ul>
      ) : (
        <LikelihoodTable pending={pending} />
      )}
    </Section>
  )
}
