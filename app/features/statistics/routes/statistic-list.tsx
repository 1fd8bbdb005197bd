import { getInputProps, getSelectProps } from '@conform-to/react'
import { getZodConstraint, parseWithZod } from '@conform-to/zod/v4'
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { AppForm, SubmitButton, useAppForm } from '~/components/forms'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { Section } from '~/components/ui/section'
import { INDICATOR_UNITS } from '~/features/goals/goal-form-fields'
import { IndicatorSchema } from '~/features/goals/goal-schema'
import { IndicatorFigures } from '~/features/statistics/indicator-figures'
import { createIndicator, listStatistics } from '~/features/statistics/statistic.server'
import { actorFor, requirePermission } from '~/utils/auth.server'
import { getLocale, serverT } from '~/utils/i18n'
import { localName } from '~/utils/locale'
import { hasPermission } from '~/utils/permissions'
import { readForm } from '~/utils/read-form.server'
import { redirectWithToast } from '~/utils/toast.server'
import { useTranslation } from '~/utils/translation'

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

export default function StatisticsPage() {
  const { indicators, shownWhenTruncated, canEnter, constraint } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useAppForm({
    id: 'add-indicator',
    constraint,
    lastResult: actionData?.result,
    loadSchema: () => import('~/features/goals/goal-schema').then((m) => m.IndicatorSchema),
  })
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
        <Section title={t('statistics.addIndicator.heading')}>
          <AppForm
            form={form}
            lastResult={actionData?.result}
            intent="add-indicator"
            className="grid gap-4 md:grid-cols-2 [&>[role=alert]]:col-span-full"
          >
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
              <SubmitButton variant="secondary">{t('statistics.addIndicator.submit')}</SubmitButton>
            </div>
          </AppForm>
        </Section>
      ) : null}
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
