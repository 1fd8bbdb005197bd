import i18next, { type BackendModule, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { type Locale, isLocale } from '~/utils/locale'

type Translation = Record<string, unknown>

/** Each language's dictionary is its own chunk: the browser loads only the one it shows. */
export function loadDictionary(locale: Locale): Promise<Translation> {
  return locale === 'en'
    ? import('~/locales/en').then((module) => module.en)
    : import('~/locales/vi').then((module) => module.vi)
}

/** Loads the other language's dictionary when the reader switches (root.tsx calls changeLanguage). */
const lazyDictionaries: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(null, {})
    loadDictionary(language).then(
      (translation) => callback(null, translation),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

/**
 * The browser's i18next instance, given the dictionary of the language the server rendered
 * in (already loaded, so the first render has every string: no flash, no mismatch).
 */
export function createClientI18n(locale: Locale, translation: Translation): I18n {
  const instance = i18next.createInstance()
  void instance
    .use(lazyDictionaries)
    .use(initReactI18next)
    .init({
      lng: locale,
      // Every dictionary has every key (en.ts is typed against vi.ts): no fallback to load.
      fallbackLng: false,
      resources: { [locale]: { translation } },
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
  return instance
}
