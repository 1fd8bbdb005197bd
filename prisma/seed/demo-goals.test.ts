/**
 * The demo's goals, seeded as of several days: whatever day the demo starts on, the
 * progress overview of that quarter shows a goal met, one on track, one at risk and one
 * off track — judged by the app's own progress code.
 */
import { describe, expect, it } from 'vitest'
import { getGoalProgress, listGoalsForPeriod } from '~/features/goals/goal.server'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { type Period, elapsedFraction, quarterOf } from '~/utils/period'
import { clearDatabase } from './clear'
import { constructionStartPlan, seedDemoGoals } from './demo-goals'
import { seedDemoProjects } from './demo-projects'
import { seedReferenceData } from './reference-data'
import { day } from './sqlite-values'

async function seedAsOf(today: Date) {
  await prisma.$transaction(
    async (tx) => {
      await clearDatabase(tx)
      await seedReferenceData(tx)
      await seedDemoProjects(tx)
      await seedDemoGoals(tx, { today })
    },
    { timeout: 60_000 },
  )
}

async function statusesOf(period: Period, today: Date) {
  const goals = await listGoalsForPeriod(period)
  const progress = await Promise.all(goals.map((goal) => getGoalProgress(goal, today)))
  return goals.map((goal, i) => ({ title: goal.title, metric: goal.metric, status: progress[i]?.status }))
}

describe('demo goals', () => {
  it.each([
    ['today', provinceToday()],
    ['the first day of a year', day('2027-01-01')],
    ['a day early in a quarter', day('2027-04-12')],
    ['the middle of a quarter', day('2028-08-15')],
    ['the last day of a quarter', day('2027-03-31')],
  ])('show every status in the quarter of %s', async (_label, today) => {
    await seedAsOf(today)
    const goals = await statusesOf(quarterOf(today), today)
    const statuses = new Set(goals.map((goal) => goal.status))
    for (const status of ['met', 'on_track', 'at_risk', 'off_track'] as const) {
      expect(statuses, `${status} among ${JSON.stringify(goals, null, 1)}`).toContain(status)
    }
    const byMetric = (metric: string) => goals.find((goal) => goal.metric === metric)?.status
    expect(byMetric('fdi_attracted_usd')).toBe('on_track')
    expect(byMetric('clearance_handed_over_ha')).toBe('met')
    if (elapsedFraction(quarterOf(today), today) > 0.4) {
      expect(byMetric('construction_starts')).toBe('at_risk')
      expect(byMetric('capital_disbursed_vnd')).toBe('off_track')
    }
    // The FDI project the e2e journey licenses is still waiting for its IRC.
    const bGrimm = await prisma.project.findUniqueOrThrow({ where: { code: 'QN-2025-005' } })
    expect(bGrimm.ircDate).toBeNull()
    expect(bGrimm.investmentType).toBe('fdi')
    // Re-planned milestones stay in the lifecycle's order, so the editor still saves them.
    for (const code of ['QN-2025-005', 'QN-2025-003']) {
      const milestones = await prisma.milestone.findMany({ where: { project: { code } } })
      const planned = MILESTONE_KINDS.flatMap((kind) => {
        const date = milestones.find((milestone) => milestone.kind === kind)?.plannedDate
        return date ? [date.getTime()] : []
      })
      expect(planned, code).toEqual([...planned].sort((a, b) => a - b))
    }
  })

  it('records the article goals of 2025 and the corrected IIP figure', async () => {
    const today = day('2026-11-23')
    await seedAsOf(today)
    const q3 = await statusesOf({ kind: 'quarter', year: 2025, index: 3 }, today)
    expect(q3.map((goal) => [goal.metric, goal.status])).toEqual(
      expect.arrayContaining([
        ['fdi_attracted_usd', 'met'],
        ['statistic', 'off_track'],
        ['construction_starts', 'off_track'],
      ]),
    )
    const iip = await prisma.statisticEntry.findMany({
      where: { indicator: { code: 'iip_growth' }, periodKey: '2025-M7' },
      orderBy: { createdAt: 'asc' },
    })
    expect(iip.map((entry) => entry.value)).toEqual([14.6, 15.08])
    // Adjustments raise the registered capital, so the IRC's own capital stays as licensed.
    const songKhoai = await prisma.project.findUniqueOrThrow({
      where: { code: 'QN-2025-008' },
      include: { capitalChanges: true, disbursements: true },
    })
    const adjustments = songKhoai.capitalChanges.reduce((sum, change) => sum + change.amountVnd, 0n)
    expect(songKhoai.registeredCapitalVnd! - adjustments).toBe(4_030_000_000_000n)
    const disbursed = songKhoai.disbursements.reduce((sum, entry) => sum + entry.amountVnd, 0n)
    expect(disbursed).toBeLessThanOrEqual(songKhoai.disbursedCapitalVnd!)
  })
})

describe('constructionStartPlan', () => {
  it('falls 10 to 25 % of the target behind the days elapsed, once that is possible', () => {
    for (const days of [90, 91, 92]) {
      for (let day = Math.ceil(days * 0.11); day <= days; day += 1) {
        const elapsed = day / days
        const { target, started } = constructionStartPlan(elapsed)
        const shortfall = elapsed - started / target
        expect(shortfall, `elapsed ${elapsed}`).toBeGreaterThan(0.1)
        expect(shortfall, `elapsed ${elapsed}`).toBeLessThanOrEqual(0.25)
        expect(started).toBeLessThan(target)
      }
    }
  })
})
