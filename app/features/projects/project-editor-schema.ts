import { z } from 'zod'
import {
  SIMPLE_PROJECT_FIELDS,
  type SimpleFieldName,
  type SimpleProjectField,
} from '~/features/projects/project-fields'
import {
  INVESTMENT_TYPES,
  INVESTOR_COUNTRIES,
  INVESTOR_ROLES,
  MILESTONE_KINDS,
  PROJECT_KINDS,
  SECTORS,
} from '~/features/projects/project-vocabulary'
import { dayField, optionalText, requiredText } from '~/utils/form-fields'
import { provinceToday } from '~/utils/format'
import { type Locale } from '~/utils/locale'
import { parseLocaleDecimal, parseLocaleNumber, parsePercentToBasisPoints, parseVndAmount } from '~/utils/number-input'
import { toSearchKey } from '~/utils/search-key'

/**
 * The project editor's one schema, used by Conform in the browser and by the action on
 * the server. Messages are i18n keys (with ":n" for a parameter), translated where shown.
 * Numbers are read in the reader's locale, hence a schema per locale.
 */
const MAX_VND = 10n ** 16n
const MAX_HECTARES = 1_000_000

const text = (max: number) => requiredText(max)
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? 'errors.choose' : 'errors.unknownOption') })
const optionalDate = dayField().optional()

function hectares(locale: Locale) {
  return z
    .string()
    .transform((value, ctx) => {
      const parsed = parseLocaleDecimal(value, locale)
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (parsed.value < 0) ctx.addIssue({ code: 'custom', message: 'errors.negative' })
      if (parsed.value > MAX_HECTARES) ctx.addIssue({ code: 'custom', message: 'errors.tooLarge' })
      return parsed.value
    })
    .optional()
}

function vnd(locale: Locale) {
  return z
    .string()
    .transform((value, ctx) => {
      const parsed = parseVndAmount(value, locale)
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (parsed.value < 0n) ctx.addIssue({ code: 'custom', message: 'errors.negative' })
      if (parsed.value > MAX_VND) ctx.addIssue({ code: 'custom', message: 'errors.tooLarge' })
      return parsed.value
    })
    .optional()
}

function wholeNumber(locale: Locale) {
  return z
    .string()
    .transform((value, ctx) => {
      const parsed = parseLocaleNumber(value, locale)
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (/[1-9]/.test(parsed.fractionDigits)) ctx.addIssue({ code: 'custom', message: 'errors.wholeNumber' })
      if (parsed.negative) ctx.addIssue({ code: 'custom', message: 'errors.negative' })
      const result = Number(parsed.integerDigits)
      if (result > 10_000_000) ctx.addIssue({ code: 'custom', message: 'errors.tooLarge' })
      return result
    })
    .optional()
}

function percent(locale: Locale) {
  return z
    .string()
    .transform((value, ctx) => {
      const parsed = parsePercentToBasisPoints(value, locale)
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error })
        return z.NEVER
      }
      if (parsed.value < 0 || parsed.value > 10_000) ctx.addIssue({ code: 'custom', message: 'errors.percentRange' })
      return parsed.value
    })
    .optional()
}

/**
 * The milestones whose planned dates must come in this order: the certificate follows the
 * policy decision, construction needs the certificate, and a plant runs once it is built.
 * Land handover is not among them: land is handed over in parts and construction starts on
 * the parts already handed over (industrial parks build in phases, as the demo's Sông Khoai
 * and Bắc Tiền Phong do), so the day the last part is handed over may fall before or after
 * construction starts, or even after commissioning of a first phase.
 */
const PLANNED_SEQUENCE = [
  'policy_approval',
  'irc',
  'construction_start',
  'commissioning',
] as const satisfies readonly (typeof MILESTONE_KINDS)[number][]

/** A simple field's schema (app/features/projects/project-fields.ts): an optional text, link or day. */
function simpleFieldSchema(field: SimpleProjectField) {
  switch (field.kind) {
    case 'date':
      return optionalDate
    case 'multiline':
      return optionalText(field.max, { multiline: true })
    case 'url':
      return optionalText(field.max).refine((url) => url === undefined || /^https?:\/\/\S+$/i.test(url), 'errors.url')
    case 'text':
      return optionalText(field.max)
  }
}

type SimpleFieldsShape = {
  [N in SimpleFieldName]: Extract<SimpleProjectField, { name: N }>['kind'] extends 'date'
    ? typeof optionalDate
    : ReturnType<typeof optionalText>
}

