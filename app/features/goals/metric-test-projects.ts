import { prisma } from '~/utils/db.server'

/**
 * For the metric and progress tests: numbered projects ("P-1", "Dự án 1") of the reference
 * unit and department, each counted by a metric as its fields say.
 */
export function metricProjectFactory(prefix: string, reference: () => { unitId: string; departmentId: string }) {
  let counter = 0
  return async function project(
    fields: {
      fdi?: boolean
      capital?: bigint
      ircDate?: Date
      policyDate?: Date
      kind?: string
      status?: string
      deleted?: boolean
    } = {},
  ) {
    counter += 1
    return prisma.project.create({
      data: {
        code: `${prefix}-${counter}`,
        name: `Dự án ${counter}`,
        nameSort: `du an ${counter}`,
        searchText: `${prefix.toLowerCase()}-${counter}`,
        kind: fields.kind ?? 'factory',
        sector: 'manufacturing',
        status: fields.status ?? 'irc_issued',
        unitId: reference().unitId,
        departmentId: reference().departmentId,
        investmentType: fields.fdi ? 'fdi' : 'domestic',
        registeredCapitalVnd: fields.capital ?? null,
        ircDate: fields.ircDate ?? null,
        policyDecisionDate: fields.policyDate ?? null,
        deletedAt: fields.deleted ? new Date() : null,
      },
    })
  }
}
