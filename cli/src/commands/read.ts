import {
  decodeBase64url,
  decodeHeader,
  NotYetError,
  peekSecret,
  revealSecret,
  SPLIT_MAX,
  type SecretLink,
} from '@hushlink/shared'
import { expectPositionals, parseCommandLine } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { CliError, EXIT, EXIT_CODES_HELP, usageError } from '../exit.js'
import { setTimeout as delay } from 'node:timers/promises'
import { plural, toCliError } from '../failure.js'
import type { Io } from '../io.js'
import { FileSaver, prepareOutputDir } from '../output-files.js'
import { askPassphrase, readPassphraseFile } from '../passphrase.js'
import { NETWORK_HELP, NETWORK_OPTIONS, parseTimeout } from '../server.js'
import { linkToOpen } from '../split.js'
import { describeMoment, notYetOpen } from '../opening.js'
import { talk } from '../talk.js'
import { escapeForTerminal, oneLine } from '../terminal-text.js'

const HELP = `Usage: hushlink read [options] LINK
       hushlink read [options] SHARE_LINK SHARE_LINK...

Opens a one-time link: fetches the ciphertext (this uses up one view),
decrypts it here, and prints the text on stdout exactly as sent. Attached
files are written into DIR. The server named in the link is used.

A corrupted or incomplete link is refused before any request, so it never
spends a view or a passphrase attempt. When the secret needs a passphrase it
is asked for on the terminal (no echo), or read with --passphrase-file.

A secret split between people (hushlink send --split K/N) opens with any K
of its share links, given together; they are checked and combined here and
never sent anywhere.

Options:
  -o, --output DIR            save attached files into DIR (created if missing);
                              needed when the secret has files
      --force                 replace existing files in DIR (default: a new name)
      --passphrase-file PATH  read the passphrase from the first line of a file
      --wait                  a time-locked secret that is not open yet: wait for its
                              opening instead of exiting with code 10
${NETWORK_HELP}
  -h, --help                  show this help

Examples:
  hushlink read 'https://secrets.example.com/s/AbC…#key'
  hushlink read "$LINK" > db-password.txt
  hushlink read "$LINK" -o ./keys --passphrase-file pass.txt
  hushlink read "$SHARE1" "$SHARE2" "$SHARE3"

${EXIT_CODES_HELP}
`

const EXPOSED_LINK =
  "warning: this link's # had become %23: its key travelled in the address, where the server and " +
  'any proxy or mail filter that opened it could log it; ask the sender to treat the secret as exposed\n'

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  'passphrase-file': { type: 'string' },
  wait: { type: 'boolean' },
} as const

export const read: Command = {
  name: 'read',
  summary: 'open a one-time link: print its text, save its files',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    expectPositionals(positionals, ['LINK'], Array<string>(SPLIT_MAX - 1).fill('SHARE_LINK'))
    const timeout = parseTimeout(values.timeout)
    // Strict parsing first: a mangled link makes no request at all.
    const link = await linkToOpen(positionals)
    if (link.exposed) await io.stderr.write(EXPOSED_LINK)
    const outputDir = values.output
    if (outputDir !== undefined) await prepareOutputDir(outputDir)
    const passphraseFile = values['passphrase-file']
    const filePassphrase =
      passphraseFile === undefined ? null : await readPassphraseFile(passphraseFile)

    const exchange = { context: { server: link.base }, timeout, stderr: io.stderr }
    const meta = await talk(exchange, ({ signal }) =>
      peekSecret({ server: link.base, id: link.id, link: link.fanOut?.index, signal }),
    )
    const needsPassphrase = passphraseRequired(link, meta.header)
    const opensAt = meta.opens_at === undefined ? null : new Date(meta.opens_at)
    // Refused here before a passphrase is asked for; the server's not_yet covers a skewed clock.
    if (opensAt && opensAt.getTime() > Date.now() && values.wait !== true) {
      throw notYetOpen(opensAt)
    }
    if (meta.kind === 'files' && outputDir === undefined) {
      throw usageError('this secret has files: add -o DIR to save them (nothing was opened yet)')
    }
    let passphrase: string | null = null
    if (needsPassphrase) {
      passphrase = filePassphrase ?? (await askPassphrase(io.stdin, false))
    } else if (filePassphrase !== null) {
      await io.stderr.write('note: this secret has no passphrase; --passphrase-file was not used\n')
    }

    const saver = outputDir === undefined ? null : new FileSaver(outputDir, values.force === true)
    const reveal = () =>
      talk(exchange, ({ signal, onProgress }) =>
        revealSecret({
          id: link.id,
          linkKey: link.linkKey,
          server: link.base,
          fanOut: link.fanOut,
          passphrase,
          meta,
          signal,
          onProgress,
          ...(saver === null ? {} : { onFile: saver.open }),
        }),
      )
    const secret =
      values.wait === true && opensAt ? await openWhenDue(opensAt, reveal, io) : await reveal()
    await printText(io, secret.text)
    for (const file of saver?.saved ?? []) {
      await io.stderr.write(`saved ${file.path} (${plural(file.size, 'byte')})\n`)
    }
    if (secret.viewsLeft > 0) {
      const left = oneLine(plural(secret.viewsLeft, 'more time'))
      await io.stderr.write(`This link can be opened ${left}.\n`)
    }
  },
}

/**
 * `read --wait`: sleeps until the opening by this machine's clock, then claims;
 * a `not_yet` (this clock runs ahead of the server's) sleeps for what the
 * server says is left, measured on its own clock, and tries again.
 */
async function openWhenDue<T>(opensAt: Date, reveal: () => Promise<T>, io: Io): Promise<T> {
  let wait = opensAt.getTime() - Date.now()
  if (wait > 0) await io.stderr.write(`Waiting until it opens ${describeMoment(opensAt)}...\n`)
  for (;;) {
    if (wait > 0) await delay(wait)
    try {
      return await reveal()
    } catch (error) {
      // talk() has made it a CliError; the server's answer is its cause.
      const notYet =
        error instanceof CliError && error.cause instanceof NotYetError ? error.cause : null
      if (!notYet) throw error
      // At least a moment, so a server clock stuck at the boundary cannot spin this loop.
      wait = Math.max(notYet.opensAt.getTime() - notYet.serverTime.getTime(), 250)
    }
  }
}

/**
 * The link's `.p` hint and the authenticated header must agree
 * (docs/protocol.md §4.5 step 3): a disagreement means the link was altered.
 */
function passphraseRequired(link: SecretLink, headerText: string): boolean {
  let required: boolean
  try {
    required = decodeHeader(decodeBase64url(headerText)).kdf !== null
  } catch (error) {
    throw toCliError(error)
  }
  if (required !== link.passphrase) {
    throw new CliError(
      EXIT.corruptedLink,
      'the link and the secret disagree about a passphrase: the link was altered',
    )
  }
  return required
}

/** Exact bytes into a pipe or file; on a terminal, a final newline and no control characters. */
async function printText(io: Io, text: string): Promise<void> {
  if (!io.stdout.isTTY) return io.stdout.write(text)
  const shown = escapeForTerminal(text)
  if (shown.text !== '')
    await io.stdout.write(shown.text.endsWith('\n') ? shown.text : `${shown.text}\n`)
  if (shown.escaped) {
    await io.stderr.write(
      'note: control characters are shown as \\u escapes; redirect stdout for the exact text\n',
    )
  }
}
