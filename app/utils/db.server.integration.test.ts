import { expect, test } from 'vitest'
import { prisma, readOnConnection } from '~/utils/db.server'

// readOnConnection relies on the Prisma adapter keeping its better-sqlite3 connection as
// `client`; a Prisma upgrade that changes it makes these fail (and every page's session read).

test('reads on the connection Prisma writes on, with statements prepared once', async () => {
  await prisma.exchangeRate.create({ data: { date: new Date('2099-01-31'), vndPerUsd: 26_380, source: 'SBV' } })
  const sql = 'SELECT date, vndPerUsd, source FROM ExchangeRate ORDER BY date DESC LIMIT 1'
  const [row] = await readOnConnection<{ date: string; vndPerUsd: bigint; source: string }>(sql)
  expect(row).toMatchObject({ vndPerUsd: 26_380n, source: 'SBV' })
  expect(new Date(row!.date).toISOString()).toBe('2099-01-31T00:00:00.000Z')
  // Parameters, and the same statement again after a write
  await prisma.exchangeRate.create({ data: { date: new Date('2099-02-28'), vndPerUsd: 26_410, source: 'SBV' } })
  expect(
    await readOnConnection<{ n: bigint }>('SELECT count(*) AS n FROM ExchangeRate WHERE date >= ?', '2099-02-01'),
  ).toEqual([{ n: 1n }])
  expect((await readOnConnection<{ vndPerUsd: bigint }>(sql))[0]?.vndPerUsd).toBe(26_410n)
})

test("a transaction that awaits and rolls back takes no other request's write with it, and shows nobody its rows", async () => {
  const inTransaction = new Date('2099-03-31')
  const outside = new Date('2099-04-30')
  const countOn = async (date: Date) => prisma.exchangeRate.count({ where: { date } })
  let letItFinish!: () => void
  const gate = new Promise<void>((resolve) => (letItFinish = resolve))
  let wrote!: () => void
  const written = new Promise<void>((resolve) => (wrote = resolve))

  const rolledBack = prisma.$transaction(async (tx) => {
    await tx.exchangeRate.create({ data: { date: inTransaction, vndPerUsd: 26_500, source: 'SBV' } })
    wrote()
    // Hashing a password, parsing a file, awaiting anything: the event loop serves others here.
    await gate
    throw new Error('roll back')
  })
  await written

  // Other requests, meanwhile: a write, a read through Prisma, a read on the connection.
  const otherWrite = prisma.exchangeRate.create({ data: { date: outside, vndPerUsd: 26_600, source: 'SBV' } })
  const prismaRead = countOn(inTransaction)
  const directRead = readOnConnection<{ n: bigint }>(
    'SELECT count(*) AS n FROM ExchangeRate WHERE date = ?',
    inTransaction.toISOString().replace('Z', '+00:00'),
  )
  await new Promise((resolve) => setTimeout(resolve, 50))
  letItFinish()

  await expect(rolledBack).rejects.toThrow('roll back')
  await expect(otherWrite).resolves.toMatchObject({ vndPerUsd: 26_600 })
  // No dirty read: neither read saw the row that was never committed…
  expect(await prismaRead).toBe(0)
  expect((await directRead)[0]?.n).toBe(0n)
  // …and no lost write: the other request's acknowledged row survived the rollback.
  expect(await countOn(outside)).toBe(1)
  expect(await countOn(inTransaction)).toBe(0)
})

test('a query on the shared client inside a transaction callback fails at once instead of waiting for itself', async () => {
  const started = Date.now()
  await expect(
    prisma.$transaction(async () => {
      await prisma.exchangeRate.count()
    }),
  ).rejects.toThrow(/use the transaction client/)
  await expect(
    prisma.$transaction(async () => {
      await readOnConnection('SELECT 1')
    }),
  ).rejects.toThrow(/use the transaction client/)
  expect(Date.now() - started).toBeLessThan(2_000)
  // Once the transaction is over, the same code runs as usual.
  expect(await prisma.exchangeRate.count()).toBeGreaterThanOrEqual(0)
})
