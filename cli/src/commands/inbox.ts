import { listInbox, parseInboxLink, type InboxLink } from '@hushlink/shared'
import { expectPositionals, parseCommandLine } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { EXIT_CODES_HELP, usageError } from '../exit.js'
import { toCliError } from '../failure.js'
import { NETWORK_HELP, NETWORK_OPTIONS, parseTimeout } from '../server.js'
import { talk } from '../talk.js'
import { read } from './read.js'

const HELP = `Usage: hushlink inbox [options] INBOX_LINK

Lists the answers to a request you made (never consumes anything), or opens
one with --open: it is then read exactly like 'hushlink read' (this uses up
a view). Each answer's key is unsealed here with the inbox link's private key.

Options:
      --open ID|N             open the answer with this id, or the Nth listed
  -o, --output DIR            with --open: save attached files into DIR
      --passphrase-file PATH  with --open: the answer's passphrase
      --json                  print the list as JSON (with each answer's link)
${NETWORK_HELP}
  -h, --help                  show this help

Examples:
  hushlink inbox "$INBOX"
  hushlink inbox "$INBOX" --open 1 > db-password.txt

${EXIT_CODES_HELP}
`

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  open: { type: 'string' },
  output: { type: 'string', short: 'o' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const

export const inbox: Command = {
  name: 'inbox',
  summary: 'list the answers to your request, or open one (from its inbox link)',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    expectPositionals(positionals, ['INBOX_LINK'])
    const timeout = parseTimeout(values.timeout)
    let link: InboxLink
    try {
      link = parseInboxLink(positionals[0] ?? '')
    } catch (error) {
      throw toCliError(error)
    }
    if (link.privateKey === null) {
      throw usageError('this inbox is bound to a passkey: open it in the web page')
    }
    const exchange = {
      context: { server: link.base, notFound: 'not found: this inbox is unknown or was deleted' },
      timeout,
      stderr: io.stderr,
    }
    const listed = await talk(exchange, ({ signal }) =>
      listInbox({ server: link.base, inboxLink: positionals[0] ?? '', signal }),
    )
    if (values.open !== undefined) {
      const wanted = values.open
      const item =
        listed.items.find((i) => i.id === wanted) ??
        (/^[1-9]\d*$/.test(wanted) ? listed.items[Number(wanted) - 1] : undefined)
      if (!item) throw usageError('--open: no such answer in this inbox (see the list)')
      const readArgs = [item.link, '--timeout', String(timeout)]
      if (values.output !== undefined) readArgs.push('--output', values.output)
      if (values['passphrase-file'] !== undefined)
        readArgs.push('--passphrase-file', values['passphrase-file'])
      return read.run(readArgs, io)
    }
    if (values.json) {
      await io.stdout.write(`${JSON.stringify(listed)}\n`)
      return
    }
    const lines = listed.items.map(
      (i, n) =>
        `${n + 1}. ${i.id}  ${i.kind}, ${i.size} bytes, received ${i.createdAt}, expires ${i.expiresAt}`,
    )
    await io.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : '')
    await io.stderr.write(
      `Request ${listed.state}: ${listed.answers} of ${listed.maxAnswers} answers taken; ${listed.items.length} can be opened.\n`,
    )
  },
}
