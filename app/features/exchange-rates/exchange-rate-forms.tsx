/**
 * The exchange-rates page's forms: a new rate, and a rate corrected or voided in the panel
 * a row's link opens (docs/decisions/013). A rate's fields are the same in the two forms.
 */
import { type FieldMetadata, getInputProps, getTextareaProps } from '@conform-to/react'
import { type AppHref, AppLink } from '~/components/app-link'
import { AppForm, type LastResult, SubmitButton, useAppForm } from '~/components/forms'
import { buttonClassName } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import type { ExchangeRateRecord } from '~/features/exchange-rates/exchange-rate.server'
import {
  AlreadyVoidedNotice,
  FormErrors,
  ReasonField,
  RevisionPanel,
  VoidForm,
} from '~/features/project-events/corrections'
import { type FormConstraint } from '~/utils/deferred-validation'
import { formatDate, provinceToday, toDateInputValue } from '~/utils/format'
import { formatForInput } from '~/utils/number-input'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/** A rate's own fields, the same in the form that adds one and the one that corrects it. */
function RateFields({
  date,
  vndPerUsd,
  source,
}: {
  date: FieldMetadata<string>
  vndPerUsd: FieldMetadata<string | number>
  source: FieldMetadata<string | undefined>
}) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('exchangeRates.date')}
        errors={date.errors}
        inputProps={{ ...getInputProps(date, { type: 'date' }), max: toDateInputValue(provinceToday()) }}
      />
      <TextField
        label={t('exchangeRates.vndPerUsd')}
        errors={vndPerUsd.errors}
        inputProps={{ ...getInputProps(vndPerUsd, { type: 'text' }), inputMode: 'numeric' }}
      />
      <TextField
        label={`${t('exchangeRates.source')} ${t('common.optional')}`}
        errors={source.errors}
        inputProps={getInputProps(source, { type: 'text' })}
      />
    </>
  )
}

export function AddRateForm({
  page,
  constraint,
  lastResult,
}: {
  page: AppHref
  constraint: FormConstraint
  lastResult: LastResult
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: 'exchange-rate',
    constraint,
    lastResult,
    loadSchema: () =>
      import('~/features/exchange-rates/exchange-rate-schema').then((m) =>
        m.createExchangeRateSchema(locale, provinceToday()),
      ),
    schemaDeps: [locale],
  })
  return (
    <AppForm
      form={form}
      lastResult={lastResult}
      intent="add"
      action={page}
      className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-4 md:items-end"
    >
      <RateFields date={fields.date} vndPerUsd={fields.vndPerUsd} source={fields.source} />
      <SubmitButton>{t('exchangeRates.add')}</SubmitButton>
    </AppForm>
  )
}

/** The rate's fields as they are saved, then the reason; what was typed after a refusal. */
function CorrectRateForm({
  page,
  rate,
  constraint,
  lastResult,
}: {
  page: AppHref
  rate: ExchangeRateRecord
  constraint: FormConstraint
  lastResult: LastResult
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: `correct-rate-${rate.id}`,
    constraint,
    lastResult,
    defaultValue: {
      date: toDateInputValue(rate.date),
      vndPerUsd: formatForInput(rate.vndPerUsd, locale),
      source: rate.source,
    },
    loadSchema: () =>
      import('~/features/exchange-rates/exchange-rate-schema').then((m) =>
        m.createExchangeRateCorrectionSchema(locale, provinceToday()),
      ),
    schemaDeps: [locale],
  })
  return (
    // The summary is the corrections' own, as on a project's events page.
    <AppForm
      form={form}
      lastResult={lastResult}
      intent="correct"
      hidden={{ id: rate.id }}
      showErrors={false}
      className="grid gap-4 md:grid-cols-3 md:items-start"
    >
      <FormErrors id={form.errorId} errors={form.errors} />
      <RateFields date={fields.date} vndPerUsd={fields.vndPerUsd} source={fields.source} />
      <ReasonField errors={fields.reason.errors} textareaProps={getTextareaProps(fields.reason)} />
      <div className="flex flex-wrap gap-3 md:col-span-3">
        <SubmitButton>{t('corrections.saveCorrection')}</SubmitButton>
        <AppLink to={page} className={buttonClassName('secondary')}>
          {t('corrections.close')}
        </AppLink>
      </div>
    </AppForm>
  )
}

/** The panel a row's "Correct" or "Void" opens: the form, or why there is none any more. */
export function RevisePanel({
  page,
  mode,
  rate,
  constraint,
  lastResult,
}: {
  page: AppHref
  mode: 'correct' | 'void'
  rate: ExchangeRateRecord
  /** The correction form's. */
  constraint: FormConstraint
  lastResult: LastResult
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const what = t('corrections.what.rate', { date: formatDate(rate.date, locale) })
  const title = mode === 'correct' ? t('corrections.correctTitle', { what }) : t('corrections.voidTitle', { what })
  return (
    <RevisionPanel
      title={title}
      intro={mode === 'correct' ? t('corrections.correctIntro') : t('corrections.voidRateIntro')}
      danger={mode === 'void'}
    >
      {rate.voidedAt ? (
        <AlreadyVoidedNotice closeHref={page} />
      ) : mode === 'correct' ? (
        <CorrectRateForm page={page} rate={rate} constraint={constraint} lastResult={lastResult} />
      ) : (
        <VoidForm intent="void" id={rate.id} lastResult={lastResult ?? undefined} closeHref={page} />
      )}
    </RevisionPanel>
  )
}
