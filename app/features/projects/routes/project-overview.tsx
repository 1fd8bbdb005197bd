import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { Section } from '~/components/ui/section'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { getMilestoneState, isMilestoneLate } from '~/features/projects/milestone-state'
import { getProject } from '~/features/projects/project-detail.server'
import { Fact, SimpleFieldFacts } from '~/features/projects/project-facts'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
import { StatusTimeline } from '~/features/projects/status-timeline'
import { requirePermission } from '~/utils/auth.server'
import { formatBasisPoints, formatDate, formatDateTime, formatNumber, provinceToday } from '~/utils/format'
import { localName } from '~/utils/locale'
import { invariantResponse } from '~/utils/misc'
import { formatUsd, formatVnd, formatVndFull, vndToUsd } from '~/utils/money'
import { useTranslation } from '~/utils/translation'
import { useLocale } from '~/utils/use-locale'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.project.name} · Tiendo` : 'Tiendo' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, 'read:project')
  const [project, rate] = await Promise.all([getProject(params.projectId ?? ''), getLatestExchangeRate()])
  invariantResponse(project, 'Project not found', 404)
  const today = provinceToday()
  // Policy approval and IRC take their actual dates from the legal documents.
  const milestones = MILESTONE_KINDS.map((kind) => {
    const row = project.milestones.find((milestone) => milestone.kind === kind)
    const planned = row?.plannedDate ?? null
    const actual =
      kind === 'policy_approval'
        ? project.policyDecisionDate
        : kind === 'irc'
          ? project.ircDate
          : (row?.actualDate ?? null)
    return { kind, planned, actual, state: getMilestoneState(planned, actual, today) }
  })
  return { project, rate, milestones }
}

export default function ProjectPage() {
  const { project, rate, milestones } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const locale = useLocale()
  const none = <span className="text-slate-600">{t('common.notSet')}</span>

  const money = (vnd: bigint | null) => {
    if (vnd === null) return none
    return (
      <>
        <span className="font-medium">{formatVnd(vnd, locale)}</span>{' '}
        <span className="text-slate-700">({formatVndFull(vnd, locale)})</span>
        <br />
        <span className="text-slate-700">
          {rate
            ? t('project.usdEquivalent', {
                usd: formatUsd(vndToUsd(vnd, rate.vndPerUsd), locale),
                rate: formatNumber(rate.vndPerUsd, locale),
                date: formatDate(rate.date, locale),
              })
            : t('project.noRate')}
        </span>
      </>
    )
  }
  const hectares = (value: number | null) => (value === null ? none : `${formatNumber(value, locale)} ha`)
  const department = localName(project.department, locale)

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <Section spacing="space-y-2" title={t('project.sections.general')}>
          <dl className="divide-y divide-slate-100">
            <Fact label={t('project.kind')}>{t(`kind.${project.kind}`)}</Fact>
            <Fact label={t('project.sector')}>{t(`sector.${project.sector}`)}</Fact>
            <Fact label={t('project.department')}>{department}</Fact>
            <Fact label={t('project.jobsPlanned')}>
              {project.jobsPlanned === null ? none : formatNumber(project.jobsPlanned, locale)}
            </Fact>
            <SimpleFieldFacts section="general" project={project} none={none} />
          </dl>
        </Section>

        <Section spacing="space-y-2" title={t('project.sections.location')}>
          <dl className="divide-y divide-slate-100">
            <Fact label={t('project.unit')}>
              {t(`unitKind.${project.unit.kind}`)} {project.unit.name}
            </Fact>
            <Fact label={t('project.province')}>{project.unit.province}</Fact>
            {project.unit.formerNames ? <Fact label={t('project.formerNames')}>{project.unit.formerNames}</Fact> : null}
            <Fact label={t('project.areaHa')}>{hectares(project.areaHa)}</Fact>
            <Fact label={t('project.clearance')}>
              {project.clearanceNeededHa
                ? t('project.clearanceProgress', {
                    done: formatNumber(project.clearanceDoneHa ?? 0, locale),
                    needed: formatNumber(project.clearanceNeededHa, locale),
                    percent: `${formatNumber(((project.clearanceDoneHa ?? 0) / project.clearanceNeededHa) * 100, locale, 1)} %`,
                  })
                : none}
            </Fact>
          </dl>
        </Section>

        <Section spacing="space-y-2" title={t('project.sections.capital')}>
          <dl className="divide-y divide-slate-100">
            <Fact label={t('project.investmentType')}>{t(`investmentType.${project.investmentType}`)}</Fact>
            <Fact label={t('project.registeredCapital')}>{money(project.registeredCapitalVnd)}</Fact>
            <Fact label={t('project.disbursedCapital')}>{money(project.disbursedCapitalVnd)}</Fact>
          </dl>
        </Section>

        <Section spacing="space-y-2" title={t('project.sections.legal')}>
          <dl className="divide-y divide-slate-100">
            <SimpleFieldFacts section="legal" project={project} none={none} />
            <Fact label={t('project.createdAt')}>{formatDateTime(project.createdAt, locale)}</Fact>
            <Fact label={t('project.updatedAt')}>{formatDateTime(project.updatedAt, locale)}</Fact>
          </dl>
        </Section>
      </div>

      <Section spacing="space-y-2" title={t('project.sections.investors')}>
        {project.investors.length === 0 ? (
          <p className="text-slate-700">{t('project.noInvestors')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="text-left">
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t('project.investorColumns.name')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('project.investorColumns.country')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('project.investorColumns.type')}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t('project.investorColumns.role')}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t('project.investorColumns.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {project.investors.map(({ investor, role, capitalShareBasisPoints }) => (
                  <tr key={investor.id} className="border-b border-slate-100">
                    <td className="py-2 pr-4">
                      <AppLink
                        to={`/investors/${investor.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {investor.name}
                      </AppLink>
                    </td>
                    <td className="py-2 pr-4">{t(`country.${investor.country}`)}</td>
                    <td className="py-2 pr-4">
                      {investor.country === 'VN' ? t('project.domestic') : t('project.foreign')}
                    </td>
                    <td className="py-2 pr-4">{t(`role.${role}`)}</td>
                    <td className="py-2 text-right">
                      {capitalShareBasisPoints === null
                        ? t('common.none')
                        : formatBasisPoints(capitalShareBasisPoints, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section spacing="space-y-2" title={t('project.sections.milestones')}>
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead className="text-left">
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t('project.milestoneColumns.milestone')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('project.milestoneColumns.planned')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('project.milestoneColumns.actual')}
                </th>
                <th scope="col" className="py-2">
                  {t('project.milestoneColumns.state')}
                </th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((milestone) => {
                const late = isMilestoneLate(milestone.state)
                return (
                  <tr key={milestone.kind} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-4 text-left font-normal">
                      {t(`milestone.${milestone.kind}`)}
                    </th>
                    <td className="py-2 pr-4">
                      {milestone.planned ? formatDate(milestone.planned, locale) : t('common.none')}
                    </td>
                    <td className="py-2 pr-4">
                      {milestone.actual ? formatDate(milestone.actual, locale) : t('common.none')}
                    </td>
                    <td className={`py-2 ${late ? 'font-semibold text-red-800' : 'text-slate-800'}`}>
                      {late ? <span aria-hidden="true">⚠ </span> : null}
                      {t(`project.milestoneState.${milestone.state.state}`, {
                        days: 'days' in milestone.state ? milestone.state.days : 0,
                      })}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      </Section>

      <StatusTimeline changes={project.statusChanges} />
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
