import { type AppHref, AppLink } from '~/components/app-link'
import { buttonClassName } from '~/components/ui/button'
import { useTranslation } from '~/utils/translation'

/** Previous / next links that keep every other parameter of the URL. */
export function Pagination({
  page,
  pageCount,
  searchParams,
}: {
  page: number
  pageCount: number
  searchParams: URLSearchParams
}) {
  const { t } = useTranslation()
  if (pageCount <= 1) return null
  const hrefFor = (target: number): AppHref => {
    const params = new URLSearchParams(searchParams)
    params.set('page', String(target))
    return `?${params.toString()}`
  }
  return (
    <nav aria-label={t('common.pagination')} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <AppLink to={hrefFor(page - 1)} className={buttonClassName('secondary')} rel="prev">
          {t('common.previous')}
        </AppLink>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{t('common.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <AppLink to={hrefFor(page + 1)} className={buttonClassName('secondary')} rel="next">
          {t('common.next')}
        </AppLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
