import { type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { type ProjectDetail, getProject } from '~/features/projects/project-detail.server'
import { type ProjectEditorDefaults } from '~/features/projects/project-editor'
import { type ProjectEditorInput, createProjectEditorSchema } from '~/features/projects/project-editor-schema'
import { type SimpleFieldValues, toSimpleFieldInputs } from '~/features/projects/project-fields'
import {
  type ProjectEditConflict,
  type ProjectEditorValues,
  mergeProjectEdit,
  parseMergeBase,
  serializeMergeBase,
} from '~/features/projects/project-merge'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import {
  StaleVersionError,
  createProject,
  findProjectConflicts,
  updateProject,
} from '~/features/projects/project-write.server'
import { type CurrentUser, actorFor, recordAccessDenied } from '~/utils/auth.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale } from '~/utils/i18n'
import { type Locale } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { formatForInput } from '~/utils/number-input'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { SUBMISSION_KEY_FIELD } from '~/utils/submission-key'
import { isUniqueViolation, saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'

/** The part of a Conform submission the answers need. */
type Replier = { reply(options?: { formErrors?: string[] }): SubmissionResult<string[]> }

/**
 * A save refused because the project changed since the form was opened. Nothing is
 * written: the answer carries what was sent and what is saved, and the form merged from
 * both (see project-merge.ts) on the current version, so the next save goes
 * through. Sending exactly what is saved (a double click on Save) is simply done.
 */
async function answerStaleEdit(
  projectId: string,
  input: ProjectEditorInput,
  formData: FormData,
  submission: Replier,
  locale: Locale,
) {
  const project = await getProject(projectId)
  invariantResponse(project && !project.deletedAt, 'Project not found', 404)
  const { version: _version, ...current } = toEditorDefaults(project, locale)
  const mine = toEditorValues(valuesFromInput(input), locale)
  const merge = mergeProjectEdit({ base: parseMergeBase(formData.get('base'), locale), mine, current })
  if (merge.differences.length === 0) {
    return redirectWithToast(`/projects/${projectId}`, {
      kind: 'success',
      messageKey: 'editor.updated',
      values: { name: project.name },
    })
  }
  const conflict: ProjectEditConflict = {
    projectId,
    version: project.version,
    mine,
    current,
    fields: merge.differences,
  }
  // The form shows the merged values, on the current version, with the current record as
  // its new base (all three from the same read, so nothing saved in between is undone).
  const result = {
    ...submission.reply(),
    initialValue: {
      ...merge.merged,
      version: String(project.version),
      base: serializeMergeBase(current, locale),
    },
  }
  return data({ result, conflict }, { status: 409 })
}

/**
 * The editor's one action, for "new" and "edit". Validates with the same schema as the
 * browser, then with the database (unknown administrative unit, taken code), and writes in one
 * transaction. Every refusal returns the typed values with the messages, status 4xx.
 */
export async function handleProjectEditorAction(request: Request, user: CurrentUser, projectId?: string) {
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const submission = parseWithZod(formData, { schema: createProjectEditorSchema(locale, today) })
  if (submission.status !== 'success') {
    return data({ result: submission.reply() }, { status: 400 })
  }
  const input = submission.value

  // A new project's form is saved once however often it is sent; a form sent again is
  // answered before anything else, since it would meet its own project's code
  // (docs/decisions/007).
  return saveOnce(
    {
      key: projectId ? null : formData.get(SUBMISSION_KEY_FIELD),
      userId: user.id,
      refuse: (formErrors) => data({ result: submission.reply({ formErrors }) }, { status: 400 }),
    },
    async (claim) => {
      // An editor saves projects of their own department only (unless province-wide). The
      // refusal is audited like any other, but answers with the form so the person can fix it.
      const permission = projectId ? 'update:project' : 'create:project'
      if (!hasPermission(user, permission, { departmentId: input.departmentId })) {
        await recordAccessDenied(user, request, permission, projectId)
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
        const created = await createProject(input, today, actor, claim)
        return redirectWithToast(`/projects/${created.id}`, {
          kind: 'success',
          messageKey: 'editor.created',
          values: { name: created.name },
        })
      } catch (error) {
        if (error instanceof StaleVersionError && projectId) {
          return answerStaleEdit(projectId, input, formData, submission, locale)
        }
        // Two people saving the same new code at once: the database's unique index decides.
        // (The same form sent twice never gets here: its key's claim answers it first.)
        if (isUniqueViolation(error)) {
          return data({ result: submission.reply({ fieldErrors: { code: ['errors.codeTaken'] } }) }, { status: 400 })
        }
        throw error
      }
    },
  )
}

/** A project's editable values, typed, whether stored or just validated. */
type EditorSource = {
  code: string
  name: string
  nameEn?: string | null
  kind: string
  sector: string
  unitId: string
  departmentId: string
  investmentType: string
  areaHa?: number | null
  clearanceNeededHa?: number | null
  clearanceDoneHa?: number | null
  registeredCapitalVnd?: bigint | null
  disbursedCapitalVnd?: bigint | null
  jobsPlanned?: number | null
  investors: { name: string; country: string; role: string; capitalShareBasisPoints?: number | null }[]
  milestones: { kind: string; plannedDate?: Date | null; actualDate?: Date | null }[]
} & SimpleFieldValues

function valuesFromInput(input: ProjectEditorInput): EditorSource {
  return {
    ...input,
    investors: input.investors.map((row) => ({ ...row, capitalShareBasisPoints: row.capitalShare })),
    milestones: MILESTONE_KINDS.map((kind) => {
      const milestone = input.milestones[kind]
      return {
        kind,
        plannedDate: milestone.plannedDate,
        actualDate: 'actualDate' in milestone ? milestone.actualDate : undefined,
      }
    }),
  }
}

/**
 * Values as the editor shows them: numbers in the reader's format, ISO dates. Stored
 * records and validated submissions go through this one formatter, so equal values are
 * equal strings and the merge can compare them.
 */
function toEditorValues(source: EditorSource, locale: Locale): ProjectEditorValues {
  const milestones: ProjectEditorValues['milestones'] = {}
  for (const kind of MILESTONE_KINDS) {
    const row = source.milestones.find((milestone) => milestone.kind === kind)
    milestones[kind] = {
      plannedDate: toDateInputValue(row?.plannedDate),
      actualDate: toDateInputValue(row?.actualDate),
    }
  }
  return {
    code: source.code,
    name: source.name,
    nameEn: source.nameEn ?? '',
    kind: source.kind,
    sector: source.sector,
    unitId: source.unitId,
    departmentId: source.departmentId,
    investmentType: source.investmentType,
    areaHa: formatForInput(source.areaHa, locale),
    clearanceNeededHa: formatForInput(source.clearanceNeededHa, locale),
    clearanceDoneHa: formatForInput(source.clearanceDoneHa, locale),
    registeredCapitalVnd: formatForInput(source.registeredCapitalVnd, locale),
    disbursedCapitalVnd: formatForInput(source.disbursedCapitalVnd, locale),
    jobsPlanned: source.jobsPlanned === null || source.jobsPlanned === undefined ? '' : String(source.jobsPlanned),
    ...toSimpleFieldInputs(source),
    investors: source.investors.map((row) => ({
      name: row.name,
      country: row.country,
      role: row.role,
      capitalShare:
        row.capitalShareBasisPoints === null || row.capitalShareBasisPoints === undefined
          ? ''
          : formatForInput(row.capitalShareBasisPoints / 100, locale),
    })),
    milestones,
  }
}

/** A stored project as the editor shows it: numbers in the reader's format, ISO dates. */
export function toEditorDefaults(project: ProjectDetail, locale: Locale): ProjectEditorDefaults {
  return {
    version: project.version,
    ...toEditorValues(
      {
        ...project,
        investors: project.investors.map((row) => ({
          name: row.investor.name,
          country: row.investor.country,
          role: row.role,
          capitalShareBasisPoints: row.capitalShareBasisPoints,
        })),
      },
      locale,
    ),
  }
}
