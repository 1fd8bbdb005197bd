import { type FieldMetadata } from '@conform-to/react'
import { TextField } from '~/components/ui/field'
import { Fieldset } from '~/components/ui/section'
import { type ProjectEditorFields } from '~/features/projects/project-editor'
import { dateProps } from '~/features/projects/project-editor-inputs'
import { milestoneHasActualDate } from '~/features/projects/project-merge'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { useTranslation } from '~/utils/translation'

/**
 * The planned dates of each milestone and, for those the legal section does not date, the
 * actual ones (the policy decision and the certificate are dated by their documents).
 */
export function ProjectMilestonesFieldset({ fields }: { fields: Pick<ProjectEditorFields, 'milestones'> }) {
  const { t } = useTranslation()
  const milestones = fields.milestones.getFieldset()
  return (
    <Fieldset legend={t('project.sections.milestones')} hint={t('editor.milestonesHint')}>
      {MILESTONE_KINDS.map((kind) => {
        const milestone = milestones[kind].getFieldset() as Record<'plannedDate' | 'actualDate', FieldMetadata<unknown>>
        const label = t(`milestone.${kind}`)
        return (
          <div key={kind} className="contents">
            <TextField
              label={t('editor.plannedDate', { milestone: label })}
              errors={milestone.plannedDate.errors}
              inputProps={dateProps(milestone.plannedDate)}
            />
            {milestoneHasActualDate(kind) ? (
              <TextField
                label={t('editor.actualDate', { milestone: label })}
                errors={milestone.actualDate.errors}
                inputProps={dateProps(milestone.actualDate)}
              />
            ) : (
              <p className="self-end pb-2 text-sm text-slate-700">
                {t('editor.actualDate', { milestone: label })}: {t('editor.actualFromLegal')}
              </p>
            )}
          </div>
        )
      })}
    </Fieldset>
  )
}
