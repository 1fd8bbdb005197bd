import { toSearchKey } from '~/utils/search-key'

/** What a project's free-text search looks through. Rebuilt whenever any part changes. */
export function buildProjectSearchText(parts: {
  code: string
  name: string
  nameEn?: string | null
  unitName?: string | null
  unitFormerNames?: string | null
  investorNames?: readonly string[]
}): string {
  return toSearchKey(
    [
      parts.code,
      parts.name,
      parts.nameEn ?? '',
      parts.unitName ?? '',
      parts.unitFormerNames ?? '',
      ...(parts.investorNames ?? []),
    ].join(' | '),
  )
}
