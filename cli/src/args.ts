import { parseArgs } from 'node:util'
import { usageError } from './exit.js'

/**
 * Runs a `util.parseArgs` call and turns its complaints into usage errors
 * (exit 2). Messages never repeat what was typed: a secret passed as an
 * argument that happens to start with '-' must not end up on stderr.
 */
export function parseOrUsage<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw usageError("unknown option (see --help); put a secret that starts with '-' after '--'")
    }
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      throw usageError((error as Error).message.split('. ')[0] ?? 'bad arguments')
    }
    throw error
  }
}

export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly short?: string
  readonly multiple?: boolean
}

/** What parseArgs yields for a table of options (absent options are undefined). */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  readonly [K in keyof O]?: O[K] extends { type: 'boolean' }
    ? boolean
    : O[K] extends { multiple: true }
      ? string[]
      : string
}

/** parseArgs as every command uses it: strict options, positional arguments allowed. */
export function parseCommandLine<O extends Record<string, OptionSpec>>(
  args: string[],
  options: O,
): { readonly values: OptionValues<O>; readonly positionals: string[] } {
  return parseOrUsage(() => parseArgs({ args, options, allowPositionals: true }))
}

/** A whole number in [min, max], or a usage error naming the option. */
export function parseInteger(value: string, option: string, min: number, max: number): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(`${option} must be a whole number from ${min} to ${max}`)
  }
  return n
}

/** Checks the count of positional arguments; names are for messages. */
export function expectPositionals(
  positionals: readonly string[],
  required: readonly string[],
  optional: readonly string[] = [],
): void {
  const missing = required[positionals.length]
  if (missing !== undefined) throw usageError(`missing ${missing} (see --help)`)
  if (positionals.length > required.length + optional.length) {
    throw usageError('too many arguments (see --help); quote a secret that has spaces')
  }
}
