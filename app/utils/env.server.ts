import { z } from 'zod'

const EnvSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  DATABASE_URL: z.string().startsWith('file:').default('file:./data/tiendo.db'),
  // Signs the flash-message cookie. `npm run setup` writes a random one to .env.
  SESSION_SECRET: z.string().min(32).optional(),
})

export type Env = z.infer<typeof EnvSchema>

let cached: Env | undefined

/** process.env, checked once at boot so a misconfiguration fails loudly and early. */
export function getEnv(): Env {
  if (cached) return cached
  const parsed = EnvSchema.safeParse(process.env)
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    )
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.SESSION_SECRET) {
    throw new Error('SESSION_SECRET must be set in production (npm run setup writes one to .env).')
  }
  cached = parsed.data
  return cached
}

export function getSessionSecret(): string {
  return getEnv().SESSION_SECRET ?? 'development-only-secret-not-for-production-use'
}
