import { type exchangeRatesVi } from '~/features/exchange-rates/exchange-rates.vi'
import { type Dictionary } from '~/locales/dictionary'

/** English strings of the exchange-rate page: the namespaces "exchangeRates". */
export const exchangeRatesEn: Dictionary<typeof exchangeRatesVi> = {
  exchangeRates: {
    title: 'VND/USD exchange rates',
    intro: 'Every converted amount names its rate and date. The latest rate is used for conversions.',
    date: 'Date',
    vndPerUsd: 'VND per USD',
    source: 'Source',
    add: 'Add rate',
    added: 'Rate of {{date}} added.',
    empty: 'No exchange rate yet. Add one to convert capital to USD.',
    tableCaption: 'Recorded rates, latest first',
    duplicate: 'There is already a rate for this date.',
  },
}
