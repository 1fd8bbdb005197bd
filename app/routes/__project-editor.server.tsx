import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import {
  type ProjectDetail,
  StaleVersionError,
  createProject,
  findProjectConflicts,
  updateProject,
} from '~/models/project.server'
import { createProjectEditorSchema } from '~/models/project-editor-schema'
import { MILESTONE_KINDS } from '~/models/project-vocabulary'
import { type ProjectEditorDefaults } from '~/routes/__project-editor'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { type CurrentUser, actorFor } from '~/utils/auth.server'
import { getLocale } from '~/utils/i18n'
import { hasPermission } from '~/utils/permissions'
import { type Locale } from '~/utils/locale'
import { formatForInput } from '~/utils/number-input'
import { redirectWithToast } from '~/utils/toast.server'

function isUniqueViolation(error: unknown) {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}

/**
 * The editor's one action, for "new" and "edit". Validates with the same schema as the
 * browser, then with the database (unknown place, taken code), and writes in one
 * transaction. Every refusal returns the typed values with the messages, status 4xx.
 */
export async function handleProjectEditorAction(request: Request, user: CurrentUser, projectId?: string) {
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await request.formData()
  const submission = parseWithZod(formData, { schema: createProjectEditorSchema(locale, today) })
  if (submission.status !== 'success') {
    return data({ result: submission.reply() }, { status: 400 })
  }
  const input = submission.value
  // An editor saves projects of their own department only (unless province-wide).
  const permission = projectId ? 'update:project' : 'create:project'
  if (!hasPermission(user, permission, { departmentId: input.departmentId })) {
    return data(
      { result: submission.reply({ fieldErrors: { departmentId: ['auth.errors.departmentNotAllowed'] } }) },
      { status: 403 },
    )
  }
  const actor = actorFor(user, request)
  const conflicts = await findProjectConflicts(input, projectId)
  if (conflicts) return data({ result: submission.reply({ fieldErrors: conflicts }) }, { status: 400 })

  try {
    if (projectId) {
      if (input.version === undefined) {
        return data({ result: submission.reply({ formErrors: ['errors.staleVersion'] }) }, { status: 409 })
      }
      const saved = await updateProject(projectId, input.version, input, actor)
      return redirectWithToast(`/projects/${saved.id}`, {
        kind: 'success',
        messageKey: 'editor.updated',
        values: { name: saved.name },
      })
    }
    const created = await createProject(input, today, actor)
    return redirectWithToast(`/projects/${created.id}`, {
      kind: 'success',
      messageKey: 'editor.created',
      values: { name: created.name },
    })
  } catch (error) {
    if (error instanceof StaleVersionError) {
      return data({ result: submission.reply({ formErrors: ['errors.staleVersion'] }) }, { status: 409 })
    }
    // Two people saving the same new code at once: the database's unique index decides.
    if (isUniqueViolation(error)) {
      return data({ result: submission.reply({ fieldErrors: { code: ['errors.codeTaken'] } }) }, { status: 400 })
    }
    throw error
  }
}

/** A stored project as the editor shows it: numbers in the reader's format, ISO dates. */
export function toEditorDefaults(project: ProjectDetail, locale: Locale): ProjectEditorDefaults {
  const milestones: ProjectEditorDefaults['milestones'] = {}
  for (const kind of MILESTONE_KINDS) {
    const row = project.milestones.find((milestone) => milestone.kind === kind)
    milestones[kind] = {
      plannedDate: toDateInputValue(row?.plannedDate),
      actualDate: toDateInputValue(row?.actualDate),
    }
  }
  return {
    version: project.version,
    code: project.code,
    name: project.name,
    nameEn: project.nameEn ?? '',
    kind: project.kind,
    sector: project.sector,
    unitId: project.unitId,
    departmentId: project.departmentId,
    investmentType: project.investmentType,
    areaHa: formatForInput(project.areaHa, locale),
    clearanceNeededHa: formatForInput(project.clearanceNeededHa, locale),
    clearanceDoneHa: formatForInput(project.clearanceDoneHa, locale),
    registeredCapitalVnd: formatForInput(project.registeredCapitalVnd, locale),
    disbursedCapitalVnd: formatForInput(project.disbursedCapitalVnd, locale),
    jobsPlanned: project.jobsPlanned === null ? '' : String(project.jobsPlanned),
    policyDecisionNumber: project.policyDecisionNumber ?? '',
    policyDecisionDate: toDateInputValue(project.policyDecisionDate),
    ircNumber: project.ircNumber ?? '',
    ircDate: toDateInputValue(project.ircDate),
    description: project.description,
    sourceTitle: project.sourceTitle ?? '',
    sourceUrl: project.sourceUrl ?? '',
    investors: project.investors.map((row) => ({
      name: row.investor.name,
      country: row.investor.country,
      role: row.role,
      capitalShare:
        row.capitalShareBasisPoints === null ? '' : formatForInput(row.capitalShareBasisPoints / 100, locale),
    })),
    milestones,
  }
}
