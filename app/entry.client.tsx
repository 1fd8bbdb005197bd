import { RemixBrowser } from '@remix-run/react'
import { StrictMode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createClientI18n, loadDictionary } from '~/utils/i18n-client'
import { DEFAULT_LOCALE, isLocale } from '~/utils/locale'

// The server rendered <html lang>, which is the language to hydrate in; only its dictionary is loaded.
const lang = document.documentElement.lang
const locale = isLocale(lang) ? lang : DEFAULT_LOCALE

void loadDictionary(locale).then((translation) => {
  const i18n = createClientI18n(locale, translation)
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <RemixBrowser />
        </I18nextProvider>
      </StrictMode>,
    )
  })
})
