import { Link } from '@remix-run/react'
import { useTranslation } from '~/utils/translation'
import { buttonClassName } from '~/components/ui/button'

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
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(searchParams)
    params.set('page', String(target))
    return `?${params.toString()}`
  }
  return (
    <nav aria-label={t('common.pagination')} className="flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className={buttonClassName('secondary')} rel="prev">
          {t('common.previous')}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700">{t('common.pageOf', { page, pages: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} className={buttonClassName('secondary')} rel="next">
          {t('common.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
