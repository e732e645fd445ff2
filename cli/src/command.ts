import type { Io } from './io.js'

export interface Command {
  readonly name: string
  /** One line for `hushlink --help`. */
  readonly summary: string
  /** The whole `hushlink <name> --help` text. */
  readonly help: string
  /** Resolves when done; throws CliError (or anything, mapped by toCliError) otherwise. */
  run(args: string[], io: Io): Promise<void>
}

/** Options every command takes. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const
