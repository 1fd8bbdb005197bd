import type { QuarterlyReport, Rate } from '~/features/progress/quarterly-report.server'
import { formatDate, formatNumber } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** The report's last section: which VND/USD rates its USD figures were converted at. */
export function ReportRates({
  rate,
  ratesApplied,
  latestRate,
  periodEnded,
}: Pick<QuarterlyReport, 'rate' | 'ratesApplied' | 'latestRate'> & { periodEnded: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (!rate) return <p className="text-sm">{t('report.rates.none')}</p>
  const values = (shown: Rate) => ({
    rate: formatNumber(shown.vndPerUsd, locale),
    date: formatDate(shown.date, locale),
  })
  return (
    <div className="report-keep space-y-1 text-sm">
      <p>{t('report.rates.method')}</p>
      <p>{t('report.rates.applied')}</p>
      <ul className="list-disc pl-6">
        {ratesApplied.map((applied) => (
          <li key={applied.date.toISOString()}>{t('report.rates.item', values(applied))}</li>
        ))}
      </ul>
      <p>{t('report.rates.latest', values(rate))}</p>
      {!periodEnded && latestRate && latestRate.date.getTime() !== rate.date.getTime() ? (
        <p>{t('report.rates.forecast', values(latestRate))}</p>
      ) : null}
    </div>
  )
}
