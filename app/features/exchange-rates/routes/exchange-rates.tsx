import {
  type FieldMetadata,
  type SubmissionResult,
  getFormProps,
  getInputProps,
  getTextareaProps,
  useForm,
} from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { TextField } from '~/components/ui/field'
import {
  ExchangeRateVoidSchema,
  createExchangeRateCorrectionSchema,
  createExchangeRateSchema,
} from '~/features/exchange-rates/exchange-rate-schema'
import {
  addExchangeRate,
  correctExchangeRate,
  listExchangeRateRecords,
  voidExchangeRate,
} from '~/features/exchange-rates/exchange-rate.server'
import {
  AlreadyVoidedNotice,
  FormErrors,
  ReasonField,
  RevisionCell,
  RevisionPanel,
  Struck,
  VoidForm,
  correctedBy,
  rowAnchor,
} from '~/features/project-events/corrections'
import { actorFor, requirePermission, requireUser, ensurePermission } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { formatDate, formatNumber, provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { formatForInput } from '~/utils/number-input'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const PAGE = '/exchange-rates'

/**
 * The rates, voided ones struck through with their reason. Entering a rate, and correcting
 * or voiding one, is the administrators' (create / update:exchange-rate): one rate converts
 * every USD figure of the app. A rate may not be dated after today in Vietnam.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:exchange-rate')
  const locale = getLocale(request)
  const t = serverT(locale)
  const today = provinceToday()
  const rates = await listExchangeRateRecords()
  const canRevise = hasPermission(user, 'update:exchange-rate')
  // A row's "Correct" or "Void" opens its panel on this page.
  const params = new URL(request.url).searchParams
  const mode = params.has('correct') ? 'correct' : params.has('void') ? 'void' : null
  let revise: { mode: 'correct' | 'void'; rate: (typeof rates)[number] } | null = null
  if (mode && canRevise) {
    const rate = rates.find((row) => row.id === params.get(mode))
    invariantResponse(rate, 'Exchange rate not found', 404)
    revise = { mode, rate }
  }
  return {
    constraint: getZodConstraint(createExchangeRateSchema(locale, today)),
    correctionConstraint: getZodConstraint(createExchangeRateCorrectionSchema(locale, today)),
    title: `${t('exchangeRates.title')} · Tiendo`,
    rates,
    revise,
    canAdd: hasPermission(user, 'create:exchange-rate'),
    canRevise,
  }
}

type Intent = 'add' | 'correct' | 'void'

function refused(intent: Intent, result: SubmissionResult<string[]>, status = 400) {
  return data({ intent, result }, { status })
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const locale = getLocale(request)
  const today = provinceToday()
  const formData = await readForm(request)
  const actor = actorFor(user, request)
  const intent = formData.get('intent')

  if (intent === 'correct' || intent === 'void') {
    await ensurePermission(user, request, 'update:exchange-rate')
    const submission =
      intent === 'correct'
        ? parseWithZod(formData, { schema: createExchangeRateCorrectionSchema(locale, today) })
        : parseWithZod(formData, { schema: ExchangeRateVoidSchema })
    if (submission.status !== 'success') return refused(intent, submission.reply())
    const value = submission.value
    const outcome =
      value.intent === 'correct'
        ? await correctExchangeRate(value.id, value, actor)
        : await voidExchangeRate(value.id, value.reason, actor)
    invariantResponse(!('notFound' in outcome), 'Exchange rate not found', 404)
    if (!outcome.ok) {
      const { field, error } = outcome
      return refused(
        intent,
        submission.reply(field === '' ? { formErrors: [error] } : { fieldErrors: { [field]: [error] } }),
      )
    }
    return redirectWithToast(PAGE, {
      kind: 'success',
      messageKey: intent === 'correct' ? 'corrections.savedCorrection' : 'corrections.voidedDone',
      values: { what: serverT(locale)('corrections.what.rate', { date: formatDate(outcome.date, locale) }) },
    })
  }

  // A form without an intent is the rate form too (as before intents).
  await ensurePermission(user, request, 'create:exchange-rate')
  const submission = parseWithZod(formData, { schema: createExchangeRateSchema(locale, today) })
  if (submission.status !== 'success') return refused('add', submission.reply())
  const { intent: _intent, ...input } = submission.value
  const added = await addExchangeRate(input, actor)
  if (!added) return refused('add', submission.reply({ fieldErrors: { date: ['exchangeRates.duplicate'] } }))
  return redirectWithToast(PAGE, {
    kind: 'success',
    messageKey: 'exchangeRates.added',
    values: { date: formatDate(input.date, locale) },
  })
}

type ActionData = ReturnType<typeof useActionData<typeof action>>

function answerFor(actionData: ActionData, intent: Intent) {
  return actionData?.intent === intent ? actionData.result : undefined
}

function AddRateForm({ lastResult }: { lastResult: SubmissionResult<string[]> | undefined }) {
  const { constraint } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/exchange-rates/exchange-rate-schema').then((m) =>
        m.createExchangeRateSchema(locale, provinceToday()),
      ),
    [locale],
  )
  const [form, fields] = useForm({
    id: 'exchange-rate',
    constraint,
    lastResult,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  return (
    <Form
      method="post"
      action={PAGE}
      {...getFormProps(form)}
      className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-4 md:items-end"
    >
      <input type="hidden" name="intent" value="add" />
      <RateFields date={fields.date} vndPerUsd={fields.vndPerUsd} source={fields.source} />
      <button type="submit" className={buttonClassName('primary')}>
        {t('exchangeRates.add')}
      </button>
    </Form>
  )
}

type Rate = ReturnType<typeof useLoaderData<typeof loader>>['rates'][number]

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

/** The rate's fields as they are saved, then the reason; what was typed after a refusal. */
function CorrectRateForm({ rate, lastResult }: { rate: Rate; lastResult: SubmissionResult<string[]> | undefined }) {
  const { correctionConstraint } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'correct'
  const onValidate = useDeferredValidation(
    () =>
      import('~/features/exchange-rates/exchange-rate-schema').then((m) =>
        m.createExchangeRateCorrectionSchema(locale, provinceToday()),
      ),
    [locale],
  )
  const [form, fields] = useForm({
    id: `correct-rate-${rate.id}`,
    constraint: correctionConstraint,
    lastResult,
    shouldRevalidate: 'onInput',
    onValidate,
    defaultValue: {
      date: toDateInputValue(rate.date),
      vndPerUsd: formatForInput(rate.vndPerUsd, locale),
      source: rate.source,
    },
  })
  return (
    <Form method="post" {...getFormProps(form)} className="grid gap-4 md:grid-cols-3 md:items-start">
      <input type="hidden" name="intent" value="correct" />
      <input type="hidden" name="id" value={rate.id} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <RateFields date={fields.date} vndPerUsd={fields.vndPerUsd} source={fields.source} />
      <ReasonField errors={fields.reason.errors} textareaProps={getTextareaProps(fields.reason)} />
      <div className="flex flex-wrap gap-3 md:col-span-3">
        <button type="submit" className={buttonClassName('primary')} disabled={busy}>
          {t('corrections.saveCorrection')}
        </button>
        <AppLink to={PAGE} className={buttonClassName('secondary')}>
          {t('corrections.close')}
        </AppLink>
      </div>
    </Form>
  )
}

function RevisePanel() {
  const { revise } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  if (!revise) return null
  const { mode, rate } = revise
  const what = t('corrections.what.rate', { date: formatDate(rate.date, locale) })
  const title = mode === 'correct' ? t('corrections.correctTitle', { what }) : t('corrections.voidTitle', { what })
  return (
    <RevisionPanel
      title={title}
      intro={mode === 'correct' ? t('corrections.correctIntro') : t('corrections.voidRateIntro')}
      danger={mode === 'void'}
    >
      {rate.voidedAt ? (
        <AlreadyVoidedNotice closeHref={PAGE} />
      ) : mode === 'correct' ? (
        <CorrectRateForm rate={rate} lastResult={answerFor(actionData, 'correct')} />
      ) : (
        <VoidForm intent="void" id={rate.id} lastResult={answerFor(actionData, 'void')} closeHref={PAGE} />
      )}
    </RevisionPanel>
  )
}

export default function ExchangeRatesPage() {
  const { rates, canAdd, canRevise } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const corrects = correctedBy(rates)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('exchangeRates.title')}</h1>
      <p className="text-slate-700">{t('exchangeRates.intro')}</p>
      {canAdd ? <AddRateForm lastResult={answerFor(actionData, 'add')} /> : null}
      <RevisePanel />
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
                <th scope="col" className="px-3 py-2">
                  {t('corrections.status')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
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
