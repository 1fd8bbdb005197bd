import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '~/locales/en'
import { vi } from '~/locales/vi'
import { DEFAULT_LOCALE, type Locale, isLocale } from '~/utils/locale'

export const LOCALE_COOKIE = 'tiendo_lang'

export const resources = { vi: { translation: vi }, en: { translation: en } } as const

/**
 * One i18next instance per server request (so two readers in two languages never share
 * one), one for the browser. Both dictionaries are small and bundled, so initialisation is
 * synchronous and the first render already has every string: no flash, no mismatch.
 */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
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
