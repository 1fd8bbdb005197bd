import { getSelectProps } from '@conform-to/react'
import { Button } from '~/components/ui/button'
import { FieldErrors, SelectField, TextField } from '~/components/ui/field'
import { type ProjectEditorFields, type ProjectEditorForm } from '~/features/projects/project-editor'
import { decimalProps, textProps } from '~/features/projects/project-editor-inputs'
import { INVESTOR_COUNTRIES, INVESTOR_ROLES } from '~/features/projects/project-vocabulary'
import { useTranslation } from '~/utils/translation'

/**
 * The project's investors, a row each (name, country, role, share), added and removed with
 * Conform's list intents: in the browser without a round trip, through the server without
 * JavaScript. A name already in the directory is offered as it is spelled there.
 */
export function ProjectInvestorsFieldset({
  form,
  fields,
  knownInvestors,
}: {
  form: ProjectEditorForm
  fields: Pick<ProjectEditorFields, 'investors'>
  knownInvestors: { name: string }[]
}) {
  const { t } = useTranslation()
  const investors = fields.investors.getFieldList()
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-5">
      <legend className="px-1 text-lg font-semibold">{t('editor.investors.legend')}</legend>
      <p id="investor-hint" className="mb-3 text-sm text-slate-700">
        {t('editor.investors.hint')}
      </p>
      <datalist id="known-investors">
        {knownInvestors.map((investor) => (
          <option key={investor.name} value={investor.name} />
        ))}
      </datalist>
      <FieldErrors id={fields.investors.errorId} errors={fields.investors.errors} />
      <ol className="space-y-4">
        {investors.map((investor, index) => {
          const row = investor.getFieldset()
          const number = index + 1
          return (
            <li
              key={investor.key}
              className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[2fr_1fr_1fr_1fr_auto] md:items-end"
            >
              <TextField
                label={t('editor.investors.name', { number })}
                errors={row.name.errors}
                inputProps={{ ...textProps(row.name), list: 'known-investors' }}
              />
              <SelectField
                label={t('editor.investors.country', { number })}
                errors={row.country.errors}
                placeholder={t('editor.choose')}
                selectProps={getSelectProps(row.country)}
                options={INVESTOR_COUNTRIES.map((country) => ({ value: country, label: t(`country.${country}`) }))}
              />
              <SelectField
                label={t('editor.investors.role', { number })}
                errors={row.role.errors}
                placeholder={t('editor.choose')}
                selectProps={getSelectProps(row.role)}
                options={INVESTOR_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              />
              <TextField
                label={t('editor.investors.share', { number })}
                errors={row.capitalShare.errors}
                inputProps={decimalProps(row.capitalShare)}
              />
              <Button
                variant="secondary"
                type="submit"
                {...form.remove.getButtonProps({ name: fields.investors.name, index })}
              >
                {t('editor.investors.remove', { number })}
              </Button>
            </li>
          )
        })}
      </ol>
      <Button
        variant="secondary"
        type="submit"
        className="mt-4"
        {...form.insert.getButtonProps({
          name: fields.investors.name,
          defaultValue: {
            name: '',
            country: 'VN',
            role: investors.length === 0 ? 'lead' : 'partner',
            capitalShare: '',
          },
        })}
      >
        {t('editor.investors.add')}
      </Button>
    </fieldset>
  )
}
