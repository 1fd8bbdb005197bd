import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import {
  Form,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from '@remix-run/react'
import { type ReactNode, useEffect, useLayoutEffect, useState } from 'react'
import { isBenchBaselineRequest } from '~/benchmark/bench.server'
import { AppLink, useAppLinkNavigation } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import tailwindHref from '~/styles/tailwind.css?url'
import { getOptionalUser } from '~/utils/auth.server'
import { getLocale } from '~/utils/i18n'
import { DEFAULT_LOCALE, isLocale } from '~/utils/locale'
import { useNonce } from '~/utils/nonce-provider'
import { hasPermission } from '~/utils/permissions'
import { type Toast, getToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: tailwindHref },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

// Pages set their own title; this one stands for error pages that cannot.
export const meta: MetaFunction = () => [{ title: 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  // The benchmark's baseline page measures rendering alone: no session lookup (app/benchmark/bench.server.ts).
  const [{ toast, headers }, user] = await Promise.all([
    getToast(request),
    isBenchBaselineRequest(request) ? null : getOptionalUser(request),
  ])
  return data(
    {
      locale: getLocale(request),
      toast,
      isDemo: process.env.TIENDO_DEMO === '1',
      // Only what the header needs; permissions are checked again by every loader and action.
      user: user
        ? {
            name: user.name,
            role: user.role,
            canCreateProject: hasPermission(user, 'create:project'),
            canManageUsers: hasPermission(user, 'manage:user'),
            canReadAudit: hasPermission(user, 'read:audit'),
          }
        : null,
    },
    { headers },
  )
}

function ToastMessage({ toast }: { toast: Toast }) {
  const { t } = useTranslation()
  const [visible, setVisible] = useState(true)
  useEffect(() => setVisible(true), [toast])
  if (!visible) return null
  return (
    <div
      role="status"
      className={`mx-auto mt-4 flex max-w-6xl items-start justify-between gap-4 rounded-md border px-4 py-3 text-sm ${
        toast.kind === 'success'
          ? 'border-emerald-300 bg-emerald-50 text-emerald-900'
          : 'border-red-300 bg-red-50 text-red-900'
      }`}
    >
      <p>{t(toast.messageKey, toast.values)}</p>
      <button type="button" className="text-sm underline" onClick={() => setVisible(false)}>
        {t('common.close')}
      </button>
    </div>
  )
}

function LanguageSwitch() {
  const { t } = useTranslation()
  const location = useLocation()
  const { i18n } = useTranslation()
  const other = i18n.language === 'en' ? 'vi' : 'en'
  return (
    <Form method="post" action="/set-language">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button
        type="submit"
        lang={other}
        aria-label={t('language.switchToLabel')}
        className="rounded-md border border-white/60 px-3 py-1.5 text-sm text-white hover:bg-white/10"
      >
        {t('language.switchTo')}
      </button>
    </Form>
  )
}

/** useLayoutEffect in the browser; on the server (where effects do not run) useEffect, without React's warning. */
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

type NavUser = { canCreateProject: boolean; canManageUsers: boolean; canReadAudit: boolean }

/**
 * The header's links, the current section marked (aria-current) as NavLink marks it: the
 * link's path or one below it, the register itself only exactly. App links rather than
 * NavLinks, which resolve their paths and match them again for each link on every page
 * (docs/decisions/011).
 */
function PrimaryNav({ user }: { user: NavUser }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const links: { to: `/${string}`; label: string; end?: true; shown?: boolean }[] = [
    { to: '/progress', label: t('nav.progressOverview') },
    { to: '/goals', label: t('nav.goals') },
    { to: '/statistics', label: t('nav.statistics') },
    { to: '/projects', label: t('nav.projects'), end: true },
    { to: '/projects/new', label: t('nav.newProject'), shown: user.canCreateProject },
    { to: '/obstacles', label: t('obstacles.nav') },
    { to: '/meetings', label: t('meetings.nav') },
    { to: '/investors', label: t('nav.investors') },
    { to: '/projects/deleted', label: t('nav.deleted') },
    { to: '/exchange-rates', label: t('nav.exchangeRates') },
    { to: '/admin/users', label: t('nav.users'), shown: user.canManageUsers },
    { to: '/admin/departments', label: t('nav.departments'), shown: user.canManageUsers },
    { to: '/admin/audit', label: t('nav.audit'), shown: user.canReadAudit },
  ]
  return (
    <nav aria-label={t('app.primaryNav')} className="mx-auto max-w-6xl px-4 pb-3">
      <ul className="flex flex-wrap gap-1">
        {links.map(({ to, label, end, shown = true }) => {
          if (!shown) return null
          const current = pathname === to || (!end && pathname.startsWith(`${to}/`))
          return (
            <li key={to}>
              <AppLink
                to={to}
                aria-current={current ? 'page' : undefined}
                className={`rounded-md px-3 py-2 text-sm font-medium ${current ? 'text-brand-900 bg-white' : 'text-white hover:bg-white/10'}`}
              >
                {label}
              </AppLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

export function Layout({ children }: { children: ReactNode }) {
  const rootData = useRouteLoaderData<typeof loader>('root')
  const { t, i18n } = useTranslation()
  const nonce = useNonce()
  // Without loader data (an error page), the language the request was rendered in.
  const locale = rootData?.locale ?? (isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE)
  // The switch is a POST; after it the loader reports the new language, applied once that
  // answer is on screen and before it is painted. Not during rendering: a render that React
  // interrupts (long pages render in slices) would change the language back and forth and the
  // new one would never show.
  useIsomorphicLayoutEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale)
  }, [i18n, locale])
  useAppLinkNavigation()
  // Set once React has hydrated the page and its handlers are attached: the end-to-end tests
  // wait for it instead of guessing (e2e/security.spec.ts proves hydration under the CSP).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])

  return (
    <html lang={locale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="min-h-full">
        <a
          href="#main"
          className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('app.skipToContent')}
        </a>
        <header className="bg-brand-800 text-white print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <div>
              <p className="text-brand-100 text-xs tracking-wide uppercase">{t('app.province')}</p>
              <p className="text-lg font-semibold">
                {t('app.name')} <span className="text-brand-100 font-normal">· {t('app.tagline')}</span>
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-3">
              {rootData?.user ? (
                <>
                  <p className="text-sm">
                    {t('auth.signedInAs', { name: rootData.user.name })}{' '}
                    <span className="text-brand-100">({t(`auth.role.${rootData.user.role}`)})</span>
                  </p>
                  <AppLink to="/account/password" className="text-sm text-white underline underline-offset-2">
                    {t('nav.password')}
                  </AppLink>
                  <Form method="post" action="/logout">
                    <button
                      type="submit"
                      className="rounded-md border border-white/60 px-3 py-1.5 text-sm text-white hover:bg-white/10"
                    >
                      {t('auth.signOut')}
                    </button>
                  </Form>
                </>
              ) : null}
              <LanguageSwitch />
            </div>
          </div>
          {rootData?.user ? <PrimaryNav user={rootData.user} /> : null}
        </header>
        {rootData?.isDemo ? (
          <p className="bg-amber-100 px-4 py-1 text-center text-xs text-amber-950 print:hidden">
            {t('app.demoNotice')}
          </p>
        ) : null}
        {rootData?.toast ? <ToastMessage toast={rootData.toast} /> : null}
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
