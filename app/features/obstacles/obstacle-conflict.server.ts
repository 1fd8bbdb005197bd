import { type TFunction } from 'i18next'
import { type ObstacleEditInput } from '~/features/obstacles/obstacle-schema'
import { getObstacle } from '~/features/obstacles/obstacle.server'
import { ensureDb, prisma } from '~/utils/db.server'
import { type FieldDifference, differingFields } from '~/utils/edit-conflict'
import { formatDate } from '~/utils/format'
import { serverT } from '~/utils/i18n'
import { type Locale, localName } from '~/utils/locale'

type Named = { nameVi: string; nameEn: string }

/** An obstacle's editable values, stored or just sent, with the names its ids stand for. */
type ObstacleValues = Pick<
  ObstacleEditInput,
  'title' | 'raisedOn' | 'raisedByName' | 'deadline' | 'departmentIds' | 'projectId'
> & {
  category: string
  description: string
  raisedByKind: string
  priority: string
  projectName: string
  departments: Named[]
}

/** Each field of an obstacle as the editor's reader says it. */
function obstacleInWords(obstacle: ObstacleValues, locale: Locale, t: TFunction) {
  return {
    projectId: obstacle.projectName,
    category: t(`obstacles.category.${obstacle.category}`),
    title: obstacle.title,
    description: obstacle.description,
    raisedOn: formatDate(obstacle.raisedOn, locale),
    raisedByKind: t(`obstacles.raisedByKind.${obstacle.raisedByKind}`),
    raisedByName: obstacle.raisedByName,
    departmentIds: obstacle.departments.map((row) => localName(row, locale)).join(', '),
    deadline: formatDate(obstacle.deadline, locale),
    priority: t(`obstacles.priority.${obstacle.priority}`),
  }
}

/**
 * An obstacle edit refused as stale: the fields where what was sent differs from the
 * obstacle as it is saved now, each with both values in words, the version it is saved
 * on and its code. Null when the obstacle is gone. Fields are compared by their stored
 * values (days, ids), in the form's order.
 */
export async function describeObstacleConflict(
  input: ObstacleEditInput,
  obstacleId: string,
  locale: Locale,
): Promise<{ code: string; version: number; differences: FieldDifference[] } | null> {
  const stored = await getObstacle(obstacleId)
  if (!stored) return null
  await ensureDb()
  const [project, departments] = await Promise.all([
    input.projectId === stored.project.id
      ? stored.project
      : prisma.project.findUnique({ where: { id: input.projectId }, select: { name: true } }),
    prisma.department.findMany({
      where: { id: { in: input.departmentIds } },
      orderBy: { code: 'asc' },
      take: 200,
      select: { nameVi: true, nameEn: true },
    }),
  ])
  const mine: ObstacleValues = {
    ...input,
    description: input.description ?? '',
    projectName: project?.name ?? '',
    departments,
  }
  const current: ObstacleValues = {
    ...stored,
    projectId: stored.project.id,
    projectName: stored.project.name,
    departmentIds: stored.departments.map(({ department }) => department.id),
    departments: stored.departments.map(({ department }) => department),
  }
  const t = serverT(locale)
  const mineWords = obstacleInWords(mine, locale, t)
  const currentWords = obstacleInWords(current, locale, t)
  const sameDay = (field: 'raisedOn' | 'deadline') => mine[field].getTime() === current[field].getTime()
  const sameIds = [...mine.departmentIds].sort().join(',') === [...current.departmentIds].sort().join(',')
  const row = (field: keyof typeof mineWords, label: string, differs: boolean) => ({
    field,
    label: t(label),
    mine: mineWords[field],
    current: currentWords[field],
    differs,
  })
  return {
    code: stored.code,
    version: stored.version,
    differences: differingFields([
      row('projectId', 'obstacles.form.project', mine.projectId !== current.projectId),
      row('category', 'obstacles.form.category', mine.category !== current.category),
      row('title', 'obstacles.form.title', mine.title !== current.title),
      row('description', 'obstacles.form.description', mine.description !== current.description),
      row('raisedOn', 'obstacles.form.raisedOn', !sameDay('raisedOn')),
      row('raisedByKind', 'obstacles.form.raisedByKind', mine.raisedByKind !== current.raisedByKind),
      row('raisedByName', 'obstacles.form.raisedByName', mine.raisedByName !== current.raisedByName),
      row('departmentIds', 'obstacles.form.departments', !sameIds),
      row('deadline', 'obstacles.form.deadline', !sameDay('deadline')),
      row('priority', 'obstacles.form.priority', mine.priority !== current.priority),
    ]),
  }
}
