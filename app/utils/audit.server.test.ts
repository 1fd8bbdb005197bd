import { expect, test } from 'vitest'
import { diffSnapshots, writeAudit } from '~/utils/audit.server'
import { prisma } from '~/utils/db.server'

test('the database itself refuses to change or remove an audit row', async () => {
  const entityId = `append-only-${Math.random().toString(36).slice(2)}`
  await writeAudit(
    prisma,
    { userId: 'u-1', userName: 'Nguyễn Văn A', ip: '203.0.113.7' },
    { action: 'update', entityType: 'project', entityId, changes: { name: ['Cũ', 'Mới'] } },
  )
  const before = await prisma.auditLog.findFirstOrThrow({ where: { entityId } })

  await expect(
    prisma.$executeRawUnsafe(
      `UPDATE "AuditLog" SET action = 'delete', userName = 'someone else' WHERE id = ?`,
      before.id,
    ),
  ).rejects.toThrow(/AuditLog is append-only/)
  await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE id = ?`, before.id)).rejects.toThrow(
    /AuditLog is append-only/,
  )
  // Through the client too: no path around the triggers.
  await expect(prisma.auditLog.update({ where: { id: before.id }, data: { action: 'delete' } })).rejects.toThrow(
    /AuditLog is append-only/,
  )
  await expect(prisma.auditLog.deleteMany({ where: { entityId } })).rejects.toThrow(/AuditLog is append-only/)

  expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before)
})

test('money and dates are stored exactly, as strings, in the changes', async () => {
  const entityId = `exact-${Math.random().toString(36).slice(2)}`
  const changes = diffSnapshots(
    { registeredCapitalVnd: 1_200_000_000_000n, ircDate: new Date('2025-07-01T00:00:00.000Z'), name: 'A' },
    { registeredCapitalVnd: 98_765_432_109_876_543n, ircDate: new Date('2025-08-12T00:00:00.000Z'), name: 'A' },
  )
  await writeAudit(
    prisma,
    { userId: null, userName: null, ip: '' },
    { action: 'update', entityType: 'project', entityId, changes },
  )
  const row = await prisma.auditLog.findFirstOrThrow({ where: { entityId } })
  expect(JSON.parse(row.changes ?? '')).toEqual({
    registeredCapitalVnd: ['1200000000000', '98765432109876543'],
    ircDate: ['2025-07-01T00:00:00.000Z', '2025-08-12T00:00:00.000Z'],
  })
})
