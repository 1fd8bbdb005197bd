import { DEFAULT_LOCALE, type Locale, isLocale } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'

/** The reader's language, for formatting numbers, dates and money. */
export function useLocale(): Locale {
  const { i18n } = useTranslation()
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE
}
