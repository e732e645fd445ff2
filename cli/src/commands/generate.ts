import { expectPositionals, parseCommandLine, parseInteger } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { EXIT_CODES_HELP, usageError } from '../exit.js'
import {
  CHARACTER_SETS,
  generatePassphrase,
  generatePassword,
  passphraseBits,
  passwordBits,
  type CharacterSet,
} from '@hushlink/shared'

export const PASSWORD_LENGTH = { min: 8, max: 1024, default: 24 } as const
export const PASSPHRASE_WORDS = { min: 4, max: 64 } as const

const HELP = `Usage: hushlink generate [options]

Prints a random password, or with --words a passphrase of random words, made
on this machine from the operating system's CSPRNG. Nothing is sent anywhere.
A newline is added only on a terminal, so 'hushlink generate | hushlink send'
sends exactly the password.

Options:
      --length N         password length (${PASSWORD_LENGTH.min}-${PASSWORD_LENGTH.max}, default ${PASSWORD_LENGTH.default})
      --no-lowercase     no a-z
      --no-uppercase     no A-Z
      --no-digits        no 0-9
      --no-symbols       no ${CHARACTER_SETS.symbols}
      --words N          a passphrase of N words instead (${PASSPHRASE_WORDS.min}-${PASSPHRASE_WORDS.max}; 6 words ≈ 62 bits)
      --separator S      between words (default '-')
  -h, --help             show this help

Examples:
  hushlink generate --length 32 --no-symbols
  hushlink generate --words 6
  hushlink generate | hushlink send --ttl 1h

${EXIT_CODES_HELP}
`

const OPTIONS = {
  ...HELP_OPTION,
  length: { type: 'string' },
  words: { type: 'string' },
  separator: { type: 'string' },
  'no-lowercase': { type: 'boolean' },
  'no-uppercase': { type: 'boolean' },
  'no-digits': { type: 'boolean' },
  'no-symbols': { type: 'boolean' },
} as const

export const generate: Command = {
  name: 'generate',
  summary: 'make a random password or passphrase here (nothing is sent)',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    expectPositionals(positionals, [])
    const sets = (Object.keys(CHARACTER_SETS) as CharacterSet[]).filter(
      (set) => values[`no-${set}`] !== true,
    )
    const passwordOptions = values.length !== undefined || sets.length < 4
    let secret: string
    let bits: number
    if (values.words !== undefined) {
      if (passwordOptions) throw usageError('--words makes a passphrase: drop --length and --no-*')
      const count = parseInteger(
        values.words,
        '--words',
        PASSPHRASE_WORDS.min,
        PASSPHRASE_WORDS.max,
      )
      secret = generatePassphrase(count, values.separator ?? '-')
      bits = passphraseBits(count)
    } else {
      if (values.separator !== undefined) throw usageError('--separator goes with --words')
      if (sets.length === 0) throw usageError('every character set is excluded')
      const length =
        values.length === undefined
          ? PASSWORD_LENGTH.default
          : parseInteger(values.length, '--length', PASSWORD_LENGTH.min, PASSWORD_LENGTH.max)
      secret = generatePassword(length, sets)
      bits = passwordBits(length, sets)
    }
    if (!io.stdout.isTTY) return io.stdout.write(secret)
    await io.stdout.write(`${secret}\n`)
    await io.stderr.write(`(${Math.floor(bits)} bits of entropy)\n`)
  },
}
