import { ensureDb, prisma } from '~/utils/db.server'

/** For load balancers and the start script: 200 only when the database answers. */
export async function loader() {
  try {
    await ensureDb()
    await prisma.$queryRawUnsafe('SELECT 1')
    return new Response('OK', { headers: { 'Cache-Control': 'no-store' } })
  } catch (error) {
    console.error('healthz: database check failed', error)
    return new Response('Database unavailable', { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
