/**
 * Money is exact: VND in whole đồng as bigint (amounts reach 10^14, beyond a double's
 * exact integers once summed), USD derived from VND with an explicit dated rate.
 */
import { formatNumber } from '~/utils/format'
import { type Locale } from '~/utils/locale'

const BILLION = 1_000_000_000n
const MILLION = 1_000_000n

/** Rounds numerator/denominator to the nearest integer (half away from zero). */
function roundDiv(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const q = (n * 2n + d) / (2n * d)
  return negative ? -q : q
}

/** Whole US dollars for an amount of đồng at a rate of `vndPerUsd`. */
export function vndToUsd(vnd: bigint, vndPerUsd: number): bigint {
  if (!Number.isInteger(vndPerUsd) || vndPerUsd <= 0) throw new RangeError('vndPerUsd must be a positive integer')
  return roundDiv(vnd, BigInt(vndPerUsd))
}

/** Formats a scaled integer (value / 10^decimals) with the locale's separators. */
function formatScaled(value: bigint, decimals: number, locale: Locale, maxFractionDigits: number): string {
  // The value is already rounded to `decimals` places, so a double is exact enough here
  // for display of at most 15 significant digits.
  const asNumber = Number(value) / 10 ** decimals
  return formatNumber(asNumber, locale, maxFractionDigits)
}

/** "1.250 tỷ đồng" / "VND 1,250 billion"; small amounts in "triệu đồng" / millions. */
export function formatVnd(vnd: bigint, locale: Locale): string {
  const abs = vnd < 0n ? -vnd : vnd
  if (abs >= BILLION) {
    const tenths = roundDiv(vnd * 10n, BILLION)
    const text = formatScaled(tenths, 1, locale, 1)
    return locale === 'vi' ? `${text} tỷ đồng` : `VND ${text} billion`
  }
  if (abs >= MILLION) {
    const tenths = roundDiv(vnd * 10n, MILLION)
    const text = formatScaled(tenths, 1, locale, 1)
    return locale === 'vi' ? `${text} triệu đồng` : `VND ${text} million`
  }
  const text = formatScaled(vnd, 0, locale, 0)
  return locale === 'vi' ? `${text} đồng` : `VND ${text}`
}

/** Every digit: "1.250.000.000.000 đồng" / "VND 1,250,000,000,000". */
export function formatVndFull(vnd: bigint, locale: Locale): string {
  const text = vnd.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')
  return locale === 'vi' ? `${text} đồng` : `VND ${text}`
}

/** "51,2 triệu USD" / "USD 51.2 million". */
export function formatUsd(usd: bigint, locale: Locale): string {
  const abs = usd < 0n ? -usd : usd
  if (abs >= MILLION) {
    const tenths = roundDiv(usd * 10n, MILLION)
    const text = formatScaled(tenths, 1, locale, 1)
    return locale === 'vi' ? `${text} triệu USD` : `USD ${text} million`
  }
  const text = formatScaled(usd, 0, locale, 0)
  return locale === 'vi' ? `${text} USD` : `USD ${text}`
}
