/**
 * Names in a sheet matched to the records they mean (issue 15): a department, an
 * administrative unit, a country, an investor, written with or without diacritics, in any
 * case, with or without the unit's kind ("Phường Hà Lầm" or "Hà Lầm"), or by a former name
 * (a commune merged in 2025 keeps being written by its old name for years). Written exactly
 * (diacritics and all) a name wins over one that only folds to the same letters, so "Hạ An"
 * and "Hà An" stay apart when the sheet writes them properly. Pure, unit-tested.
 */
import { toSearchKey } from '~/utils/search-key'

export type NamedRecord = {
  id: string
  /** Every way the record may be written: its name, its code, its English name, former names. */
  names: readonly string[]
}

export type NameMatch =
  { ok: true; id: string } | { ok: false; problem: 'unknown' } | { ok: false; problem: 'ambiguous'; ids: string[] }

export type NameIndex = { exact: Map<string, Set<string>>; folded: Map<string, Set<string>> }

/** Words a unit's name may start with in a sheet, not part of its name. */
const UNIT_KIND_WORDS = /^(phuong|xa|thi tran|thi xa|thanh pho|tp\.?|dac khu|huyen|quan) /

function exactKey(text: string) {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
}

function foldedKeys(text: string): string[] {
  const key = toSearchKey(text)
  const bare = key.replace(UNIT_KIND_WORDS, '')
  return bare !== key && bare !== '' ? [key, bare] : [key]
}

function add(map: Map<string, Set<string>>, key: string, id: string) {
  if (key === '') return
  const ids = map.get(key) ?? new Set<string>()
  ids.add(id)
  map.set(key, ids)
}

export function buildNameIndex(records: readonly NamedRecord[]): NameIndex {
  const index: NameIndex = { exact: new Map(), folded: new Map() }
  for (const record of records) {
    for (const name of record.names) {
      add(index.exact, exactKey(name), record.id)
      for (const key of foldedKeys(name)) add(index.folded, key, record.id)
    }
  }
  return index
}

/** The one record a sheet's name means, or why there is none. */
export function matchName(index: NameIndex, text: string): NameMatch {
  const exact = index.exact.get(exactKey(text))
  if (exact?.size === 1) return { ok: true, id: [...exact][0] as string }
  const found = new Set<string>()
  for (const key of foldedKeys(text)) for (const id of index.folded.get(key) ?? []) found.add(id)
  if (found.size === 1) return { ok: true, id: [...found][0] as string }
  if (found.size === 0) return { ok: false, problem: 'unknown' }
  return { ok: false, problem: 'ambiguous', ids: [...found].sort() }
}
