import { seedReferenceData } from '../prisma/seed/reference-data'
import { createPrismaClient } from '../app/utils/db.server'

// The reference data every integration test starts from, written once into the base file.
const db = createPrismaClient()
await seedReferenceData(db)
await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)')
await db.$disconnect()