// Made from the list the type is made of, one schema per field.
const simpleFieldsShape = Object.fromEntries(
  SIMPLE_PROJECT_FIELDS.map((field) => [field.name, simpleFieldSchema(field)]),
) as SimpleFieldsShape

const plannedOnly = z.object({ plannedDate: optionalDate })
const plannedAndActual = z.object({ plannedDate: optionalDate, actualDate: optionalDate })

export function createProjectEditorSchema(locale: Locale, today: Date = provinceToday()) {
  const InvestorRowSchema = z.object({
    name: text(200),
    country: choice(INVESTOR_COUNTRIES),
    role: choice(INVESTOR_ROLES),
    capitalShare: percent(locale),
  })

  return z
    .object({
      version: z.number().int().optional(),
      code: text(40)
        .regex(/^[A-Za-z0-9._-]+$/, 'errors.codeFormat')
        .transform((code) => code.toUpperCase()),
      name: text(300),
      nameEn: optionalText(300),
      kind: choice(PROJECT_KINDS),
      sector: choice(SECTORS),
      unitId: text(40),
      departmentId: text(40),
      investmentType: choice(INVESTMENT_TYPES),
      areaHa: hectares(locale),
      clearanceNeededHa: hectares(locale),
      clearanceDoneHa: hectares(locale),
      registeredCapitalVnd: vnd(locale),
      disbursedCapitalVnd: vnd(locale),
      jobsPlanned: wholeNumber(locale),
      ...simpleFieldsShape,
      investors: z.array(InvestorRowSchema).max(20).default([]),
      milestones: z
        .object({
          policy_approval: plannedOnly.default({}),
          irc: plannedOnly.default({}),
          land_handover: plannedAndActual.default({}),
          construction_start: plannedAndActual.default({}),
          commissioning: plannedAndActual.default({}),
        })
        .default({
          policy_approval: {},
          irc: {},
          land_handover: {},
          construction_start: {},
          commissioning: {},
        }),
    })
    .superRefine((project, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })

      if (
        project.clearanceDoneHa !== undefined &&
        project.clearanceNeededHa !== undefined &&
        project.clearanceDoneHa > project.clearanceNeededHa
      ) {
        issue(['clearanceDoneHa'], 'errors.clearanceExceeds')
      }
      if (
        project.disbursedCapitalVnd !== undefined &&
        project.registeredCapitalVnd !== undefined &&
        project.disbursedCapitalVnd > project.registeredCapitalVnd
      ) {
        issue(['disbursedCapitalVnd'], 'errors.disbursedExceeds')
      }
      if (project.policyDecisionDate && project.ircDate && project.ircDate < project.policyDecisionDate) {
        issue(['ircDate'], 'errors.datesOrder')
      }
      for (const field of ['policyDecisionDate', 'ircDate'] as const) {
        const date = project[field]
        if (date && date > today) issue([field], 'errors.inFuture')
      }

      // Each planned date of the sequence is on or after the previous one that is given.
      let previous: { kind: string; date: Date } | undefined
      for (const kind of PLANNED_SEQUENCE) {
        const plannedDate = project.milestones[kind].plannedDate
        if (!plannedDate) continue
        if (previous && plannedDate < previous.date) {
          issue(['milestones', kind, 'plannedDate'], `errors.plannedOrder:milestone.${previous.kind}`)
        }
        previous = { kind, date: plannedDate }
      }
      for (const kind of MILESTONE_KINDS) {
        const milestone = project.milestones[kind]
        if ('actualDate' in milestone && milestone.actualDate && milestone.actualDate > today) {
          issue(['milestones', kind, 'actualDate'], 'errors.inFuture')
        }
      }

      const seen = new Set<string>()
      let leads = 0
      let shareTotal = 0
      project.investors.forEach((investor, index) => {
        const key = toSearchKey(investor.name)
        if (seen.has(key)) issue(['investors', index, 'name'], 'errors.duplicateInvestor')
        seen.add(key)
        if (investor.role === 'lead') {
          leads += 1
          if (leads > 1) issue(['investors', index, 'role'], 'errors.oneLead')
        }
        shareTotal += investor.capitalShare ?? 0
      })
      if (shareTotal > 10_000) issue(['investors'], 'errors.shareTotal')
    })
}

export type ProjectEditorInput = z.infer<ReturnType<typeof createProjectEditorSchema>>
