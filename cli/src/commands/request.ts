import { createRequest, getInstanceConfig } from '@hushlink/shared'
import { MAX_REQUEST_ANSWERS } from '@hushlink/shared/api'
import { expectPositionals, parseCommandLine, parseInteger } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { formatDuration, parseDuration } from '../duration.js'
import { EXIT_CODES_HELP, usageError } from '../exit.js'
import { NETWORK_HELP, NETWORK_OPTIONS, parseTimeout, serverBase } from '../server.js'
import { talk } from '../talk.js'

const HELP = `Usage: hushlink request --note TEXT [options]

Asks for a secret. Makes a key pair on this machine and prints two links:
the request link (stdout) to send to whoever has the secret, and the inbox
link (stderr) to keep: only the inbox link opens the answers, and the server
never sees either link's key. The note is encrypted too.

Answer with the web page or 'hushlink send --to REQUEST_LINK'; read the
answers with 'hushlink inbox INBOX_LINK'.

Options:
  -n, --note TEXT             what you are asking for (shown to the sender)
      --max-answers N         a drop box taking up to N answers (default 1: one-time)
  -t, --ttl DURATION          how long the request takes answers: 30m, 1h, 2d, 1w
                              or seconds (default: the server's, usually 1d)
  -s, --server URL            the Hushlink instance (default: $HUSHLINK_SERVER)
      --json                  print {"request_link","inbox_link","id","expires_at"} on stdout
      --api-key KEY           an API key (hlk_...) for servers that require one
                              (default: $HUSHLINK_API_KEY)
${NETWORK_HELP}
  -h, --help                  show this help

Examples:
  hushlink request --note 'the staging DB password, please' 2> inbox.txt
  hushlink request --note 'drop your API keys here' --max-answers 10 --ttl 1w --json

${EXIT_CODES_HELP}
`

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  note: { type: 'string', short: 'n' },
  'max-answers': { type: 'string' },
  ttl: { type: 'string', short: 't' },
  server: { type: 'string', short: 's' },
  json: { type: 'boolean' },
  'api-key': { type: 'string' },
} as const

export const request: Command = {
  name: 'request',
  summary: 'ask for a secret: print a request link and a private inbox link',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    expectPositionals(positionals, [])
    const note = values.note
    if (note === undefined || note.trim() === '') throw usageError('--note is required')
    const server = serverBase(values.server, io.env)
    const timeout = parseTimeout(values.timeout)
    const maxAnswers =
      values['max-answers'] === undefined
        ? 1
        : parseInteger(values['max-answers'], '--max-answers', 1, MAX_REQUEST_ANSWERS)
    const apiKey = values['api-key'] ?? (io.env.HUSHLINK_API_KEY || undefined)
    const exchange = { context: { server }, timeout, stderr: io.stderr }
    const config = await talk(exchange, ({ signal }) => getInstanceConfig({ server, signal }))
    const ttl = values.ttl === undefined ? config.default_ttl : parseDuration(values.ttl, '--ttl')
    if (ttl < config.min_ttl || ttl > config.max_ttl) {
      throw usageError(
        `--ttl must be from ${formatDuration(config.min_ttl)} to ${formatDuration(config.max_ttl)} on this server`,
      )
    }
    if (config.create_requires_api_key === true && apiKey === undefined) {
      throw usageError(
        'this server takes requests only with an API key: set HUSHLINK_API_KEY or pass --api-key',
      )
    }
    const made = await talk(exchange, ({ signal }) =>
      createRequest({
        server,
        note,
        ttl,
        maxAnswers,
        ...(apiKey === undefined ? {} : { apiKey }),
        signal,
      }),
    )
    if (values.json) {
      await io.stdout.write(
        `${JSON.stringify({
          request_link: made.requestLink,
          inbox_link: made.inboxLink,
          id: made.id,
          expires_at: made.expiresAt,
        })}\n`,
      )
      return
    }
    await io.stdout.write(`${made.requestLink}\n`)
    await io.stderr.write(
      `Inbox (opens the answers; keep it private): ${made.inboxLink}\n` +
        `Takes ${maxAnswers === 1 ? 'one answer' : `up to ${maxAnswers} answers`} until ${made.expiresAt}.\n`,
    )
  },
}
