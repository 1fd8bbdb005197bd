import { Form } from '@remix-run/react'
import { useRef } from 'react'
import { type AppHref, AppLink } from '~/components/app-link'
import { buttonClassName } from '~/components/ui/button'
import { SelectField, TextField } from '~/components/ui/field'
import { useTranslation } from '~/utils/translation'
import { useFiltersFollowAddress } from '~/utils/use-filters-follow-address'

type Choice = { value: string; label: string }

/** One filter of a list, named as it stands in the address (?name=value). */
export type ListFilter =
  /** The search box, a row of its own. */
  | { kind: 'search'; name: string; label: string; value?: string; placeholder?: string; className?: string }
  /** A choice, "all" first (the filter not applied). */
  | { kind: 'select'; name: string; label: string; value?: string; options: Choice[]; className?: string }
  | { kind: 'date'; name: string; label: string; value?: string; hint?: string }
  /** A box that narrows the list when ticked (sent as name=1). */
  | { kind: 'checkbox'; name: string; label: string; checked: boolean }

/**
 * A list's filters: a GET form, so the address is the list's state (a link can be shared,
 * the back button works) and it works without JavaScript. Its fields are uncontrolled and
 * follow the address when a link changes it (useFiltersFollowAddress). "Clear" is a link to
 * the list without filters, shown while some filter is applied.
 */
export function ListFilters({
  label,
  filters,
  hidden = {},
  active,
  clearTo,
  clearLabel,
  applyLabel,
  gridClassName = 'md:grid-cols-3 lg:grid-cols-4',
  buttonsInGrid = false,
}: {
  /** The form's accessible name ("Filters"). */
  label: string
  filters: ListFilter[]
  /** What the form keeps that is not a filter: the sort and its direction. */
  hidden?: Record<string, string>
  /** Whether any filter is applied (then "clear" is offered, when there is a clearTo). */
  active: boolean
  clearTo?: AppHref
  clearLabel?: string
  /** The apply button's text; the common "filter" unless told. */
  applyLabel?: string
  /** The grid's columns on wider screens. */
  gridClassName?: string
  /** The buttons in the grid's last cell (a one-row form) rather than under it. */
  buttonsInGrid?: boolean
}) {
  const { t } = useTranslation()
  const form = useRef<HTMLFormElement>(null)
  useFiltersFollowAddress(
    form,
    Object.fromEntries(
      filters.map((filter) => [filter.name, filter.kind === 'checkbox' ? filter.checked : (filter.value ?? '')]),
    ),
  )
  const buttons = (
    <>
      <button type="submit" className={buttonClassName('primary')}>
        {applyLabel ?? t('common.apply')}
      </button>
      {active && clearTo ? (
        <AppLink to={clearTo} className={buttonClassName('secondary')}>
          {clearLabel}
        </AppLink>
      ) : null}
    </>
  )
  return (
    <Form ref={form} method="get" className="rounded-lg border border-slate-300 bg-white p-4" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={`grid gap-4 ${gridClassName}`}>
        {filters.map((filter) => (
          <FilterField key={filter.name} filter={filter} />
        ))}
        {buttonsInGrid ? <div className="flex gap-2 lg:pt-6">{buttons}</div> : null}
      </div>
      {buttonsInGrid ? null : <div className="mt-4 flex flex-wrap gap-3">{buttons}</div>}
    </Form>
  )
}

function FilterField({ filter }: { filter: ListFilter }) {
  const { t } = useTranslation()
  switch (filter.kind) {
    case 'search':
      return (
        <TextField
          className={filter.className ?? 'md:col-span-full'}
          label={filter.label}
          inputProps={{
            type: 'search',
            name: filter.name,
            defaultValue: filter.value ?? '',
            placeholder: filter.placeholder,
          }}
        />
      )
    case 'select':
      return (
        <SelectField
          className={filter.className}
          label={filter.label}
          placeholder={t('common.all')}
          selectProps={{ name: filter.name, defaultValue: filter.value ?? '' }}
          options={filter.options}
        />
      )
    case 'date':
      return (
        <TextField
          label={filter.label}
          hint={filter.hint}
          inputProps={{ type: 'date', name: filter.name, defaultValue: filter.value ?? '' }}
        />
      )
    case 'checkbox':
      return (
        <div className="flex items-end">
          <label className="inline-flex items-center gap-2 py-2 text-sm font-medium text-slate-800">
            <input
              type="checkbox"
              name={filter.name}
              value="1"
              defaultChecked={filter.checked}
              className="h-4 w-4 rounded border-slate-400"
            />
            {filter.label}
          </label>
        </div>
      )
  }
}
