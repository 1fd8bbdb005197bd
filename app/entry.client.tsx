import { RemixBrowser } from '@remix-run/react'
import { StrictMode, startTransition } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { createI18n } from '~/utils/i18n'
import { DEFAULT_LOCALE, isLocale } from '~/utils/locale'

// The server rendered <html lang>, which is the language to hydrate in.
const lang = document.documentElement.lang
const i18n = createI18n(isLocale(lang) ? lang : DEFAULT_LOCALE)

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
