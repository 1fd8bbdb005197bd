import { useLocation, useNavigate } from '@remix-run/react'
import { type ReactNode, useEffect } from 'react'

/**
 * Links inside the app: plain `<a>` elements whose clicks the router takes over (no document
 * load), as with Remix's `<Link>`, at a fraction of its cost on the server (docs/decisions/011).
 *
 * Remix's `<Link>` resolves its `to` three times (its own `useHref`, react-router's `<Link>` and
 * the click handler it makes each resolve the path against the route tree), sets up
 * prefetching state and gives each link its own click handler: about 10 µs per link on the
 * server, which the registers pay 25 to 80 times per page. The app's links are absolute paths
 * or a new query string for the page being shown, so there is nothing to resolve, and one
 * listener on the document (useAppLinkNavigation, in root.tsx) handles every link's click.
 * Like `<Link>`, a link is marked for Remix's route discovery (`data-discover`, which is also
 * what the listener looks for), and the browser keeps what a plain link does: a click with a
 * modifier key, a middle click, another target, a download.
 */

/** An absolute path in the app (`/projects/…`) or a query string for the page being shown (`?page=2`). */
export type AppHref = `/${string}` | `?${string}`

/**
 * What the app's links use. Named one by one rather than all of an anchor's attributes passed
 * through: an object rest and spread of props made each link five times slower to render on
 * the server (2.6 µs against 0.5, measured with React's string renderer).
 */
type AppLinkProps = {
  to: AppHref
  children: ReactNode
  className?: string
  rel?: string
  'aria-label'?: string
  'aria-current'?: 'page'
}

export function AppLink(props: AppLinkProps) {
  if (props.to.startsWith('?')) return <QueryLink {...props} />
  return anchor(props, props.to)
}

/** A new query string for the page being shown, written out as a full path as `<Link>` does. */
function QueryLink(props: AppLinkProps) {
  const { pathname } = useLocation()
  return anchor(props, `${pathname}${props.to}`)
}

function anchor(props: AppLinkProps, href: string) {
  return (
    <a
      href={href}
      data-discover="true"
      className={props.className}
      rel={props.rel}
      aria-label={props['aria-label']}
      aria-current={props['aria-current']}
    >
      {props.children}
    </a>
  )
}

/** Lets the router handle clicks on the app's links (once, in the root layout). */
export function useAppLinkNavigation() {
  const navigate = useNavigate()
  useEffect(() => {
    function handleClick(event: MouseEvent) {
      const link = appLinkClicked(event)
      if (!link) return
      event.preventDefault()
      const target = `${link.pathname}${link.search}${link.hash}`
      // As <Link>: a link to the page being shown replaces its history entry instead of adding one.
      navigate(target, { replace: target === `${location.pathname}${location.search}${location.hash}` })
    }
    document.addEventListener('click', handleClick)
    return () => document.removeEventListener('click', handleClick)
  }, [navigate])
}

/** The app link of a click react-router's `<Link>` would take over, or null for the browser to follow. */
function appLinkClicked(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
    return null
  const link = event.target instanceof Element ? event.target.closest('a[data-discover]') : null
  if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return null
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null
  return link
}
