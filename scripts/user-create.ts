/**
 * Creates an account from the command line: the first administrator of a production
 * database, which has no demo users and so nobody to open the admin pages.
 *
 *   npm run user:create -- --email admin@province.gov.vn --name "Nguyễn Văn A" --role admin
 *   npm run user:create -- --email b@province.gov.vn --name "Trần Thị B" --role editor --department SCT [--province-wide]
 *
 * The password comes from TIENDO_NEW_PASSWORD, or is asked twice on the terminal without
 * echo. It must pass the same rule as the app's forms (12–128 characters, not a common
 * password). The database is DATABASE_URL (default file:./data/tiendo.db; .env is read when
 * present). Run from the repository root: app modules use the "~" alias, which tsx
 * resolves from ./tsconfig.json there.
 */
import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import { parseArgs } from 'node:util'

const USAGE = `Usage: npm run user:create -- --email <email> --name <full name> --role admin|editor|viewer [--department <code>] [--province-wide]
The password is read from TIENDO_NEW_PASSWORD, or asked twice on the terminal.`

/** The audit trail's "who" for accounts made here. */
const CLI_ACTOR = { userId: null, userName: 'user:create command', ip: 'cli' }

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

function readArguments(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        department: { type: 'string' },
        'province-wide': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    })
    return values
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2)
  }
}

/** One line from the terminal, typed without being shown. */
function promptHidden(question: string): Promise<string> {
  let muted = false
  const output = new Writable({
    write(chunk: Buffer | string, encoding: BufferEncoding, callback: () => void) {
      if (!muted) process.stdout.write(chunk, encoding)
      callback()
    },
  })
  const terminal = createInterface({ input: process.stdin, output, terminal: true })
  return new Promise((resolve) => {
    terminal.on('SIGINT', () => {
      terminal.close()
      process.stdout.write('\n')
      process.exit(130)
    })
    terminal.question(question, (answer) => {
      terminal.close()
      process.stdout.write('\n')
      resolve(answer)
    })
    // The question is written by now; what is typed next is not echoed.
    muted = true
  })
}

async function readPassword(): Promise<string> {
  const fromEnvironment = process.env.TIENDO_NEW_PASSWORD
  if (fromEnvironment) return fromEnvironment
  if (!process.stdin.isTTY) {
    throw new CliError('No password: set TIENDO_NEW_PASSWORD, or run the command in a terminal to type it.')
  }
  const first = await promptHidden('Password (12–128 characters): ')
  const second = await promptHidden('Password again: ')
  if (first !== second) throw new CliError('The two passwords do not match. Nothing was created.')
  return first
}

async function main() {
  try {
    process.loadEnvFile('.env')
  } catch {
    // no .env: DATABASE_URL from the environment, or the default database
  }
  const args = readArguments(process.argv.slice(2))
  if (args.help) {
    console.log(USAGE)
    return
  }
  if (!args.email || !args.name || !args.role)
    throw new CliError(`--email, --name and --role are required.\n${USAGE}`, 2)

  // Loaded only now: the database client reads DATABASE_URL when its module loads.
  const { DEFAULT_DATABASE_URL, prisma } = await import('../app/utils/db.server')
  const { UserCreateServerSchema, createUser, getDepartmentIdByCode } =
    await import('../app/features/users/user.server')
  const { createI18n } = await import('../app/utils/i18n')
  const { translateError } = await import('../app/utils/translate-error')
  const t = createI18n('en').t
  const database = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL

  try {
    let departmentId: string | null = null
    if (args.department) {
      departmentId = await getDepartmentIdByCode(args.department)
      if (!departmentId) {
        const known = await prisma.department.findMany({ select: { code: true }, orderBy: { code: 'asc' }, take: 100 })
        throw new CliError(
          `Unknown department "${args.department}". Known codes: ${known.map((row) => row.code).join(', ') || '(none)'}.`,
        )
      }
    }
    if (args['province-wide'] && args.role !== 'editor') {
      console.warn('Note: --province-wide applies to editors only; it is ignored for this role.')
    }

    const email = args.email.trim().toLowerCase()
    if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new CliError(`An account with the email ${email} already exists. Nothing was created.`)
    }

    const password = await readPassword()
    const parsed = UserCreateServerSchema.safeParse({
      email: args.email,
      name: args.name,
      role: args.role,
      departmentId: departmentId ?? undefined,
      provinceWide: args['province-wide'],
      password,
    })
    if (!parsed.success) {
      const lines = parsed.error.issues.map(
        (issue) => `  ${issue.path.join('.') || 'input'}: ${translateError(t, issue.message)}`,
      )
      throw new CliError(`Not created:\n${lines.join('\n')}`)
    }

    const created = await createUser(parsed.data, CLI_ACTOR)
    if (!created.ok) throw new CliError(`Not created: ${created.field}: ${translateError(t, created.error)}`)
    console.log(
      `Created ${parsed.data.role} account ${parsed.data.email} (id ${created.id}) in ${database}. ` +
        'Its owner can sign in now.',
    )
  } catch (error) {
    if (error instanceof CliError) throw error
    const message = error instanceof Error ? error.message : String(error)
    if (/no such table|does not exist in the current database/i.test(message)) {
      throw new CliError(`The database ${database} has no tables yet: run \`npm run db:migrate\` first.`)
    }
    throw error
  } finally {
    await prisma.$disconnect()
  }
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(error.message)
    process.exitCode = error.exitCode
    return
  }
  console.error(error)
  process.exitCode = 1
})
