import { type TFunction, type i18n as I18n } from 'i18next'
import { useContext, useSyncExternalStore } from 'react'
import { I18nContext } from 'react-i18next'

/**
 * The components' `useTranslation`: the same `{ t, i18n }` as react-i18next's, at a fraction
 * of the cost. Profiling the server under load (`npm run bench:profile`) put a quarter of a
 * page's time in translation: react-i18next's hook copies every property of the i18next
 * instance for each component it renders in (`createI18nWrapper`), and i18next's `t` copies
 * its whole options object on every call. Here the hook reads the instance from
 * react-i18next's context and re-renders when the language changes, and `t` remembers what a
 * key translates to, alone or with options made of plain values (numbers, strings).
 *
 * The memory is exact: an entry is the translation of one key in one language, and it is
 * dropped whenever a dictionary is added or removed (the browser loads the other language's
 * dictionary when the reader switches). Options holding anything else (a function, an
 * object) always go to i18next.
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const { i18n } = useContext(I18nContext)
  const language = useSyncExternalStore(
    subscriberFor(i18n),
    () => i18n.language,
    () => i18n.language,
  )
  return { t: translatorFor(i18n, language), i18n }
}

type Subscribe = (onChange: () => void) => () => void

const subscribers = new WeakMap<I18n, Subscribe>()

/** One stable subscription function per instance, as useSyncExternalStore needs. */
function subscriberFor(i18n: I18n): Subscribe {
  let subscribe = subscribers.get(i18n)
  if (!subscribe) {
    subscribe = (onChange) => {
      i18n.on('languageChanged', onChange)
      i18n.on('loaded', onChange)
      return () => {
        i18n.off('languageChanged', onChange)
        i18n.off('loaded', onChange)
      }
    }
    subscribers.set(i18n, subscribe)
  }
  return subscribe
}

type Translators = { byLanguage: Map<string, TFunction> }

const translators = new WeakMap<I18n, Translators>()

export function translatorFor(i18n: I18n, language: string): TFunction {
  let entry = translators.get(i18n)
  if (!entry) {
    const created: Translators = { byLanguage: new Map() }
    // A dictionary added or removed can change any key's translation: forget them all.
    const forget = () => created.byLanguage.clear()
    i18n.store.on('added', forget)
    i18n.store.on('removed', forget)
    i18n.on('loaded', forget)
    translators.set(i18n, created)
    entry = created
  }
  let translator = entry.byLanguage.get(language)
  if (!translator) {
    translator = rememberingTranslator(i18n.getFixedT(language))
    entry.byLanguage.set(language, translator)
  }
  return translator
}

/** Enough for every string of a few pages; past it the memory starts again (numbers in options vary). */
const REMEMBERED_MAX = 5_000

/** Where a text is kept in its node of the memory (no option name or value is a symbol). */
const TEXT = Symbol('text')

/** A node of the memory: option name → option value → the next node, and the text at the end. */
type MemoryNode = Map<unknown, unknown>

function isPlain(value: unknown): value is string | number | boolean | null | undefined {
  const type = typeof value
  return type === 'string' || type === 'number' || type === 'boolean' || value === null || value === undefined
}

/**
 * Options made only of plain values translate the same every time; anything else is not
 * remembered. The memory is a tree: the key, then each option's name and value in turn,
 * compared as Map keys compare ("1" is not 1), so no two sets of options can be confused
 * and no key string is built (building and hashing one was most of the cost of a
 * remembered translation, 0.2 µs a call, and a page makes hundreds).
 */
function rememberingTranslator(fixedT: TFunction): TFunction {
  const call = fixedT as unknown as (...args: unknown[]) => string
  let root: MemoryNode = new Map()
  let size = 0
  function translate(key: unknown, options?: unknown, ...rest: unknown[]): string {
    if (typeof key !== 'string' || rest.length > 0) return call(key, options, ...rest)
    if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options)))
      return call(key, options)
    const given = options as Record<string, unknown> | undefined
    // Checked before the walk, so options that are not remembered leave no empty nodes behind.
    for (const name in given) if (!isPlain(given[name])) return call(key, options)
    let node = root.get(key) as MemoryNode | undefined
    if (node === undefined) root.set(key, (node = new Map()))
    for (const name in given) {
      const value = given[name]
      let byValue = node.get(name) as MemoryNode | undefined
      if (byValue === undefined) node.set(name, (byValue = new Map()))
      let next = byValue.get(value) as MemoryNode | undefined
      if (next === undefined) byValue.set(value, (next = new Map()))
      node = next
    }
    let text = node.get(TEXT) as string | undefined
    if (text === undefined) {
      text = options === undefined ? call(key) : call(key, options)
      if (size >= REMEMBERED_MAX) {
        // Start again; this text still goes into the fresh memory below.
        root = new Map()
        size = 0
        return translate(key, options)
      }
      node.set(TEXT, text)
      size += 1
    }
    return text
  }
  return Object.assign(translate, fixedT) as unknown as TFunction
}
