/**
 * "A record the app shows must be savable as it is": every demo project, and every project
 * the scale seeder generates, opened in the editor and saved unchanged passes the editor's
 * schema. Before, the planned-date order rule refused two demo industrial parks (QN-2025-008
 * and QN-2025-011) whose construction starts on land handed over in parts.
 */
import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, test } from 'vitest'
import { getProject } from '~/features/projects/project-detail.server'
import { createProjectEditorSchema } from '~/features/projects/project-editor-schema'
import { toEditorDefaults } from '~/features/projects/project-editor.server'
import { type ProjectEditorValues } from '~/features/projects/project-merge'
import { prisma } from '~/utils/db.server'
import { provinceToday } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { runDemoSeed, runScaleSeed } from '../../../prisma/seed/run'

/** The editor's values as the browser posts them. */
function formDataOf(values: ProjectEditorValues & { version?: number }): FormData {
  const form = new FormData()
  const { investors = [], milestones = {}, ...scalars } = values
  for (const [name, value] of Object.entries(scalars)) {
    if (value !== undefined) form.append(name, String(value))
  }
  investors.forEach((investor, index) => {
    for (const [name, value] of Object.entries(investor)) form.append(`investors[${index}].${name}`, value)
  })
  for (const [kind, dates] of Object.entries(milestones)) {
    for (const [name, value] of Object.entries(dates ?? {})) {
      if (value !== undefined) form.append(`milestones.${kind}.${name}`, value)
    }
  }
  return form
}

/** The codes of the projects whose unchanged form the editor refuses, with its messages. */
async function refusedUnchanged(locale: Locale, today: Date) {
  const schema = createProjectEditorSchema(locale, today)
  const rows = await prisma.project.findMany({
    where: { deletedAt: null },
    select: { id: true },
    orderBy: { code: 'asc' },
  })
  const refused: { code: string; error: unknown }[] = []
  for (const { id } of rows) {
    const project = await getProject(id)
    if (!project) throw new Error(`project ${id} did not load`)
    const submission = parseWithZod(formDataOf(toEditorDefaults(project, locale)), { schema })
    if (submission.status !== 'success') refused.push({ code: project.code, error: submission.reply().error })
  }
  return { checked: rows.length, refused }
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set (tests/setup-env.ts)')
  return url
}

describe('every seeded project can be saved unchanged in the editor', () => {
  test('the demo projects, in both languages', { timeout: 120_000 }, async () => {
    await runDemoSeed(databaseUrl())
    for (const locale of ['vi', 'en'] as const) {
      const { checked, refused } = await refusedUnchanged(locale, provinceToday())
      expect(checked).toBeGreaterThan(20)
      expect(refused).toEqual([])
    }
  })

  test('the projects the scale seeder generates', { timeout: 120_000 }, async () => {
    runScaleSeed(databaseUrl(), 400)
    const { checked, refused } = await refusedUnchanged('vi', provinceToday())
    expect(checked).toBe(400)
    expect(refused).toEqual([])
  })
})
