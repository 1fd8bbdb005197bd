import i18next, { type TFunction, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '~/locales/en'
import { vi } from '~/locales/vi'
import { DEFAULT_LOCALE, type Locale, isLocale } from '~/utils/locale'
import { translatorFor } from '~/utils/translation'

export const LOCALE_COOKIE = 'tiendo_lang'

export const resources = { vi: { translation: vi }, en: { translation: en } } as const

const instances = new Map<Locale, I18n>()

/**
 * The server's i18next instance for a language: both dictionaries are bundled, so
 * initialisation is synchronous and the first render already has every string. One
 * instance per language, made once and shared by every request in that language (making one
 * per request cost about a tenth of a page's server time). Nothing may change a shared
 * instance's language: the root layout only switches it when the loader's locale differs
 * from the request's, which on the server it never does (both read the cookie). The browser
 * makes its own instance with only its language's dictionary (app/utils/i18n-client.ts).
 */
export function createI18n(locale: Locale): I18n {
  let instance = instances.get(locale)
  if (!instance) {
    instance = i18next.createInstance()
    void instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: DEFAULT_LOCALE,
      resources,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    instances.set(locale, instance)
  }
  return instance
}

/**
 * A loader's or action's `t` in the reader's language: the components' remembering
 * translator (app/utils/translation.ts) over the shared instance. i18next's own `t` cost
 * about a tenth of a millisecond for a page title, on every request.
 */
export function serverT(locale: Locale): TFunction {
  return translatorFor(createI18n(locale), locale)
}

/** The reader's language: their remembered choice, else Vietnamese. */
export function getLocaleFromCookieHeader(cookieHeader: string | null): Locale {
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))
  const value = match?.[1]
  return isLocale(value) ? value : DEFAULT_LOCALE
}

export function getLocale(request: Request): Locale {
  return getLocaleFromCookieHeader(request.headers.get('Cookie'))
}

export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`
}
