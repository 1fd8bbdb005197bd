import { createPrismaClient } from '../app/utils/db.server'
import { seedReferenceData } from '../prisma/seed/reference-data'

// The reference data every integration test starts from, written once into the base file.
const db = createPrismaClient()
await seedReferenceData(db)
await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)')
await db.$disconnect()
