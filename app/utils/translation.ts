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

/**
 * Options made only of plain values translate the same every time; anything else is not
 * remembered. The memory's key is the key and each option, name and value, strings marked
 * apart from other values ("1" is not 1); a string holding U+0000, the separator, is not
 * remembered (option names are the code's own). Built by hand: JSON.stringify was most of
 * the cost of a remembered translation.
 */
function rememberKey(args: unknown[]): string | undefined {
  const [key, options] = args
  if (typeof key !== 'string' || args.length > 2) return undefined
  if (options === undefined) return key
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined
  let remembered = key
  for (const name in options) {
    const value = (options as Record<string, unknown>)[name]
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return undefined
      remembered += `\u0000${name}\u0001s${value}`
    } else if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
      remembered += `\u0000${name}\u0001${String(value)}`
    } else return undefined
  }
  return remembered
}

/** Enough for every string of a few pages; past it the memory starts again (numbers in options vary). */
const REMEMBERED_MAX = 5_000

function rememberingTranslator(fixedT: TFunction): TFunction {
  const call = fixedT as unknown as (...args: unknown[]) => string
  const remembered = new Map<string, string>()
  const translate = (...args: unknown[]) => {
    const key = rememberKey(args)
    if (key === undefined) return call(...args)
    let text = remembered.get(key)
    if (text === undefined) {
      text = call(...args)
      if (remembered.size >= REMEMBERED_MAX) remembered.clear()
      remembered.set(key, text)
    }
    return text
  }
  return Object.assign(translate, fixedT) as unknown as TFunction
}
