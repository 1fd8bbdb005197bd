import { type TFunction } from 'i18next'
import { formatGoalTarget, goalPeriodText, goalScopeText } from '~/features/goals/goal-display'
import { getScopeProjectNames } from '~/features/goals/goal-editor-data.server'
import { type GoalInput, phasingForInput } from '~/features/goals/goal-schema'
import { getGoal } from '~/features/goals/goal.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type FieldDifference, differingFields } from '~/utils/edit-conflict'
import { serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'

/** A goal's editable values, stored (words as the database keeps them) or just sent. */
type GoalValues = Omit<GoalInput, 'metric' | 'direction' | 'scopeType'> & {
  metric: string
  direction: string
  scopeType: string
}

type Named = { nameVi: string; nameEn: string }

/** The names both sides refer to by id: departments, indicators, scoped projects. */
async function namesFor(goals: GoalValues[]) {
  await ensureDb()
  const ids = (pick: (goal: GoalValues) => string | null) => [
    ...new Set(goals.map(pick).filter((id): id is string => Boolean(id))),
  ]
  const [departments, indicators, projectNames] = await Promise.all([
    prisma.department.findMany({
      where: { id: { in: ids((goal) => goal.departmentId) } },
      select: { id: true, nameVi: true, nameEn: true },
    }),
    prisma.indicator.findMany({
      where: { id: { in: ids((goal) => goal.indicatorId) } },
      select: { id: true, nameVi: true, nameEn: true, unit: true },
    }),
    getScopeProjectNames(ids((goal) => (goal.scopeType === 'project' ? goal.scopeValue : null))),
  ])
  return {
    departments: new Map(departments.map((row) => [row.id, row])),
    indicators: new Map(indicators.map((row) => [row.id, row])),
    projectNames,
  }
}

/** Each field of a goal as the editor's reader says it. */
function goalInWords(goal: GoalValues, names: Awaited<ReturnType<typeof namesFor>>, locale: Locale, t: TFunction) {
  const name = (row: Named | undefined) => (row ? localName(row, locale) : '')
  const indicator = goal.indicatorId ? names.indicators.get(goal.indicatorId) : undefined
  return {
    title: goal.title,
    titleEn: goal.titleEn ?? '',
    periodKey: goalPeriodText(goal.periodKey, locale),
    metric: t(`goals.metric.${goal.metric}`),
    indicatorId: name(indicator),
    target: formatGoalTarget({ ...goal, indicator }, locale, t),
    direction: t(`goals.direction.${goal.direction}`),
    scope: goalScopeText(goal, t, names.projectNames),
    departmentId: name(names.departments.get(goal.departmentId)),
    sourceTitle: goal.sourceTitle ?? '',
    sourceUrl: goal.sourceUrl ?? '',
    monthlyPhasing: phasingForInput(goal.monthlyPhasing, locale),
  }
}

/**
 * A goal edit refused as stale: the fields where what was sent differs from the goal as
 * it is saved now, each with both values in words, and the version it is saved on. Null
 * when the goal is gone. Fields are compared by their stored values (a target of 2e8
 * is the same whatever its words), in the form's order.
 */
export async function describeGoalConflict(
  mine: GoalInput,
  goalId: string,
  locale: Locale,
): Promise<{ version: number; differences: FieldDifference[] } | null> {
  const current = await getGoal(goalId)
  if (!current) return null
  const t = serverT(locale)
  const names = await namesFor([mine, current])
  const mineWords = goalInWords(mine, names, locale, t)
  const currentWords = goalInWords(current, names, locale, t)
  const row = (field: keyof typeof mineWords, label: string, differs: boolean) => ({
    field,
    label,
    mine: mineWords[field],
    current: currentWords[field],
    differs,
  })
  return {
    version: current.version,
    differences: differingFields([
      row('title', t('goals.form.title'), mine.title !== current.title),
      row('titleEn', t('goals.form.titleEn'), mine.titleEn !== current.titleEn),
      row('periodKey', t('goals.form.sections.period'), mine.periodKey !== current.periodKey),
      row('metric', t('goals.form.metric'), mine.metric !== current.metric),
      row('indicatorId', t('goals.form.indicator'), mine.indicatorId !== current.indicatorId),
      row('target', t('goals.list.columns.target'), mine.target !== current.target),
      row('direction', t('goals.form.direction'), mine.direction !== current.direction),
      row(
        'scope',
        t('goals.form.scopeType'),
        mine.scopeType !== current.scopeType || mine.scopeValue !== current.scopeValue,
      ),
      row('departmentId', t('goals.form.department'), mine.departmentId !== current.departmentId),
      row('sourceTitle', t('goals.form.sourceTitle'), mine.sourceTitle !== current.sourceTitle),
      row('sourceUrl', t('goals.form.sourceUrl'), mine.sourceUrl !== current.sourceUrl),
      row('monthlyPhasing', t('goals.form.monthlyPhasing'), mine.monthlyPhasing !== current.monthlyPhasing),
    ]),
  }
}
