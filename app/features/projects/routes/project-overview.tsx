import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { type ReactNode, useId } from 'react'
import { AppLink } from '~/components/app-link'
import { GeneralErrorBoundary } from '~/components/error-boundary'
import { getLatestExchangeRate } from '~/features/exchange-rates/exchange-rate.server'
import { getMilestoneState, isMilestoneLate } from '~/features/projects/milestone-state'
import { getProject } from '~/features/projects/project-detail.server'
import { MILESTONE_KINDS } from '~/features/projects/project-vocabulary'
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

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-sm text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={headingId} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
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
        <Section title={t('project.sections.general')}>
          <dl className="divide-y divide-slate-100">
            <Item label={t('project.kind')}>{t(`kind.${project.kind}`)}</Item>
            <Item label={t('project.sector')}>{t(`sector.${project.sector}`)}</Item>
            <Item label={t('project.department')}>{department}</Item>
            <Item label={t('project.jobsPlanned')}>
              {project.jobsPlanned === null ? none : formatNumber(project.jobsPlanned, locale)}
            </Item>
            <Item label={t('project.description')}>
              {project.description ? <span className="whitespace-pre-line">{project.description}</span> : none}
            </Item>
          </dl>
        </Section>

        <Section title={t('project.sections.location')}>
          <dl className="divide-y divide-slate-100">
            <Item label={t('project.unit')}>
              {t(`unitKind.${project.unit.kind}`)} {project.unit.name}
            </Item>
            <Item label={t('project.province')}>{project.unit.province}</Item>
            {project.unit.formerNames ? <Item label={t('project.formerNames')}>{project.unit.formerNames}</Item> : null}
            <Item label={t('project.areaHa')}>{hectares(project.areaHa)}</Item>
            <Item label={t('project.clearance')}>
              {project.clearanceNeededHa
                ? t('project.clearanceProgress', {
                    done: formatNumber(project.clearanceDoneHa ?? 0, locale),
                    needed: formatNumber(project.clearanceNeededHa, locale),
                    percent: `${formatNumber(((project.clearanceDoneHa ?? 0) / project.clearanceNeededHa) * 100, locale, 1)} %`,
                  })
                : none}
            </Item>
          </dl>
        </Section>

        <Section title={t('project.sections.capital')}>
          <dl className="divide-y divide-slate-100">
            <Item label={t('project.investmentType')}>{t(`investmentType.${project.investmentType}`)}</Item>
            <Item label={t('project.registeredCapital')}>{money(project.registeredCapitalVnd)}</Item>
            <Item label={t('project.disbursedCapital')}>{money(project.disbursedCapitalVnd)}</Item>
          </dl>
        </Section>

        <Section title={t('project.sections.legal')}>
          <dl className="divide-y divide-slate-100">
            <Item label={t('project.policyDecisionNumber')}>{project.policyDecisionNumber ?? none}</Item>
            <Item label={t('project.policyDecisionDate')}>
              {project.policyDecisionDate ? formatDate(project.policyDecisionDate, locale) : none}
            </Item>
            <Item label={t('project.ircNumber')}>{project.ircNumber ?? none}</Item>
            <Item label={t('project.ircDate')}>{project.ircDate ? formatDate(project.ircDate, locale) : none}</Item>
            <Item label={t('project.sourceTitle')}>
              {project.sourceUrl ? (
                <a
                  href={project.sourceUrl}
                  className="text-brand-700 underline"
                  rel="noreferrer noopener"
                  target="_blank"
                >
                  {project.sourceTitle ?? project.sourceUrl}
                </a>
              ) : (
                (project.sourceTitle ?? none)
              )}
            </Item>
            <Item label={t('project.createdAt')}>{formatDateTime(project.createdAt, locale)}</Item>
            <Item label={t('project.updatedAt')}>{formatDateTime(project.updatedAt, locale)}</Item>
          </dl>
        </Section>
      </div>

      <Section title={t('project.sections.investors')}>
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

      <Section title={t('project.sections.milestones')}>
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

      <Section title={t('project.sections.timeline')}>
        {project.statusChanges.length === 0 ? (
          <p className="text-slate-700">{t('project.timelineEmpty')}</p>
        ) : (
          <ol className="relative space-y-4 border-l-2 border-slate-300 pl-6">
            {project.statusChanges.map((change) => (
              <li key={change.id}>
                <p className="text-sm text-slate-700">
                  <time dateTime={new Date(change.effectiveDate).toISOString().slice(0, 10)}>
                    {formatDate(change.effectiveDate, locale)}
                  </time>
                </p>
                <p className="font-medium">
                  {change.fromStatus
                    ? t('project.timelineEntry', {
                        from: t(`status.${change.fromStatus}`),
                        to: t(`status.${change.toStatus}`),
                      })
                    : t('project.timelineCreated', { to: t(`status.${change.toStatus}`) })}
                </p>
                {change.reason ? (
                  <p className="text-sm">
                    <span className="font-medium">{t('project.reason')}:</span> {change.reason}
                  </p>
                ) : null}
                {change.note ? (
                  <p className="text-sm">
                    <span className="font-medium">{t('project.note')}:</span> {change.note}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  )
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
