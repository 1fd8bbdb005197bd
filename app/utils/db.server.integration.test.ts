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

test('sees exactly what a Prisma query would: what a transaction has written, until it rolls back', async () => {
  const count = async () => (await readOnConnection<{ n: bigint }>('SELECT count(*) AS n FROM ExchangeRate'))[0]?.n
  const before = await count()
  await expect(
    prisma.$transaction(async (tx) => {
      await tx.exchangeRate.create({ data: { date: new Date('2099-03-31'), vndPerUsd: 26_500, source: 'SBV' } })
      // One connection: a read outside the transaction sees its write, as Prisma's own would.
      expect(await count()).toBe(before! + 1n)
      expect(await prisma.exchangeRate.count()).toBe(Number(before) + 1)
      throw new Error('roll back')
    }),
  ).rejects.toThrow('roll back')
  expect(await count()).toBe(before)
})
