import { Form } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { buttonClassName } from '~/components/ui/button'
import { FieldShell, inputClassName } from '~/components/ui/field'
import { ROMAN_QUARTERS } from '~/features/goals/goal-form-fields'
import { periodPart, stepPeriod } from '~/features/progress/progress-view'
import { type Period, periodKey, periodLabel } from '~/utils/period'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

/**
 * The period of the progress page: a GET form (year and period, plain selects that work
 * from the keyboard and without JavaScript) and links to the periods before and after.
 */
export function PeriodSelector({
  period,
  years,
  path = '/progress',
}: {
  period: Period
  years: number[]
  path?: `/${string}`
}) {
  const { t } = useTranslation()
  const locale = useLocale()
  const previous = stepPeriod(period, -1)
  const next = stepPeriod(period, 1)
  return (
    <div className="flex flex-wrap items-end justify-between gap-4 rounded-lg border border-slate-300 bg-white p-4">
      <Form
        method="get"
        action={path}
        key={periodKey(period)}
        aria-label={t('progress.periodForm.label')}
        className="flex flex-wrap items-end gap-3"
      >
        <FieldShell label={t('progress.periodForm.year')}>
          {({ id }) => (
            <select id={id} name="year" defaultValue={String(period.year)} className={inputClassName}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell label={t('progress.periodForm.part')}>
          {({ id }) => (
            <select id={id} name="part" defaultValue={periodPart(period)} className={inputClassName}>
              <optgroup label={t('progress.periodForm.quarters')}>
                {[1, 2, 3, 4].map((index) => (
                  <option key={index} value={`Q${index}`}>
                    {t('progress.periodForm.quarter', { roman: ROMAN_QUARTERS[index - 1], index })}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('progress.periodForm.halves')}>
                <option value="H1">{t('progress.periodForm.firstHalf')}</option>
                <option value="H2">{t('progress.periodForm.secondHalf')}</option>
              </optgroup>
              <optgroup label={t('progress.periodForm.months')}>
                {Array.from({ length: 11 }, (_, i) => i + 1).map((count) => (
                  <option key={count} value={`M${count}`}>
                    {t('progress.periodForm.monthsOption', { count })}
                  </option>
                ))}
                <option value="Y">{t('progress.periodForm.wholeYear')}</option>
              </optgroup>
            </select>
          )}
        </FieldShell>
        <button type="submit" className={buttonClassName('primary')}>
          {t('progress.periodForm.show')}
        </button>
      </Form>
      <nav aria-label={t('progress.periodForm.neighbours')} className="flex flex-wrap gap-2">
        <AppLink to={`${path}?period=${periodKey(previous)}`} className={buttonClassName('secondary')}>
          <span aria-hidden="true">←</span>
          <span className="sr-only">{t('progress.periodForm.previous')}</span>
          {periodLabel(previous, locale)}
        </AppLink>
        <AppLink to={`${path}?period=${periodKey(next)}`} className={buttonClassName('secondary')}>
          <span className="sr-only">{t('progress.periodForm.next')}</span>
          {periodLabel(next, locale)}
          <span aria-hidden="true">→</span>
        </AppLink>
      </nav>
    </div>
  )
}
