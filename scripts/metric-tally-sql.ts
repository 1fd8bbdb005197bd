/**
 * Writes the SQL of the metric tallies' triggers (docs/decisions/012): run it and paste the
 * output into a new migration when a contribution changes.
 *
 *   npx tsx scripts/metric-tally-sql.ts > prisma/migrations/<stamp>_<name>/migration.sql
 *
 * Each record contributes to the tallies as a function of its own columns and its project's
 * columns. Every trigger adds what a change does to that function: the new row's
 * contribution less the old one's, each computed from the row's own NEW / OLD values and
 * the project as it is when the trigger runs. Those differences add up to the current state
 * whatever order SQLite fires nested triggers in, because no trigger watches a column that
 * another trigger writes (`Milestone.pending` is derived again here from the columns it
 * comes from, instead of being read).
 *
 * A capital adjustment, disbursement or handover that was voided (or corrected, which voids
 * it: docs/decisions/013) contributes nothing: every contribution of those tables, and the
 * adjustments an IRC's first capital is computed from, read only rows whose "voidedAt" is
 * NULL, and their update triggers watch "voidedAt", so voiding takes the row's share away.
 *
 * With `--replace` it writes the migration for a changed contribution instead of the first
 * one: drop the triggers, rebuild the tallies from the records, create the triggers again.
 *
 *   npx tsx scripts/metric-tally-sql.ts --replace > prisma/migrations/<stamp>_<name>/migration.sql
 */

/** A project's columns, as `NEW`, `OLD` or a table alias. */
type ProjectRef = string

type Contribution = {
  table: 'MetricTally' | 'PipelineTally'
  /** the tally key's own columns, e.g. { metric: "'irc'", day: 'substr(x, 1, 10)' } */
  key: Record<string, string>
  n: string
  amount: string
  /** FROM and WHERE of the rows that contribute (without the leading FROM) */
  from: string
  where: string
  project: ProjectRef
}

const LIVE = (p: ProjectRef) => `${p}."deletedAt" IS NULL`
/** A dated entry that was neither voided nor corrected (docs/decisions/013). */
const IN_FORCE = (row: string) => `${row}."voidedAt" IS NULL`
const DAY = (column: string) => `substr(${column}, 1, 10)`

/** A project's own contributions: its policy decision, its IRC and the capital first registered with it. */
function projectOwn(p: ProjectRef, from = '(SELECT 1)'): Contribution[] {
  const base = { table: 'MetricTally' as const, from, project: p }
  return [
    {
      ...base,
      key: { metric: `'policy'`, day: DAY(`${p}."policyDecisionDate"`) },
      n: '1',
      amount: '0',
      where: `${LIVE(p)} AND ${p}."policyDecisionDate" IS NOT NULL`,
    },
    {
      ...base,
      key: { metric: `'irc'`, day: DAY(`${p}."ircDate"`) },
      n: '1',
      amount: '0',
      where: `${LIVE(p)} AND ${p}."ircDate" IS NOT NULL`,
    },
    {
      ...base,
      key: { metric: `'capital'`, day: DAY(`${p}."ircDate"`) },
      n: '1',
      amount: `${p}."registeredCapitalVnd" - COALESCE((SELECT SUM(a."amountVnd") FROM "CapitalChange" a WHERE a."projectId" = ${p}."id" AND ${IN_FORCE('a')}), 0)`,
      where: `${LIVE(p)} AND ${p}."ircDate" IS NOT NULL AND ${p}."registeredCapitalVnd" IS NOT NULL`,
    },
  ]
}

/** A capital adjustment on its own day. (What it takes from the IRC's day is ircShare.) */
function adjustment(x: string, from: string, where: string, p: ProjectRef): Contribution {
  return {
    table: 'MetricTally',
    key: { metric: `'capital'`, day: DAY(`${x}."date"`) },
    n: '1',
    amount: `${x}."amountVnd"`,
    from,
    where: `${where} AND ${LIVE(p)}`,
    project: p,
  }
}

/**
 * An adjustment's effect on its project's IRC day: the IRC counts the capital first
 * registered, the current capital less every adjustment, so an adjustment takes its amount
 * off that day.
 */
function ircShare(x: string, from: string, where: string, p: ProjectRef): Contribution {
  return {
    table: 'MetricTally',
    key: { metric: `'capital'`, day: DAY(`${p}."ircDate"`) },
    n: '0',
    amount: `-${x}."amountVnd"`,
    from,
    where: `${where} AND ${LIVE(p)} AND ${p}."ircDate" IS NOT NULL AND ${p}."registeredCapitalVnd" IS NOT NULL`,
    project: p,
  }
}

