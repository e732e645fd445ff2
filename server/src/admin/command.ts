import type { Config } from '../config.js'

/** Where a command writes: stdout for results, stderr for warnings and errors. */
export interface TextSink {
  write(text: string): void
}

export interface AdminContext {
  /** Loaded on first use, so `help` works without a valid configuration. */
  readonly config: () => Readonly<Config>
  readonly out: TextSink
  readonly err: TextSink
  /** Milliseconds since the epoch; the same clock expiry uses. */
  readonly now: () => number
}

/** One `hushlink-admin <name> …` subcommand; each lives in its own file. */
export interface AdminCommand {
  readonly name: string
  /** Arguments after the name, e.g. `<file>`. */
  readonly usage: string
  readonly summary: string
  /** Resolves to the process exit code. Throw UsageError for bad arguments. */
  run(args: readonly string[], context: AdminContext): Promise<number>
}

/** Bad arguments: the tool prints the message and the command's usage, and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** The only arguments of a command that takes none but flags from `allowed`. */
export function parseFlags(args: readonly string[], allowed: readonly string[]): Set<string> {
  const unknown = args.filter((a) => !allowed.includes(a))
  if (unknown.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(unknown[0])}`)
  return new Set(args)
}
