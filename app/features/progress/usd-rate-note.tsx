import { formatDate, formatNumber } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export type LatestRate = { date: Date; vndPerUsd: number }

/**
 * Says how figures in USD were converted from the đồng on record. Actuals use the rate of each
 * day an IRC was issued or adjusted (goal-metrics' rateForDay); forecasts and the pipeline use
 * the newest rate, whose value and date are named because they change whenever staff add one.
 */
export function UsdRateNote({
  rate,
  converts = 'perDay',
  className = 'text-xs text-slate-700',
}: {
  rate: LatestRate | null
  /** perDay: actuals only; perDayAndForecast: actuals beside a forecast; latest: forecast values only */
  converts?: 'perDay' | 'perDayAndForecast' | 'latest'
  className?: string
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (!rate) return <p className={className}>{t('progress.usdNote.noRate')}</p>
  const values = { rate: formatNumber(rate.vndPerUsd, locale), date: formatDate(rate.date, locale) }
  if (converts === 'latest') return <p className={className}>{t('progress.usdNote.latestOnly', values)}</p>
  return (
    <p className={className}>
      {t('progress.usdNote.perDay')}{' '}
      {t(converts === 'perDayAndForecast' ? 'progress.usdNote.latestForecast' : 'progress.usdNote.latest', values)}
    </p>
  )
}