function constructionStart(m: string, from: string, where: string, p: ProjectRef): Contribution {
  return {
    table: 'MetricTally',
    key: { metric: `'start'`, day: DAY(`${m}."actualDate"`) },
    n: '1',
    amount: '0',
    from,
    where: `${where} AND ${m}."kind" = 'construction_start' AND ${m}."actualDate" IS NOT NULL AND ${LIVE(p)}`,
    project: p,
  }
}

function datedEntry(
  metric: string,
  amount: string,
  x: string,
  from: string,
  where: string,
  p: ProjectRef,
): Contribution {
  return {
    table: 'MetricTally',
    key: { metric: `'${metric}'`, day: DAY(`${x}."date"`) },
    n: '1',
    amount,
    from,
    where: `${where} AND ${LIVE(p)}`,
    project: p,
  }
}

const disbursement = (x: string, from: string, where: string, p: ProjectRef) =>
  datedEntry('disbursed', `${x}."amountVnd"`, x, from, where, p)
/** Hectares summed as whole square metres, so the tally adds and subtracts exactly. */
const handover = (x: string, from: string, where: string, p: ProjectRef) =>
  datedEntry('handover', `CAST(ROUND(${x}."hectares" * 10000) AS INTEGER)`, x, from, where, p)

/**
 * A milestone still to be reached, by the month it is planned for: what the forecast adds
 * up. "Not reached" as Milestone.pending says it, from the columns pending comes from.
 */
function pipeline(m: string, from: string, where: string, p: ProjectRef): Contribution {
  return {
    table: 'PipelineTally',
    key: {
      kind: `${m}."kind"`,
      month: `substr(${m}."plannedDate", 1, 7)`,
      likelihood: `COALESCE(${m}."likelihood", '')`,
    },
    n: '1',
    amount: `COALESCE(${p}."registeredCapitalVnd", 0)`,
    from,
    where: `${where} AND ${m}."kind" IN ('policy_approval', 'irc', 'construction_start') AND ${m}."plannedDate" IS NOT NULL
         AND ${LIVE(p)} AND ${p}."status" NOT IN ('cancelled', 'suspended')
         AND CASE ${m}."kind" WHEN 'irc' THEN ${p}."ircDate" IS NULL
                              WHEN 'policy_approval' THEN ${p}."policyDecisionDate" IS NULL
                              ELSE ${m}."actualDate" IS NULL END`,
    project: p,
  }
}

const TALLY_KEY: Record<Contribution['table'], string[]> = {
  MetricTally: ['metric', 'scope', 'day', 'fdi'],
  PipelineTally: ['kind', 'scope', 'month', 'fdi', 'likelihood'],
}
const AMOUNT_COLUMN: Record<Contribution['table'], string> = { MetricTally: 'amount', PipelineTally: 'capital' }

/**
 * One statement adding (sign 1) or taking away (sign -1) the contributions, once for the
 * whole province and once each for the project's sector and kind: a goal's scope reads one
 * of the three.
 */
function upsert(c: Contribution, sign: 1 | -1): string {
  const key = TALLY_KEY[c.table]
  const amount = AMOUNT_COLUMN[c.table]
  const own = Object.entries(c.key).map(([column, expression]) => `${expression} AS "${column}"`)
  const mul = sign === 1 ? '' : '-'
  return `INSERT INTO "${c.table}" (${key.map((k) => `"${k}"`).join(', ')}, "n", "${amount}")
  SELECT ${key.map((k) => (k === 'scope' ? `CASE f."k" WHEN 0 THEN '' WHEN 1 THEN 's:' || c."sector" ELSE 'k:' || c."projectKind" END` : `c."${k}"`)).join(', ')}, ${mul}c."n", ${mul}c."amount"
    FROM (SELECT ${own.join(', ')}, ${c.project}."investmentType" = 'fdi' AS "fdi", ${c.project}."sector" AS "sector", ${c.project}."kind" AS "projectKind", ${c.n} AS "n", ${c.amount} AS "amount"
            FROM ${c.from} WHERE ${c.where}) c
    CROSS JOIN (SELECT 0 AS "k" UNION ALL SELECT 1 UNION ALL SELECT 2) f
   WHERE true
  ON CONFLICT (${key.map((k) => `"${k}"`).join(', ')}) DO UPDATE SET "n" = "n" + excluded."n", "${amount}" = "${amount}" + excluded."${amount}";`
}

function trigger(name: string, when: string, body: string[]): string {
  return `CREATE TRIGGER "${name}" ${when} BEGIN\n  ${body.join('\n  ')}\nEND;\n`
}

