/**
 * The closed lists of the project register. Stored as strings (SQLite has no enums);
 * every label lives in the i18n dictionaries under the same key.
 */
export const PROJECT_KINDS = [
  'coal_mine',
  'underground_mine',
  'coal_screening_plant',
  'wind_power',
  'biomass_power',
  'solar_power',
  'industrial_park',
  'industrial_cluster',
  'factory',
  'logistics',
  'other',
] as const
export type ProjectKind = (typeof PROJECT_KINDS)[number]

/** Level-1 sectors of the Vietnamese standard industrial classification (VSIC 2018). */
export const SECTORS = [
  'mining',
  'manufacturing',
  'energy',
  'water_waste',
  'construction',
  'transport_logistics',
  'other',
] as const
export type Sector = (typeof SECTORS)[number]

/** The lifecycle of docs: Law on Investment 61/2020/QH14, in order. */
export const LIFECYCLE_STATUSES = [
  'proposed',
  'policy_approved',
  'irc_issued',
  'site_clearance',
  'under_construction',
  'operating',
] as const
export const PROJECT_STATUSES = [...LIFECYCLE_STATUSES, 'suspended', 'cancelled'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

export const MILESTONE_KINDS = [
  'policy_approval',
  'irc',
  'land_handover',
  'construction_start',
  'commissioning',
] as const
export type MilestoneKind = (typeof MILESTONE_KINDS)[number]

export const INVESTMENT_TYPES = ['domestic', 'fdi'] as const
export type InvestmentType = (typeof INVESTMENT_TYPES)[number]

export const INVESTOR_ROLES = ['lead', 'partner'] as const
export type InvestorRole = (typeof INVESTOR_ROLES)[number]

export const UNIT_KINDS = ['commune', 'ward', 'special_zone'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Countries investors in the province come from (ISO 3166-1 alpha-2). VN is domestic. */
export const INVESTOR_COUNTRIES = [
  'VN',
  'KR',
  'JP',
  'CN',
  'TW',
  'HK',
  'SG',
  'TH',
  'US',
  'DE',
  'FR',
  'GB',
  'NL',
  'AU',
  'OTHER',
] as const
export type InvestorCountry = (typeof INVESTOR_COUNTRIES)[number]

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}
