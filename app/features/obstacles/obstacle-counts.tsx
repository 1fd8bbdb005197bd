import { useId } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { OBSTACLE_CATEGORIES } from '~/features/obstacles/obstacle-rules'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A count in the summary links to the same list narrowed to that department or category. */
function narrowedHref(searchParams: URLSearchParams, key: string, value: string): AppHref {
  const params = new URLSearchParams(searchParams)
  params.set(key, value)
  params.delete('page')
  return `?${params.toString()}`
}

/** Under the obstacles register: the filtered obstacles counted by department and by category. */
export function ObstacleCounts({
  departments,
  byDepartment,
  byCategory,
  searchParams,
}: {
  departments: { id: string; nameVi: string; nameEn: string }[]
  byDepartment: Record<string, number>
  byCategory: Record<string, number>
  searchParams: URLSearchParams
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const headingId = useId()
  const departmentCounts = departments
    .map((department) => ({ department, count: byDepartment[department.id] ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count)
  const categoryCounts = OBSTACLE_CATEGORIES.map((category) => ({
    category,
    count: byCategory[category] ?? 0,
  })).filter((row) => row.count > 0)

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('obstacles.list.countsTitle')}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <CountTable
          caption={t('obstacles.list.byDepartment')}
          header={t('obstacles.list.department')}
          note={t('obstacles.list.countsNote')}
          rows={departmentCounts.map(({ department, count }) => ({
            key: department.id,
            label: localName(department, locale),
            count,
            href: narrowedHref(searchParams, 'department', department.id),
          }))}
        />
        <CountTable
          caption={t('obstacles.list.byCategory')}
          header={t('obstacles.list.category')}
          rows={categoryCounts.map(({ category, count }) => ({
            key: category,
            label: t(`obstacles.category.${category}`),
            count,
            href: narrowedHref(searchParams, 'category', category),
          }))}
        />
      </div>
    </section>
  )
}

function CountTable({
  caption,
  header,
  note,
  rows,
}: {
  caption: string
  header: string
  note?: string
  rows: { key: string; label: string; count: number; href: AppHref }[]
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      <table className="min-w-full text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead className="text-left">
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">
              {header}
            </th>
            <th scope="col" className="py-1 text-right">
              {t('obstacles.list.countColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                <AppLink
                  to={row.href}
                  className="text-brand-700 underline-offset-2 hover:underline"
                  aria-label={t('obstacles.list.filterBy', { name: row.label })}
                >
                  {row.label}
                </AppLink>
              </th>
              <td className="py-1 text-right">{row.count.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p className="mt-2 text-xs text-slate-600">{note}</p> : null}
    </div>
  )
}