/** The rows of a child table of one project, with that project as `p` (voidable: those in force). */
const childOf = (table: string, alias: string, p: ProjectRef, voidable = false) =>
  [`"${table}" ${alias}`, `${alias}."projectId" = ${p}."id"${voidable ? ` AND ${IN_FORCE(alias)}` : ''}`] as const
/** One child row (NEW or OLD) with its project read from the table; a voided row counts nowhere. */
const rowWithProject = (row: string, voidable: boolean) =>
  [`"Project" p`, `p."id" = ${row}."projectId"${voidable ? ` AND ${IN_FORCE(row)}` : ''}`] as const

/** Everything a project and its children contribute, the project's columns taken from `p`. */
function projectWhole(p: ProjectRef): Contribution[] {
  return [
    ...projectOwn(p),
    adjustment('a', ...childOf('CapitalChange', 'a', p, true), p),
    constructionStart('m', ...childOf('Milestone', 'm', p), p),
    disbursement('d', ...childOf('Disbursement', 'd', p, true), p),
    handover('h', ...childOf('ClearanceHandover', 'h', p, true), p),
    pipeline('m', ...childOf('Milestone', 'm', p), p),
  ]
}

const PROJECT_COLUMNS = [
  'deletedAt',
  'status',
  'investmentType',
  'sector',
  'kind',
  'registeredCapitalVnd',
  'ircDate',
  'policyDecisionDate',
]

type Child = {
  table: string
  /** a dated entry that can be voided: only rows in force count */
  voidable: boolean
  columns: string[]
  contributions: (row: string, from: string, where: string, p: ProjectRef) => Contribution[]
}

const CHILDREN: Child[] = [
  {
    table: 'CapitalChange',
    voidable: true,
    columns: ['projectId', 'date', 'amountVnd', 'voidedAt'],
    contributions: (row, from, where, p) => [adjustment(row, from, where, p), ircShare(row, from, where, p)],
  },
  {
    table: 'Milestone',
    voidable: false,
    columns: ['projectId', 'kind', 'plannedDate', 'actualDate', 'likelihood'],
    contributions: (row, from, where, p) => [constructionStart(row, from, where, p), pipeline(row, from, where, p)],
  },
  {
    table: 'Disbursement',
    voidable: true,
    columns: ['projectId', 'date', 'amountVnd', 'voidedAt'],
    contributions: (row, from, where, p) => [disbursement(row, from, where, p)],
  },
  {
    table: 'ClearanceHandover',
    voidable: true,
    columns: ['projectId', 'date', 'hectares', 'voidedAt'],
    contributions: (row, from, where, p) => [handover(row, from, where, p)],
  },
]

function childTriggers(child: Child): string[] {
  const forRow = (row: string) => {
    const [from, where] = rowWithProject(row, child.voidable)
    return child.contributions(row, from, where, 'p')
  }
  const changed = child.columns.map((column) => `OLD."${column}" IS NOT NEW."${column}"`).join(' OR ')
  return [
    trigger(
      `${child.table}_tally_insert`,
      `AFTER INSERT ON "${child.table}"`,
      forRow('NEW').map((c) => upsert(c, 1)),
    ),
    trigger(
      `${child.table}_tally_update`,
      `AFTER UPDATE OF ${child.columns.map((c) => `"${c}"`).join(', ')} ON "${child.table}" WHEN ${changed}`,
      [...forRow('OLD').map((c) => upsert(c, -1)), ...forRow('NEW').map((c) => upsert(c, 1))],
    ),
    // When the project itself is being deleted it is already gone here (a cascade), and its
    // BEFORE DELETE trigger has taken this row's share away: the project lookup finds nothing.
    trigger(
      `${child.table}_tally_delete`,
      `AFTER DELETE ON "${child.table}"`,
      forRow('OLD').map((c) => upsert(c, -1)),
    ),
  ]
}

function projectTriggers(): string[] {
  const changed = PROJECT_COLUMNS.map((column) => `OLD."${column}" IS NOT NEW."${column}"`).join(' OR ')
  return [
    trigger(
      'Project_tally_insert',
      'AFTER INSERT ON "Project"',
      projectOwn('NEW').map((c) => upsert(c, 1)),
    ),
    trigger(
      'Project_tally_update',
      `AFTER UPDATE OF ${PROJECT_COLUMNS.map((c) => `"${c}"`).join(', ')} ON "Project" WHEN ${changed}`,
      [...projectWhole('OLD').map((c) => upsert(c, -1)), ...projectWhole('NEW').map((c) => upsert(c, 1))],
    ),
    trigger(
      'Project_tally_delete',
      'BEFORE DELETE ON "Project"',
      projectWhole('OLD').map((c) => upsert(c, -1)),
    ),
  ]
}

