import { Section } from '~/components/ui/section'
import { METRIC_ACCUMULATION } from '~/features/goals/goal-vocabulary'
import type { GoalProgress } from '~/features/goals/goal.server'
import { formatActual } from '~/features/progress/goal-card'
import { formatGoalValue, formatPercent } from '~/features/progress/goal-format'
import { RULE_MARGINS, explainProgress } from '~/features/progress/progress-view'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** How the status was decided: the rule in words, then the rule applied to this goal's figures. */
export function GoalRulePanel({
  goal,
  progress,
  unitOf,
}: {
  goal: { direction: string; monthlyPhasing: string | null }
  progress: GoalProgress
  unitOf: string | null
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const format = (value: number) => formatGoalValue(value, progress.unit, unitOf, locale, t)
  const direction = goal.direction === 'at_most' ? 'at_most' : 'at_least'
  const accumulation = METRIC_ACCUMULATION[progress.metric]
  const explanation = explainProgress(progress, direction)
  return (
    <Section title={t('progress.rule.title')}>
      <p className="text-slate-800">
        {accumulation === 'level'
          ? t('progress.rule.level')
          : goal.monthlyPhasing
            ? t('progress.rule.cumulativePhased')
            : t('progress.rule.cumulative')}
      </p>
      <p className="text-slate-800">
        {t(direction === 'at_most' ? 'progress.rule.atMost' : 'progress.rule.atLeast', RULE_MARGINS)}
      </p>
      <p className="text-slate-800">{t('progress.rule.noData')}</p>
      <h3 className="font-semibold">{t('progress.rule.appliedTitle')}</h3>
      <p className="text-slate-900">
        {t(`progress.rule.applied.${explanation.case}`, {
          actual: progress.actual === null ? '' : formatActual(progress, unitOf, locale, t),
          target: format(progress.target),
          expected: format(progress.expected),
          gap: explanation.case === 'behind' ? format(explanation.gap) : '',
          gapShare: explanation.case === 'behind' ? formatPercent(explanation.gapShare * 100, locale) : '',
          status: t(`progress.status.${progress.status}`),
        })}
      </p>
    </Section>
  )
}
