import { useId } from 'react'
import { AppLink } from '~/components/app-link'
import { formatIndicatorValue, goalPeriodText } from '~/features/goals/goal-display'
import type { listStatistics } from '~/features/statistics/statistic.server'
import { formatDate, formatDateTime } from '~/utils/format'
import { localName } from '~/utils/locale'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

type IndicatorView = Awaited<ReturnType<typeof listStatistics>>['indicators'][number]

/**
 * One indicator's figures, newest period first: the figure in force, then the ones it
 * corrected, struck through (the redirect after an entry lands on its anchor).
 */
export function IndicatorFigures({ indicator, canEnter }: { indicator: IndicatorView; canEnter: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  const headingId = useId()
  const name = localName(indicator, locale)
  const unit = t(`goals.indicatorUnit.${indicator.unit}`, { defaultValue: indicator.unit })
  const value = (figure: number) => formatIndicatorValue(figure, indicator.unit, locale, t)
  const enteredBy = (entry: { enteredByName: string | null; createdAt: string | Date }) =>
    t('statistics.enteredBy', {
      name: entry.enteredByName ?? t('statistics.unknownUser'),
      at: formatDateTime(entry.createdAt, locale),
    })
  const source = (entry: { sourceTitle: string; sourceUrl: string | null; note: string | null }) => (
    <>
      {entry.sourceUrl ? (
        <a href={entry.sourceUrl} className="text-brand-700 underline" rel="noreferrer noopener" target="_blank">
          {entry.sourceTitle}
        </a>
      ) : (
        entry.sourceTitle
      )}
      {entry.note ? (
        <span className="block text-xs text-slate-700">{t('statistics.note', { note: entry.note })}</span>
      ) : null}
    </>
  )
  return (
    <section
      id={`indicator-${indicator.code}`}
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-5"
    >
      <div>
        <h2 id={headingId} className="text-lg font-semibold">
          {t('statistics.heading', { name, unit })}
        </h2>
        <p className="font-mono text-xs text-slate-700">{t('statistics.code', { code: indicator.code })}</p>
      </div>
      {indicator.periods.length === 0 ? (
        <p className="text-slate-700">{t('statistics.noFigures')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t('statistics.tableCaption', { indicator: name })}</caption>
            <thead className="text-left">
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('statistics.columns.period')}
                </th>
                <th scope="col" className="py-2 pr-4 text-right">
                  {t('statistics.columns.value')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('statistics.columns.referenceDate')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('statistics.columns.source')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('statistics.columns.enteredBy')}
                </th>
                {canEnter ? (
                  <th scope="col" className="py-2">
                    {t('statistics.columns.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            {indicator.periods.map((group) => {
              const period = goalPeriodText(group.periodKey, locale)
              return (
                <tbody key={group.periodKey} className="border-b border-slate-200">
                  <tr>
                    <th scope="row" className="py-2 pr-4 text-left align-top font-medium">
                      {period}
                      {group.superseded.length > 0 ? (
                        <span className="block text-xs font-normal text-slate-700">
                          {t('statistics.correctionsCount', { count: group.superseded.length })}
                        </span>
                      ) : null}
                    </th>
                    <td className="py-2 pr-4 text-right align-top font-semibold whitespace-nowrap">
                      {value(group.current.value)}
                      <span className="sr-only"> ({t('statistics.current')})</span>
                    </td>
                    <td className="py-2 pr-4 align-top">{formatDate(group.current.referenceDate, locale)}</td>
                    <td className="py-2 pr-4 align-top">{source(group.current)}</td>
                    <td className="py-2 pr-4 align-top">{enteredBy(group.current)}</td>
                    {canEnter ? (
                      <td className="py-2 align-top">
                        <AppLink
                          to={`/statistics/new?${new URLSearchParams({ indicator: indicator.id, period: group.periodKey })}`}
                          className="text-brand-700 underline underline-offset-2"
                          aria-label={t('statistics.correctLabel', { indicator: name, period })}
                        >
                          {t('statistics.correct')}
                        </AppLink>
                      </td>
                    ) : null}
                  </tr>
                  {group.superseded.map((entry) => (
                    <tr key={entry.id} className="text-slate-700">
                      <th scope="row" className="py-1 pr-4 pl-4 text-left align-top text-xs font-normal">
                        <span className="sr-only">{period}: </span>
                        {t('statistics.superseded', { date: formatDateTime(entry.supersededAt, locale) })}
                      </th>
                      <td className="py-1 pr-4 text-right align-top whitespace-nowrap">
                        <del>{value(entry.value)}</del>
                      </td>
                      <td className="py-1 pr-4 align-top">{formatDate(entry.referenceDate, locale)}</td>
                      <td className="py-1 pr-4 align-top">{source(entry)}</td>
                      <td className="py-1 pr-4 align-top">{enteredBy(entry)}</td>
                      {canEnter ? <td /> : null}
                    </tr>
                  ))}
                </tbody>
              )
            })}
          </table>
        </div>
      )}
    </section>
  )
}