/**
 * Projects at risk for want of a status change count the active projects (not deleted,
 * neither cancelled nor operating) by the day of their last status change: a project's own
 * columns only, so the difference of NEW and OLD is exact even though lastStatusChangeAt is
 * itself kept by a trigger.
 */
function lastChangeTriggers(): string[] {
  const contribution = (p: ProjectRef) =>
    `SELECT substr(${p}."lastStatusChangeAt", 1, 10), SIGN_ FROM (SELECT 1)
      WHERE ${LIVE(p)} AND ${p}."status" NOT IN ('cancelled', 'operating') AND ${p}."lastStatusChangeAt" IS NOT NULL`
  const upsertDay = (p: ProjectRef, sign: 1 | -1) =>
    `INSERT INTO "LastChangeTally" ("day", "n")
  ${contribution(p).replace('SIGN_', String(sign))} AND true
  ON CONFLICT ("day") DO UPDATE SET "n" = "n" + excluded."n";`
  const watched = ['lastStatusChangeAt', 'deletedAt', 'status']
  return [
    trigger('Project_lastChangeTally_insert', 'AFTER INSERT ON "Project"', [upsertDay('NEW', 1)]),
    trigger(
      'Project_lastChangeTally_update',
      `AFTER UPDATE OF ${watched.map((c) => `"${c}"`).join(', ')} ON "Project" WHEN ${watched.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ')}`,
      [upsertDay('OLD', -1), upsertDay('NEW', 1)],
    ),
    trigger('Project_lastChangeTally_delete', 'AFTER DELETE ON "Project"', [upsertDay('OLD', -1)]),
  ]
}

/** Fills the tallies from the records already there. */
function backfill(): string[] {
  return projectWhole('p').map((c) =>
    upsert({ ...c, from: c.from === '(SELECT 1)' ? `"Project" p` : `"Project" p CROSS JOIN ${c.from}` }, 1),
  )
}

const TABLES = `-- The goals' computed metrics and the forecast, pre-added by day (by month for the
-- forecast) for the whole province, each sector and each project kind, FDI apart, so a
-- period's figure reads at most a row a day whatever the number of projects
-- (docs/decisions/012). Kept by the triggers below; written by scripts/metric-tally-sql.ts.
CREATE TABLE "MetricTally" (
    "metric" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "fdi" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "amount" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("metric", "scope", "day", "fdi")
);

CREATE TABLE "PipelineTally" (
    "kind" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "fdi" BOOLEAN NOT NULL,
    "likelihood" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "capital" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("kind", "scope", "month", "fdi", "likelihood")
);

CREATE TABLE "LastChangeTally" (
    "day" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL DEFAULT 0
);
`

/** The names of the triggers that keep MetricTally and PipelineTally. */
function tallyTriggerNames(): string[] {
  return [
    ...['insert', 'update', 'delete'].map((event) => `Project_tally_${event}`),
    ...CHILDREN.flatMap((child) => ['insert', 'update', 'delete'].map((event) => `${child.table}_tally_${event}`)),
  ]
}

/**
 * A changed contribution: the triggers dropped, the tallies rebuilt from the records, the
 * new triggers created (LastChangeTally does not change, and is left alone).
 */
function replacement(): string {
  return [
    `-- The metric tallies' triggers, with a changed contribution (docs/decisions/012): written by
-- scripts/metric-tally-sql.ts --replace. The triggers go, the tallies are rebuilt from the
-- records, the new triggers come.`,
    ...tallyTriggerNames().map((name) => `DROP TRIGGER IF EXISTS "${name}";`),
    'DELETE FROM "MetricTally";',
    'DELETE FROM "PipelineTally";',
    '',
    '-- The records already there.',
    ...backfill(),
    '',
    ...projectTriggers(),
    ...CHILDREN.flatMap(childTriggers),
  ].join('\n')
}

if (process.argv.includes('--replace')) {
  console.log(replacement())
} else {
  console.log(
    [
      TABLES,
      '-- The records already there.',
      ...backfill(),
      `INSERT INTO "LastChangeTally" ("day", "n")
  SELECT substr(p."lastStatusChangeAt", 1, 10), COUNT(*) FROM "Project" p
   WHERE p."deletedAt" IS NULL AND p."status" NOT IN ('cancelled', 'operating') AND p."lastStatusChangeAt" IS NOT NULL
   GROUP BY 1;`,
      '',
      ...lastChangeTriggers(),
      ...projectTriggers(),
      ...CHILDREN.flatMap(childTriggers),
    ].join('\n'),
  )
}
