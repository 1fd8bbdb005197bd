import { type Locale } from '~/utils/locale'

/**
 * Reads a number as people type it in their language: "1.234,5" in Vietnamese,
 * "1,234.5" in English. Thousands separators must sit every three digits, so "12.5" in
 * Vietnamese is refused rather than silently read as 125 (see decision 004).
 */
export type ParsedNumber =
  | { ok: true; negative: boolean; integerDigits: string; fractionDigits: string }
  | { ok: false; error: 'errors.numberFormat' }

export function separatorsFor(locale: Locale) {
  return locale === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

export function parseLocaleNumber(input: string, locale: Locale): ParsedNumber {
  const text = input.replace(/[\s\u00a0\u202f]/g, '')
  const { group, decimal } = separatorsFor(locale)
  const g = escapeRegExp(group)
  const d = escapeRegExp(decimal)
  const pattern = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`)
  const match = pattern.exec(text)
  if (!match) return { ok: false, error: 'errors.numberFormat' }
  const integerDigits = (match[2] ?? '')
    .split(group)
    .join('')
    .replace(/^0+(?=\d)/, '')
  return { ok: true, negative: match[1] === '-', integerDigits, fractionDigits: match[3] ?? '' }
}

/** A decimal such as an area in hectares; the caller checks the range. */
export function parseLocaleDecimal(input: string, locale: Locale): { value: number } | { error: string } {
  const parsed = parseLocaleNumber(input, locale)
  if (!parsed.ok) return { error: parsed.error }
  const value = Number(`${parsed.negative ? '-' : ''}${parsed.integerDigits}.${parsed.fractionDigits || '0'}`)
  if (!Number.isFinite(value)) return { error: 'errors.numberFormat' }
  return { value }
}

/** An amount in whole đồng: exact, as bigint. Fractions of a đồng are refused. */
export function parseVndAmount(input: string, locale: Locale): { value: bigint } | { error: string } {
  const parsed = parseLocaleNumber(input, locale)
  if (!parsed.ok) return { error: parsed.error }
  if (/[1-9]/.test(parsed.fractionDigits)) return { error: 'errors.wholeDong' }
  const value = BigInt(parsed.integerDigits)
  return { value: parsed.negative ? -value : value }
}

/** A percentage with up to two decimals, as basis points (51,25 % → 5125). */
export function parsePercentToBasisPoints(input: string, locale: Locale): { value: number } | { error: string } {
  const parsed = parseLocaleNumber(input.replace(/%$/, ''), locale)
  if (!parsed.ok) return { error: parsed.error }
  if (parsed.fractionDigits.replace(/0+$/, '').length > 2) return { error: 'errors.percentDecimals' }
  const fraction = (parsed.fractionDigits + '00').slice(0, 2)
  const value = Number(parsed.integerDigits) * 100 + Number(fraction)
  return { value: parsed.negative ? -value : value }
}

/** How the number would be written back into the form in this locale. */
export function formatForInput(value: number | bigint | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'bigint') return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    maximumFractionDigits: 4,
  }).format(value)
}
