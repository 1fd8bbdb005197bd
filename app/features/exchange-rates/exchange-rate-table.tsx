import { EmptyState, RecordTable } from '~/components/paged-list'
import type { ExchangeRateRecord } from '~/features/exchange-rates/exchange-rate.server'
import { RevisionCell, Struck, correctedBy, rowAnchor } from '~/features/project-events/corrections'
import { formatDate, formatNumber } from '~/utils/format'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** Every rate recorded, newest first: voided ones struck through, each row's status and links. */
export function ExchangeRateTable({ rates, canRevise }: { rates: readonly ExchangeRateRecord[]; canRevise: boolean }) {
  const { t } = useTranslation()
  const locale = useLocale()
  if (rates.length === 0) return <EmptyState message={t('exchangeRates.empty')} />
  const corrects = correctedBy(rates)
  return (
    <RecordTable
      caption={t('exchangeRates.tableCaption')}
      columns={[
        { label: t('exchangeRates.date') },
        { label: t('exchangeRates.vndPerUsd'), numeric: true },
        { label: t('exchangeRates.source') },
        { label: t('corrections.status') },
      ]}
    >
      {rates.map((rate) => {
        const voided = rate.voidedAt !== null
        return (
          <tr key={rate.id} id={rowAnchor('rate', rate.id)} className="align-top">
            <td className="px-3 py-2">
              <Struck voided={voided}>{formatDate(rate.date, locale)}</Struck>
            </td>
            <td className="px-3 py-2 text-right">
              <Struck voided={voided}>{formatNumber(rate.vndPerUsd, locale)}</Struck>
            </td>
            <td className="px-3 py-2">{rate.source}</td>
            <td className="px-3 py-2">
              <RevisionCell
                row={rate}
                what={t('corrections.what.rate', { date: formatDate(rate.date, locale) })}
                anchorPrefix="rate"
                correctsId={corrects.get(rate.id) ?? null}
                canRevise={canRevise}
              />
            </td>
          </tr>
        )
      })}
    </RecordTable>
  )
}
