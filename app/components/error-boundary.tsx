import { isRouteErrorResponse, useRouteError } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { useTranslation } from '~/utils/translation'

/** What a person sees when something fails: a sentence in their language, never a stack. */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  let message = t('errorPage.generic')
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) message = t('errorPage.notFound')
    else if (error.status === 403) message = t('errorPage.forbidden')
    // 415: what was sent is not a form (app/utils/read-form.server.ts).
    else if (error.status === 400 || error.status === 415) message = t('errorPage.badRequest')
    else if (error.status === 413) message = t('errorPage.tooLarge')
  } else if (typeof document !== 'undefined') {
    console.error(error)
  }
  return (
    <div className="rounded-md border border-red-300 bg-white p-6">
      <h1 className="text-xl font-semibold text-red-900">{t('errorPage.title')}</h1>
      <p className="mt-2 text-slate-800">{message}</p>
      <p className="mt-4">
        <AppLink to="/projects" className="text-brand-700 underline">
          {t('errorPage.home')}
        </AppLink>
      </p>
    </div>
  )
}
