import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useSearchParams } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { RecordTable } from '~/components/paged-list'
import { Pagination } from '~/components/pagination'
import { buttonClassName } from '~/components/ui/button'
import { SelectField } from '~/components/ui/field'
import { formatGoalRequirement, goalPeriodText, goalScopeText } from '~/features/goals/goal-display'
import { listDepartments, listGoalYears, listGoals, parseGoalListQuery } from '~/features/goals/goal-editor-data.server'
import { ROMAN_QUARTERS } from '~/features/goals/goal-form-fields'
import { GOAL_PERIOD_FILTERS } from '~/features/goals/goal-vocabulary'
import { requirePermission } from '~/utils/auth.server'
import { provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { hasPermission } from '~/utils/permissions'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:report')
  const query = parseGoalListQuery(new URL(request.url).searchParams)
  const [result, years, departments] = await Promise.all([listGoals(query), listGoalYears(), listDepartments()])
  const t = serverT(getLocale(request))
  // This year and the chosen one are always offered, even before they have goals.
  const yearChoices = [...new Set([provinceToday().getUTCFullYear(), ...years, ...(query.year ? [query.year] : [])])]
  return {
    title: `${t('goals.title')} · Tiendo`,
    query,
    filtersActive: Boolean(query.year || query.period || query.department),
    canCreate: hasPermission(user, 'create:goal'),
    ...result,
    rows: result.rows.map((row) => ({
      ...row,
      canEdit: hasPermission(user, 'update:goal', row),
      canDelete: hasPermission(user, 'delete:goal', row),
    })),
    years: yearChoices.sort((a, b) => b - a),
    departments,
  }
}

export default function GoalsPage() {
  const data = useLoaderData<typeof loader>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const locale = useLocale()
  const { query } = data
  const name = (row: { nameVi: string; nameEn: string }) => localName(row, locale)
  const periodFilterLabel = (value: (typeof GOAL_PERIOD_FILTERS)[number]) => {
    const index = Number(value.slice(1))
    if (value === 'Y') return t('goals.period.year')
    if (value.startsWith('Q')) return t('goals.period.quarter', { roman: ROMAN_QUARTERS[index - 1], index })
    if (value.startsWith('H')) return t(index === 1 ? 'goals.period.half1' : 'goals.period.half2')
    return t('goals.period.months', { count: index })
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('goals.title')}</h1>
        {data.canCreate ? (
          <AppLink to="/goals/new" className={buttonClassName('primary')}>
            {t('goals.add')}
          </AppLink>
        ) : null}
      </div>
      <p className="text-slate-700">{t('goals.intro')}</p>

      <Form
        method="get"
        className="rounded-lg border border-slate-300 bg-white p-4"
        aria-label={t('goals.list.filters')}
      >
        <div className="grid gap-4 md:grid-cols-4 md:items-end">
          <SelectField
            label={t('goals.list.year')}
            placeholder={t('common.all')}
            selectProps={{ name: 'year', defaultValue: query.year ? String(query.year) : '' }}
            options={data.years.map((year) => ({ value: String(year), label: String(year) }))}
          />
          <SelectField
            label={t('goals.list.period')}
            placeholder={t('common.all')}
            selectProps={{ name: 'period', defaultValue: query.period ?? '' }}
            options={GOAL_PERIOD_FILTERS.map((value) => ({ value, label: periodFilterLabel(value) }))}
          />
          <SelectField
            label={t('goals.list.department')}
            placeholder={t('common.all')}
            selectProps={{ name: 'department', defaultValue: query.department ?? '' }}
            options={data.departments.map((department) => ({ value: department.id, label: name(department) }))}
          />
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={buttonClassName('primary')}>
              {t('goals.list.apply')}
            </button>
            {data.filtersActive ? (
              <AppLink to="/goals" className={buttonClassName('secondary')}>
                {t('goals.list.clearFilters')}
              </AppLink>
            ) : null}
          </div>
        </div>
      </Form>

      <p className="text-sm text-slate-700" role="status">
        {t('goals.list.count', { count: data.total })}
      </p>

      {data.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p className="font-medium">{data.filtersActive ? t('goals.list.emptyFiltered') : t('goals.list.empty')}</p>
          <p className="mt-1 text-slate-700">
            {data.filtersActive ? t('goals.list.emptyFilteredHint') : t('goals.list.emptyHint')}
          </p>
          {!data.filtersActive && data.canCreate ? (
            <AppLink to="/goals/new" className={`${buttonClassName('primary')} mt-4`}>
              {t('goals.add')}
            </AppLink>
          ) : null}
        </div>
      ) : (
        <>
          <RecordTable
            caption={t('goals.list.tableCaption')}
            columns={[
              { label: t('goals.list.columns.title') },
              { label: t('goals.list.columns.period') },
              { label: t('goals.list.columns.metric') },
              { label: t('goals.list.columns.target') },
              { label: t('goals.list.columns.scope') },
              { label: t('goals.list.columns.department') },
              { label: t('goals.list.columns.actions') },
            ]}
          >
            {data.rows.map((goal) => {
              const title = locale === 'en' && goal.titleEn ? goal.titleEn : goal.title
              return (
                <tr key={goal.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <AppLink
                      to={`/progress/goals/${goal.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                      aria-label={t('goals.list.progressOf', { title })}
                    >
                      {title}
                    </AppLink>
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap">{goalPeriodText(goal.periodKey, locale)}</td>
                  <td className="px-3 py-2">
                    {goal.metric === 'statistic' && goal.indicator
                      ? name(goal.indicator)
                      : t(`goals.metric.${goal.metric}`, { defaultValue: goal.metric })}
                  </td>
                  <td className="px-3 py-2">{formatGoalRequirement(goal, locale, t)}</td>
                  <td className="px-3 py-2">{goalScopeText(goal, t, data.projectNames)}</td>
                  <td className="px-3 py-2">{name(goal.department)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {goal.canEdit || goal.canDelete ? (
                      <span className="flex gap-3">
                        {goal.canEdit ? (
                          <AppLink
                            to={`/goals/${goal.id}/edit`}
                            className="text-brand-700 underline underline-offset-2"
                            aria-label={t('goals.list.editLabel', { title })}
                          >
                            {t('goals.list.edit')}
                          </AppLink>
                        ) : null}
                        {goal.canDelete ? (
                          <AppLink
                            to={`/goals/${goal.id}/delete`}
                            className="text-red-800 underline underline-offset-2"
                            aria-label={t('goals.list.deleteLabel', { title })}
                          >
                            {t('goals.list.delete')}
                          </AppLink>
                        ) : null}
                      </span>
                    ) : (
                      <span className="text-slate-600">{t('common.none')}</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </RecordTable>
          <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} />
        </>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
