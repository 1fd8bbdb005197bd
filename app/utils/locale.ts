export const LOCALES = ['vi', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'vi'

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en'
}

/** A record's name in the reader's language (departments, indicators… keep both). */
export function localName(record: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === 'vi' ? record.nameVi : record.nameEn
}

export function intlLocale(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB'
}
