import { type SubmissionResult } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AddRateForm, RevisePanel } from '~/features/exchange-rates/exchange-rate-forms'
import {
  ExchangeRateVoidSchema,
  createExchangeRateCorrectionSchema,
  createExchangeRateSchema,
} from '~/features/exchange-rates/exchange-rate-schema'
import { ExchangeRateTable } from '~/features/exchange-rates/exchange-rate-table'
import {
  addExchangeRate,
  correctExchangeRate,
  listExchangeRateRecords,
  voidExchangeRate,
} from '~/features/exchange-rates/exchange-rate.server'
import { actorFor, requirePermission, requireUser, ensurePermission } from '~/utils/auth.server'
import { formatDate, provinceToday } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { invariantResponse } from '~/utils/misc'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

const PAGE = '/exchange-rates' as const

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

export default function ExchangeRatesPage() {
  const { rates, revise, canAdd, canRevise, constraint, correctionConstraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const answerFor = (intent: Intent) => (actionData?.intent === intent ? actionData.result : undefined)
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('exchangeRates.title')}</h1>
      <p className="text-slate-700">{t('exchangeRates.intro')}</p>
      {canAdd ? <AddRateForm page={PAGE} constraint={constraint} lastResult={answerFor('add')} /> : null}
      {revise ? (
        <RevisePanel
          page={PAGE}
          mode={revise.mode}
          rate={revise.rate}
          constraint={correctionConstraint}
          lastResult={answerFor(revise.mode)}
        />
      ) : null}
      <ExchangeRateTable rates={rates} canRevise={canRevise} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
