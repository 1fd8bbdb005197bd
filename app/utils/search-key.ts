/**
 * Folds Vietnamese text to a key that ignores diacritics and case, so that a search for
 * "ha rang" finds "Hà Ráng" and "Đèo Nai" sorts next to "Deo Nai". SQLite has no
 * unaccent(), so the folded form is stored beside the original and searched with LIKE.
 */
export function toSearchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}
