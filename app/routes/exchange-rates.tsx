import { getFormProps, getInputProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from '~/utils/translation'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import { createExchangeRateSchema } from '~/models/exchange-rate-schema'
import { addExchangeRate, listExchangeRates } from '~/models/exchange-rate.server'
import { formatDate, formatNumber } from '~/utils/format'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { hasPermission } from '~/utils/permissions'
import { redirectWithToast } from '~/utils/toast.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { useLocale } from '~/utils/use-locale'
import { readForm } from '~/utils/read-form.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:exchange-rate')
  const t = serverT(getLocale(request))
  return {
    constraint: getZodConstraint(createExchangeRateSchema(getLocale(request))),
    title: `${t('exchangeRates.title')} · Tiendo`,
    rates: await listExchangeRates(),
    canAdd: hasPermission(user, 'create:exchange-rate'),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:exchange-rate')
  const locale = getLocale(request)
  const submission = parseWithZod(await readForm(request), { schema: createExchangeRateSchema(locale) })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const added = await addExchangeRate(submission.value, actorFor(user, request))
  if (!added) {
    return data({ result: submission.reply({ fieldErrors: { date: ['exchangeRates.duplicate'] } }) }, { status: 400 })
  }
  return redirectWithToast('/exchange-rates', {
    kind: 'success',
    messageKey: 'exchangeRates.added',
    values: { date: formatDate(submission.value.date, locale) },
  })
}

export default function ExchangeRatesPage() {
  const { rates, canAdd, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const onValidate = useDeferredValidation(
    () => import('~/models/exchange-rate-schema').then((m) => m.createExchangeRateSchema(locale)),
    [locale],
  )
  const [form, fields] = useForm({
    id: 'exchange-rate',
    constraint,
    lastResult: actionData?.result,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('exchangeRates.title')}</h1>
      <p className="text-slate-700">{t('exchangeRates.intro')}</p>
      {canAdd ? (
        <Form
          method="post"
          {...getFormProps(form)}
          className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-4 md:items-end"
        >
          <TextField
            label={t('exchangeRates.date')}
            errors={fields.date.errors}
            inputProps={getInputProps(fields.date, { type: 'date' })}
          />
          <TextField
            label={t('exchangeRates.vndPerUsd')}
            errors={fields.vndPerUsd.errors}
            inputProps={{ ...getInputProps(fields.vndPerUsd, { type: 'text' }), inputMode: 'numeric' }}
          />
          <TextField
            label={`${t('exchangeRates.source')} ${t('common.optional')}`}
            errors={fields.source.errors}
            inputProps={getInputProps(fields.source, { type: 'text' })}
          />
          <button type="submit" className={buttonClassName('primary')}>
            {t('exchangeRates.add')}
          </button>
        </Form>
      ) : null}
      {rates.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          {t('exchangeRates.empty')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('exchangeRates.tableCaption')}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('exchangeRates.date')}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t('exchangeRates.vndPerUsd')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('exchangeRates.source')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rates.map((rate) => (
                <tr key={rate.id}>
                  <td className="px-3 py-2">{formatDate(rate.date, locale)}</td>
                  <td className="px-3 py-2 text-right">{formatNumber(rate.vndPerUsd, locale)}</td>
                  <td className="px-3 py-2">{rate.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
