import { getFormProps, getInputProps, getSelectProps, useForm } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useId } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { formatIndicatorValue, goalPeriodText } from '~/features/goals/goal-display'
import { INDICATOR_UNITS } from '~/features/goals/goal-form-fields'
import { IndicatorSchema } from '~/features/goals/goal-schema'
import { createIndicator, listStatistics } from '~/features/statistics/statistic.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { useDeferredValidation } from '~/utils/deferred-validation'
import { formatDate, formatDateTime } from '~/utils/format'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Tiendo' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, 'read:report')
  const t = serverT(getLocale(request))
  const { indicators, shownWhenTruncated } = await listStatistics()
  return {
    constraint: getZodConstraint(IndicatorSchema),

    title: `${t('statistics.title')} · Tiendo`,
    indicators,
    shownWhenTruncated,
    canEnter: hasPermission(user, 'create:statistic'),
  }
}

/** The page's one form: a new indicator (figures are entered on /statistics/new). */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, 'create:statistic')
  const submission = parseWithZod(await readForm(request), { schema: IndicatorSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const { intent: _intent, ...input } = submission.value
  const indicator = await createIndicator(input, actorFor(user, request))
  if (!indicator) {
    return data(
      { result: submission.reply({ fieldErrors: { code: ['goals.errors.indicatorCodeTaken'] } }) },
      { status: 400 },
    )
  }
  const locale = getLocale(request)
  return redirectWithToast(`/statistics#indicator-${indicator.code}`, {
    kind: 'success',
    messageKey: 'statistics.addIndicator.added',
    values: { name: localName(indicator, locale) },
  })
}

type IndicatorView = ReturnType<typeof useLoaderData<typeof loader>>['indicators'][number]

function IndicatorFigures({ indicator, canEnter }: { indicator: IndicatorView; canEnter: boolean }) {
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

export default function StatisticsPage() {
  const { indicators, shownWhenTruncated, canEnter, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const onValidate = useDeferredValidation(() => import('~/features/goals/goal-schema').then((m) => m.IndicatorSchema))
  const [form, fields] = useForm({
    id: 'add-indicator',
    constraint,
    lastResult: actionData?.result,
    shouldRevalidate: 'onInput',
    onValidate,
  })
  const addHeadingId = useId()
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t('statistics.title')}</h1>
        {canEnter && indicators.length > 0 ? (
          <AppLink to="/statistics/new" className={buttonClassName('primary')}>
            {t('statistics.enter')}
          </AppLink>
        ) : null}
      </div>
      <p className="text-slate-700">{t('statistics.intro')}</p>

      {indicators.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-400 bg-white p-8 text-center">
          <p className="font-medium">{t('statistics.noIndicators')}</p>
          {canEnter ? <p className="mt-1 text-slate-700">{t('statistics.noIndicatorsHint')}</p> : null}
        </div>
      ) : (
        <div className="space-y-6">
          {indicators.map((indicator) => (
            <IndicatorFigures key={indicator.id} indicator={indicator} canEnter={canEnter} />
          ))}
          {shownWhenTruncated !== null ? (
            <p className="text-sm text-slate-700">{t('statistics.truncated', { count: shownWhenTruncated })}</p>
          ) : null}
        </div>
      )}

      {canEnter ? (
        <section aria-labelledby={addHeadingId} className="rounded-lg border border-slate-300 bg-white p-5">
          <h2 id={addHeadingId} className="mb-3 text-lg font-semibold">
            {t('statistics.addIndicator.heading')}
          </h2>
          <Form method="post" {...getFormProps(form)} className="grid gap-4 md:grid-cols-2">
            <input type="hidden" name="intent" value="add-indicator" />
            <TextField
              label={t('statistics.addIndicator.code')}
              hint={t('statistics.addIndicator.codeHint')}
              errors={fields.code.errors}
              inputProps={{ ...getInputProps(fields.code, { type: 'text' }), autoComplete: 'off' }}
            />
            <SelectField
              label={t('statistics.addIndicator.unit')}
              errors={fields.unit.errors}
              placeholder={t('editor.choose')}
              selectProps={getSelectProps(fields.unit)}
              options={INDICATOR_UNITS.map((unit) => ({ value: unit, label: t(`goals.indicatorUnitName.${unit}`) }))}
            />
            <TextField
              label={t('statistics.addIndicator.nameVi')}
              errors={fields.nameVi.errors}
              inputProps={getInputProps(fields.nameVi, { type: 'text' })}
            />
            <TextField
              label={t('statistics.addIndicator.nameEn')}
              errors={fields.nameEn.errors}
              inputProps={{ ...getInputProps(fields.nameEn, { type: 'text' }), lang: 'en' }}
            />
            <div className="md:col-span-2">
              <button type="submit" className={buttonClassName('secondary')}>
                {t('statistics.addIndicator.submit')}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
