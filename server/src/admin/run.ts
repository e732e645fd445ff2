import { ConfigError, loadConfig, type Config } from '../config.js'
import { backupCommand } from './backup.js'
import { UsageError, type AdminCommand, type TextSink } from './command.js'
import { keysCommand } from './keys.js'
import { purgeExpiredCommand } from './purge-expired.js'
import { statsCommand } from './stats.js'
import { webhooksCommand } from './webhooks.js'

/** Every subcommand; a new one is a file exporting an AdminCommand, listed here. */
export const ADMIN_COMMANDS: readonly AdminCommand[] = [
  backupCommand,
  statsCommand,
  purgeExpiredCommand,
  keysCommand,
  webhooksCommand,
]

export interface AdminIo {
  /** The configuration's environment; the process's unless given (as loadConfig does). */
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly out: TextSink
  readonly err: TextSink
  readonly now?: () => number
}

/** Exit codes: 0 done, 1 failed (bad configuration, database error), 2 bad usage. */
export async function runAdmin(argv: readonly string[], io: AdminIo): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out.write(usage())
    return name === undefined ? 2 : 0
  }
  const command = ADMIN_COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err.write(`hushlink-admin: unknown command ${JSON.stringify(name)}\n${usage()}`)
    return 2
  }
  let config: Readonly<Config> | undefined
  try {
    return await command.run(args, {
      config: () => (config ??= loadConfig(io.env)),
      out: io.out,
      err: io.err,
      now: io.now ?? Date.now,
    })
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`hushlink-admin ${name}: ${error.message}\nusage: ${line(command)}\n`)
      return 2
    }
    const message = error instanceof ConfigError ? error.message : describeError(error)
    io.err.write(`hushlink-admin ${name}: ${message}\n`)
    return 1
  }
}

function usage(): string {
  const width = Math.max(...ADMIN_COMMANDS.map((c) => line(c).length)) + 2
  return [
    'usage: hushlink-admin <command> [arguments]',
    '',
    'Reads the same environment as the server (DATABASE_URL, …).',
    '',
    ...ADMIN_COMMANDS.map((c) => `  ${line(c).padEnd(width)}${c.summary}`),
    '',
  ].join('\n')
}

function line(command: AdminCommand): string {
  return `hushlink-admin ${command.name}${command.usage === '' ? '' : ` ${command.usage}`}`
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
