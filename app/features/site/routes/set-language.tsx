import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { localeCookie } from '~/utils/i18n'
import { isLocale } from '~/utils/locale'
import { safeRedirectPath } from '~/utils/misc'
import { readForm } from '~/utils/read-form.server'

/** Remembers the reader's language in a cookie and returns to the page they were on. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request)
  const locale = form.get('locale')
  const redirectTo = safeRedirectPath(form.get('redirectTo'), '/projects')
  if (!isLocale(locale)) return redirect(redirectTo)
  return redirect(redirectTo, { headers: { 'Set-Cookie': localeCookie(locale) } })
}

export function loader() {
  return redirect('/projects')
}
