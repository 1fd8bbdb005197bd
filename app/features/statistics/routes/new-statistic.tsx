import { getInputProps, getSelectProps, getTextareaProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, FormButtons, useAppForm } from '~/components/forms'
import { SelectField, TextField, TextareaField } from '~/components/ui/field'
import { goalPeriodText } from '~/features/goals/goal-display'
import {
  type StatisticEntryFormValues,
  createStatisticEntrySchema,
  periodKeyOf,
  periodParts,
} from '~/features/goals/goal-schema'
import { PeriodFields } from '~/features/goals/period-fields'
import { addStatisticEntry, getIndicator, listIndicators } from '~/features/statistics/statistic.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { provinceToday, toDateInputValue } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { quarterOf } from '~/utils/period'
import { readForm } from '~/utils/read-form.server'
import { newSubmissionKey } from '~/utils/submission-key'
import { saveOnce } from '~/utils/submission-key.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

/**
 * Entering a reported figure. A correction is the same form for the same indicator and
 * period (the "Correct" links of /statistics open it filled in): the new entry becomes
 * the current figure and the earlier one stays, shown as superseded.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, 'create:statistic')
  const t = serverT(getLocale(request))
  const url = new URL(request.url)
  const indicators = await listIndicators()
  const askedIndicator = url.searchParams.get('indicator')
  const asked = periodParts(url.searchParams.get('period'))
  const today = provinceToday()
  const quarter = quarterOf(today)
  const defaults: StatisticEntryFormValues = {
    indicatorId: indicators.some((indicator) => indicator.id === askedIndicator) ? (askedIndicator ?? '') : '',
    periodKind: asked.periodKind ?? 'quarter',
    periodYear: asked.periodYear ?? String(quarter.year),
    periodIndex: asked.periodKind ? asked.periodIndex : String(quarter.index),
    referenceDate: toDateInputValue(today),
  }
  return {
    constraint: getZodConstraint(createStatisticEntrySchema(getLocale(request), today)),
    title: `${t('statistics.enterTitle')} · Tiendo`,
    indicators,
    defaults,
    submissionKey: newSubmissionKey(),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:statistic')
  const locale = getLocale(request)
  const schema = createStatisticEntrySchema(locale, provinceToday())
  const submission = parseWithZod(await readForm(request), { schema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const value = submission.value

  return saveOnce(
    {
      key: submission.payload.submissionKey,
      userId: user.id,
      refuse: (formErrors) => data({ result: submission.reply({ formErrors }) }, { status: 400 }),
    },
    async (claim) => {
      const indicator = await getIndicator(value.indicatorId)
      if (!indicator) {
        return data(
          { result: submission.reply({ fieldErrors: { indicatorId: ['errors.unknownOption'] } }) },
          { status: 400 },
        )
      }
      const periodKey = periodKeyOf(value)
      await addStatisticEntry(
        {
          indicatorId: indicator.id,
          periodKey,
          value: value.value,
          referenceDate: value.referenceDate,
          sourceTitle: value.sourceTitle,
          sourceUrl: value.sourceUrl || null,
          note: value.note || null,
        },
        { id: user.id, name: user.name },
        actorFor(user, request),
        claim,
      )
      return redirectWithToast(`/statistics#indicator-${indicator.code}`, {
        kind: 'success',
        messageKey: 'statistics.entered',
        values: {
          indicator: localName(indicator, locale),
          period: goalPeriodText(periodKey, locale),
        },
      })
    },
  )
}

export default function NewStatisticPage() {
  const { indicators, defaults, submissionKey, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const locale = useLocale()
  const [form, fields] = useAppForm({
    id: 'statistic-entry',
    constraint,
    lastResult: actionData?.result,
    defaultValue: defaults,
    loadSchema: () =>
      import('~/features/goals/goal-schema').then((m) => m.createStatisticEntrySchema(locale, provinceToday())),
    schemaDeps: [locale],
  })
  const optional = ` ${t('common.optional')}`

  if (indicators.length === 0) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('statistics.enterTitle')}</h1>
        <p className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          {t('statistics.noIndicatorsHint')}{' '}
          <AppLink to="/statistics" className="text-brand-700 underline">
            {t('statistics.title')}
          </AppLink>
        </p>
      </div>
    )
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('statistics.enterTitle')}</h1>
      <p className="text-slate-700">{t('statistics.enterIntro')}</p>
      <AppForm
        form={form}
        lastResult={actionData?.result}
        submissionKey={submissionKey}
        errorSummary={t('goals.form.formErrors')}
        // The summary spans the grid's row, above the fields.
        className="grid gap-4 rounded-lg border border-slate-300 bg-white p-5 md:grid-cols-3 [&>[role=alert]]:col-span-full"
      >
        <SelectField
          className="md:col-span-3"
          label={t('statistics.form.indicator')}
          errors={fields.indicatorId.errors}
          placeholder={t('editor.choose')}
          selectProps={getSelectProps(fields.indicatorId)}
          options={indicators.map((indicator) => ({
            value: indicator.id,
            label: `${localName(indicator, locale)} (${t(`goals.indicatorUnit.${indicator.unit}`, { defaultValue: indicator.unit })})`,
          }))}
        />
        <PeriodFields fields={fields} keepIndexCell />
        <TextField
          label={t('statistics.form.value')}
          hint={t('statistics.form.valueHint')}
          errors={fields.value.errors}
          inputProps={{ ...getInputProps(fields.value, { type: 'text' }), inputMode: 'decimal', autoComplete: 'off' }}
        />
        <TextField
          label={t('statistics.form.referenceDate')}
          hint={t('statistics.form.referenceDateHint')}
          errors={fields.referenceDate.errors}
          inputProps={getInputProps(fields.referenceDate, { type: 'date' })}
        />
        <div className="hidden md:block" />
        <TextField
          className="md:col-span-2"
          label={t('statistics.form.sourceTitle')}
          hint={t('statistics.form.sourceTitleHint')}
          errors={fields.sourceTitle.errors}
          inputProps={getInputProps(fields.sourceTitle, { type: 'text' })}
        />
        <TextField
          label={`${t('statistics.form.sourceUrl')}${optional}`}
          errors={fields.sourceUrl.errors}
          inputProps={{ ...getInputProps(fields.sourceUrl, { type: 'text' }), inputMode: 'url' }}
        />
        <TextareaField
          className="md:col-span-3"
          label={`${t('statistics.form.note')}${optional}`}
          errors={fields.note.errors}
          textareaProps={{ ...getTextareaProps(fields.note), rows: 3 }}
        />
        <FormButtons submitLabel={t('statistics.form.submit')} cancelTo="/statistics" className="md:col-span-3" />
      </AppForm>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
