import { historyEn } from '~/features/audit/history.en'
import { departmentsEn } from '~/features/departments/departments.en'
import { exchangeRatesEn } from '~/features/exchange-rates/exchange-rates.en'
import { goalsEn } from '~/features/goals/goals.en'
import { investorsEn } from '~/features/investors/investors.en'
import { meetingsEn } from '~/features/meetings/meetings.en'
import { obstaclesEn } from '~/features/obstacles/obstacles.en'
import { progressEn } from '~/features/progress/progress.en'
import { reportEn } from '~/features/progress/report.en'
import { correctionsEn } from '~/features/project-events/corrections.en'
import { projectEventsEn } from '~/features/project-events/project-events.en'
import { projectsEn } from '~/features/projects/projects.en'
import { statisticsEn } from '~/features/statistics/statistics.en'
import { adminEn } from '~/features/users/user-admin.en'
import { usersEn } from '~/features/users/users.en'
import { conflictEn } from '~/locales/conflict.en'
import { type Dictionary } from '~/locales/dictionary'
import { securityEn } from '~/locales/security.en'
import { type vi } from '~/locales/vi'

/** The same keys as vi.ts, every value a string: a missing English string fails typecheck. */

export const en: Dictionary<typeof vi> = {
  admin: adminEn,
  history: historyEn,
  security: securityEn,
  conflict: conflictEn,
  corrections: correctionsEn,
  goals: goalsEn,
  progress: progressEn,
  report: reportEn,
  obstacles: obstaclesEn,
  meetings: meetingsEn,
  statistics: statisticsEn,
  projectEvents: projectEventsEn,
  // Features that own several namespaces (keys such as "project.code", "kind.coal_mine").
  ...projectsEn,
  ...investorsEn,
  ...departmentsEn,
  ...exchangeRatesEn,
  ...usersEn,
  app: {
    name: 'Tiendo',
    tagline: 'Investment project progress',
    province: "Quảng Ninh Provincial People's Committee",
    skipToContent: 'Skip to main content',
    primaryNav: 'Primary navigation',
    demoNotice: 'Demo data — not official figures',
  },
  nav: {
    projects: 'Projects',
    newProject: 'New project',
    investors: 'Investors',
    deleted: 'Deleted projects',
    exchangeRates: 'Exchange rates',
    progressOverview: 'Progress',
    goals: 'Goals',
    statistics: 'Statistics',
    users: 'Users',
    departments: 'Departments',
    audit: 'Audit trail',
    password: 'Change password',
  },
  language: {
    label: 'Language',
    switchTo: 'Tiếng Việt',
    switchToLabel: 'Switch to Vietnamese',
  },
  common: {
    save: 'Save',
    cancel: 'Cancel',
    back: 'Back',
    edit: 'Edit',
    delete: 'Delete',
    restore: 'Restore',
    search: 'Search',
    apply: 'Filter',
    all: 'All',
    none: '—',
    yes: 'Yes',
    no: 'No',
    notSet: 'Not set',
    remove: 'Remove',
    optional: '(optional)',
    required: '(required)',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: 'Page {{page, number}} of {{pages, number}}',
    pagination: 'Pagination',
    close: 'Close',
  },
  country: {
    VN: 'Vietnam',
    KR: 'South Korea',
    JP: 'Japan',
    CN: 'China',
    TW: 'Taiwan (China)',
    HK: 'Hong Kong (China)',
    SG: 'Singapore',
    TH: 'Thailand',
    US: 'United States',
    DE: 'Germany',
    FR: 'France',
    GB: 'United Kingdom',
    NL: 'Netherlands',
    AU: 'Australia',
    OTHER: 'Other country',
  },
  errors: {
    required: 'Please fill this in.',
    choose: 'Please choose one.',
    tooLong: 'At most {{max}} characters.',
    numberFormat:
      'Not a number in the expected format. Write it like 1,234.5 (comma for thousands, point for decimals).',
    wholeDong: 'Amounts are in whole đồng, without decimals.',
    negative: 'Cannot be negative.',
    tooLarge: 'The number is too large.',
    wholeNumber: 'Must be a whole number.',
    percentDecimals: 'A share has at most two decimals.',
    percentRange: 'A share is between 0 and 100%.',
    shareTotal: 'The investors’ capital shares cannot add up to more than 100%.',
    date: 'Not a valid date.',
    dateRange: 'The date must be between 01/01/1990 and 31/12/2100.',
    url: 'A link starts with http:// or https://',
    codeFormat: 'A code uses letters without accents, digits, hyphens, underscores or dots.',
    codeTaken: 'Another project already uses this code.',
    clearanceExceeds: 'The area handed over cannot be larger than the area to clear.',
    disbursedExceeds: 'Disbursed capital cannot exceed registered capital.',
    actualBeforePlanned: 'Not a valid actual date.',
    datesOrder: 'The IRC date cannot be before the policy decision date.',
    plannedOrder: 'Planned dates must follow the milestones’ order (not before {{previous}}).',
    inFuture: 'An actual date cannot be after today.',
    duplicateInvestor: 'This investor is already in the list.',
    oneLead: 'There can be only one lead investor.',
    unknownOption: 'Not one of the listed values.',
    staleVersion:
      'Someone else has just edited this project. Reload the page to see the latest version, then edit again.',
    rateRange: 'A rate is between 1,000 and 100,000 VND.',
  },
  errorPage: {
    title: 'Something went wrong',
    notFound: 'This page or project was not found.',
    forbidden: 'You are not allowed to see or do this.',
    badRequest: 'The request was not valid.',
    tooLarge: 'What was sent is too large.',
    generic: 'Something unexpected went wrong. Try again; if it keeps failing, tell the administrator.',
    home: 'Back to the project register',
  },
}
