import { buildProjectSearchText } from '~/features/projects/project-search'
import { type InvestorCountry } from '~/features/projects/project-vocabulary'
import { type Actor, diffSnapshots, writeAudit } from '~/utils/audit.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { toSearchKey } from '~/utils/search-key'

export const INVESTOR_PAGE_SIZE = 25

/** The investor directory: folded-name search, optional country, with project counts. */
export async function listInvestors({ q, country, page }: { q?: string; country?: InvestorCountry; page: number }) {
  await ensureDb()
  const words = toSearchKey(q ?? '')
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
  const where = { country, AND: words.map((word) => ({ searchName: { contains: word } })) }
  const total = await prisma.investor.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / INVESTOR_PAGE_SIZE))
  const currentPage = Math.min(page, pageCount)
  const rows = await prisma.investor.findMany({
    where,
    orderBy: [{ searchName: 'asc' }],
    skip: (currentPage - 1) * INVESTOR_PAGE_SIZE,
    take: INVESTOR_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      country: true,
      contact: true,
      _count: { select: { projects: { where: { project: { deletedAt: null } } } } },
    },
  })
  return { rows, total, page: currentPage, pageCount }
}

export async function getInvestor(id: string) {
  await ensureDb()
  return prisma.investor.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      country: true,
      contact: true,
      version: true,
      projects: {
        where: { project: { deletedAt: null } },
        orderBy: { project: { nameSort: 'asc' } },
        take: 200,
        select: { role: true, project: { select: { id: true, code: true, name: true, status: true } } },
      },
    },
  })
}

export type UpdateInvestorResult = { ok: true } | { ok: false; error: 'nameTaken' | 'stale' }

/**
 * Renames or updates an investor, on the version its form was opened on: 'stale' when
 * someone saved it since (a project's form may change its country too) or the form had no
 * version, and nothing is written; 'nameTaken' when another investor already has this name. Its projects' search
 * text contains the name, so it is rebuilt for each of them in the same transaction.
 */
export async function updateInvestor(
  id: string,
  version: number | undefined,
  input: { name: string; country: InvestorCountry; contact?: string },
  actor: Actor,
): Promise<UpdateInvestorResult> {
  await ensureDb()
  const searchName = toSearchKey(input.name)
  const sameName = await prisma.investor.findUnique({ where: { searchName }, select: { id: true } })
  if (sameName && sameName.id !== id) return { ok: false, error: 'nameTaken' }
  if (version === undefined) return { ok: false, error: 'stale' }
  return prisma.$transaction(async (tx): Promise<UpdateInvestorResult> => {
    const audited = { name: true, country: true, contact: true } as const
    const before = await tx.investor.findUniqueOrThrow({ where: { id }, select: audited })
    const { count } = await tx.investor.updateMany({
      where: { id, version },
      data: {
        name: input.name,
        searchName,
        country: input.country,
        contact: input.contact ?? '',
        version: { increment: 1 },
      },
    })
    if (count === 0) return { ok: false, error: 'stale' }
    const after = await tx.investor.findUniqueOrThrow({ where: { id }, select: audited })
    await writeAudit(tx, actor, {
      action: 'update',
      entityType: 'investor',
      entityId: id,
      changes: diffSnapshots(before, after),
    })
    const links = await tx.projectInvestor.findMany({ where: { investorId: id }, select: { projectId: true } })
    for (const { projectId } of links) {
      const project = await tx.project.findUniqueOrThrow({
        where: { id: projectId },
        select: {
          code: true,
          name: true,
          nameEn: true,
          unit: { select: { name: true, formerNames: true } },
          investors: { orderBy: { position: 'asc' }, select: { investor: { select: { name: true } } } },
        },
      })
      await tx.project.update({
        where: { id: projectId },
        data: {
          searchText: buildProjectSearchText({
            code: project.code,
            name: project.name,
            nameEn: project.nameEn,
            unitName: project.unit.name,
            unitFormerNames: project.unit.formerNames,
            investorNames: project.investors.map((row) => row.investor.name),
          }),
        },
      })
    }
    return { ok: true }
  })
}
