import { readFileSync } from 'node:fs'
import type { Command } from './command.js'
import { burn } from './commands/burn.js'
import { generate } from './commands/generate.js'
import { inbox } from './commands/inbox.js'
import { read } from './commands/read.js'
import { request } from './commands/request.js'
import { send } from './commands/send.js'
import { status } from './commands/status.js'
import { verify } from './commands/verify.js'
import { EXIT, EXIT_CODES_HELP, usageError } from './exit.js'
import { toCliError } from './failure.js'
import type { Io } from './io.js'
import { escapeForTerminal, oneLine } from './terminal-text.js'

const COMMANDS: readonly Command[] = [send, read, status, burn, request, inbox, generate, verify]

const HELP = `Usage: hushlink COMMAND [options]

Zero-knowledge one-time secrets from a terminal or a script. Secrets are
encrypted and decrypted on this machine; the server only ever holds
ciphertext, and the key travels in the link's #fragment.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Run 'hushlink COMMAND --help' for a command's options and examples.

Environment:
  HUSHLINK_SERVER   the instance 'send' uses when --server is not given
  HUSHLINK_API_KEY  the API key 'send' uses when --api-key is not given
  HUSHLINK_DEBUG=1  print stack traces of errors (never keys or contents)

${EXIT_CODES_HELP}
`

/** Runs one invocation and returns its exit status; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined) {
      await io.stderr.write(HELP)
      return EXIT.usage
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = COMMANDS.find((c) => c.name === rest[0])
      await io.stdout.write(topic?.help ?? HELP)
      return EXIT.ok
    }
    if (name === '--version' || name === '-V') {
      await io.stdout.write(`${version()}\n`)
      return EXIT.ok
    }
    const command = COMMANDS.find((c) => c.name === name)
    if (command === undefined) throw usageError('unknown command (see hushlink --help)')
    await command.run(rest, io)
    return EXIT.ok
  } catch (error) {
    const failure = toCliError(error)
    // Messages carry server-supplied text (error codes and messages): one neutral line.
    await io.stderr.write(`hushlink: ${oneLine(failure.message)}\n`)
    if (io.env.HUSHLINK_DEBUG === '1')
      await io.stderr.write(`${escapeForTerminal(stackOf(failure)).text}\n`)
    return failure.exitCode
  }
}

function stackOf(error: Error): string {
  const cause = error.cause instanceof Error ? `\ncaused by: ${stackOf(error.cause)}` : ''
  return `${error.stack ?? error.message}${cause}`
}

function version(): string {
  const file = new URL('../package.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}
