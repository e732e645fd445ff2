import {
  checkSend,
  answerRequest,
  createSecret,
  createFanOutSecret,
  createSplitSecret,
  getInstanceConfig,
  MAX_FILES,
  MAX_NAME_BYTES,
  sendLimits,
  utf8Length,
  parseRequestLink,
  viewRequest,
  type RequestLink,
} from '@hushlink/shared'
import type { CreatedSplitSecret, Metadata } from '@hushlink/shared'
import {
  MAX_FAILURES_MAX,
  MAX_FAILURES_MIN,
  NOTIFY_EMAIL_MAX_LENGTH,
  NOTIFY_EMAIL_PATTERN,
  NOTIFY_LANGUAGES,
  type ConfigResponse,
  type NotifyLanguage,
} from '@hushlink/shared/api'
import { expectPositionals, parseCommandLine, parseInteger } from '../args.js'
import { HELP_OPTION, type Command } from '../command.js'
import { formatDuration, parseDuration } from '../duration.js'
import { CliError, EXIT, EXIT_CODES_HELP, usageError } from '../exit.js'
import { fileSources } from '../input-files.js'
import { readAll, type Io } from '../io.js'
import { askPassphrase, readPassphraseFile } from '../passphrase.js'
import { askHidden } from '../prompt.js'
import { NETWORK_HELP, NETWORK_OPTIONS, parseTimeout, serverBase } from '../server.js'
import { parseSplit } from '../split.js'
import { checkOpeningBeforeExpiry, describeMoment, parseOpening } from '../opening.js'
import { isRequestLinkValue, parseRecipients, printFanOut } from '../fan-out.js'
import { talk } from '../talk.js'
import { toCliError } from '../failure.js'
import { escapeForTerminal, oneLine, terminalJson } from '../terminal-text.js'

const HELP = `Usage: hushlink send [options] [TEXT | -]

Encrypts a secret on this machine, uploads only ciphertext, and prints the
one-time link on stdout. The receipt link (status, burn) goes to stderr, so
the command composes: LINK=$(hushlink send < token.txt)

The secret is TEXT, or stdin when TEXT is '-' or missing (a terminal asks for
it without echo). Prefer stdin: arguments stay in shell history and 'ps'.

Options:
  -s, --server URL            the Hushlink instance (default: $HUSHLINK_SERVER)
  -f, --file PATH             attach a file (repeatable); TEXT is then optional
  -t, --ttl DURATION          lifetime: 30m, 1h, 2d, 1w or seconds
                              (default: the server's, usually 1d)
      --views N               how many times it can be opened (default 1)
  -p, --passphrase-prompt     also protect it with a passphrase, typed twice
      --passphrase-file PATH  ... or read from the first line of a file
      --max-failures N        wrong passphrases before it is destroyed (1-10, default 5)
      --opens-at TIME         time lock: it cannot be opened before TIME, an ISO 8601
                              time with offset (2030-01-31T09:00:00+01:00); before --ttl ends
      --opens-in DURATION     ... or DURATION from now: 30m, 1h, 2d (the expiry still
                              counts from now)
      --split K/N             split it between people: print N share links, any K
                              of which open it together (2 <= K <= N <= 10)
      --notify EMAIL          e-mail EMAIL when the secret is first opened (servers
                              that send e-mail; text secrets only); the server
                              deletes the address once it has sent it
      --notify-language LANG  that e-mail's language: en, ru or uk
                              (default: from $LANG, else en)
      --to REQUEST_LINK       answer a request instead: only its requester can open
                              it, and no link is printed (the whole answer must fit
                              the server's message limit)
      --to NAME               one link per person (repeat, 2-50): each link opens the
                              secret on its own with its own --views; prints
                              NAME<tab>LINK lines; names are encrypted for the receipt
      --links N               N links (2-50) like --to, without names
      --json                  print {"link","receipt_link","id","expires_at"} on stdout
                              ("share_links" and "threshold" instead of "link" with --split,
                              "links": [{"index","label","link"}] with --to NAME or --links)
      --api-key KEY           an API key (hlk_...) for servers that require one
                              (default: $HUSHLINK_API_KEY, which keeps it out of 'ps')
${NETWORK_HELP}
  -h, --help                  show this help

Examples:
  echo -n 's3cr3t' | hushlink send --server https://secrets.example.com
  hushlink send --ttl 1h --views 2 --passphrase-prompt < db-password.txt
  hushlink send --file id_ed25519 --file id_ed25519.pub 'the deploy key'
  hushlink send --json < token.txt | jq -r .link
  hushlink send --split 3/5 < break-glass.txt
  hushlink send --opens-in 2h --ttl 1d < launch-code.txt
  hushlink send --to Alice --to Bob < wifi-password.txt
  hushlink send --to 'https://secrets.example.com/q/AbC…#…' < api-key.txt

${EXIT_CODES_HELP}
`

const NO_API =
  'the server has no such API: is it a Hushlink instance, and recent enough for this command?'

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  server: { type: 'string', short: 's' },
  file: { type: 'string', short: 'f', multiple: true },
  ttl: { type: 'string', short: 't' },
  views: { type: 'string' },
  'passphrase-prompt': { type: 'boolean', short: 'p' },
  'passphrase-file': { type: 'string' },
  'max-failures': { type: 'string' },
  'opens-at': { type: 'string' },
  'opens-in': { type: 'string' },
  split: { type: 'string' },
  json: { type: 'boolean' },
  'api-key': { type: 'string' },
  notify: { type: 'string' },
  'notify-language': { type: 'string' },
  to: { type: 'string', multiple: true },
  links: { type: 'string' },
} as const

export const send: Command = {
  name: 'send',
  summary: 'encrypt a secret here, upload it, print its one-time link',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, OPTIONS)
    if (values.help) return io.stdout.write(HELP)
    expectPositionals(positionals, [], ['TEXT'])
    const timeout = parseTimeout(values.timeout)
    const to = values.to ?? []
    const requestLink = to.find(isRequestLinkValue)
    if (requestLink !== undefined) {
      if (to.length > 1 || values.links !== undefined) {
        throw usageError('--to REQUEST_LINK answers one request: give it alone')
      }
      let link: RequestLink
      try {
        link = parseRequestLink(requestLink)
      } catch (error) {
        throw toCliError(error)
      }
      return answer(link, requestLink, timeout, values, positionals[0], io)
    }
    const recipients = parseRecipients(to, values.links)
    const server = serverBase(values.server, io.env)
    const ttl = values.ttl === undefined ? undefined : parseDuration(values.ttl, '--ttl')
    const views = values.views === undefined ? 1 : parseInteger(values.views, '--views', 1, 1e9)
    const askForPassphrase = values['passphrase-prompt'] === true
    const passphraseFile = values['passphrase-file']
    if (askForPassphrase && passphraseFile !== undefined) {
      throw usageError('choose --passphrase-prompt or --passphrase-file, not both')
    }
    const maxFailures =
      values['max-failures'] === undefined
        ? undefined
        : parseInteger(values['max-failures'], '--max-failures', MAX_FAILURES_MIN, MAX_FAILURES_MAX)
    if (maxFailures !== undefined && !askForPassphrase && passphraseFile === undefined) {
      throw usageError('--max-failures needs a passphrase')
    }

    const split = values.split === undefined ? null : parseSplit(values.split)
    const opensAt = parseOpening(values['opens-at'], values['opens-in'], Date.now())
    if (split !== null && recipients !== null) {
      throw usageError('choose --split or one link per person (--to NAME, --links), not both')
    }

    const notify = notifyOption(values.notify, values['notify-language'], io.env)
    if (notify && (values.file ?? []).length > 0) {
      throw usageError('--notify works for text secrets only, not with --file')
    }
    const files = await fileSources(values.file ?? [])
    const text = await readText(positionals[0], files.length > 0, io)
    if (text === '' && files.length === 0) throw usageError('nothing to send: the secret is empty')
    let passphrase = passphraseFile === undefined ? null : await readPassphraseFile(passphraseFile)

    const apiKey = values['api-key'] ?? (io.env.HUSHLINK_API_KEY || undefined)
    const exchange = { context: { server, notFound: NO_API }, timeout, stderr: io.stderr }
    const config = await talk(exchange, ({ signal }) => getInstanceConfig({ server, signal }))
    if (config.create_requires_api_key === true && apiKey === undefined) {
      throw usageError(
        'this server creates secrets only with an API key: set HUSHLINK_API_KEY or pass --api-key',
      )
    }
    if (notify && config.email_notifications !== true) {
      throw usageError('this server does not send e-mail: leave out --notify')
    }
    const lifetime = ttl ?? config.default_ttl
    if (opensAt) checkOpeningBeforeExpiry(opensAt, lifetime, Date.now())
    checkLimits(config, lifetime, views, {
      text: utf8Length(text),
      files: files.map(({ name, type, size }) => ({ name, type, size })),
    })
    if (askForPassphrase) passphrase = await askPassphrase(io.stdin, true)

    const options = {
      server,
      text,
      files,
      ttl: lifetime,
      maxViews: views,
      passphrase,
      ...(maxFailures === undefined ? {} : { maxFailures }),
      ...(apiKey === undefined ? {} : { apiKey }),
      ...(notify ? { notify } : {}),
      ...(opensAt ? { opensAt } : {}),
    }
    if (split !== null) {
      const created = await talk(exchange, (progress) =>
        createSplitSecret({ ...options, ...progress, split }),
      )
      return printSplit(io, created, views, values.json === true, opensAt)
    }
    if (recipients !== null) {
      const created = await talk(exchange, (progress) =>
        createFanOutSecret({ ...options, ...progress, recipients }),
      )
      await printFanOut(io, created, values.json === true, openingField(opensAt))
      if (values.json !== true) await printReceipt(io, created, views, opensAt)
      return
    }
    const created = await talk(exchange, (progress) => createSecret({ ...options, ...progress }))
    if (values.json) {
      const { link, receiptLink, id, expiresAt } = created
      const body = { link, receipt_link: receiptLink, id, expires_at: expiresAt }
      await io.stdout.write(`${terminalJson({ ...body, ...openingField(opensAt) })}\n`)
      return
    }
    await io.stdout.write(`${created.link}\n`)
    await printReceipt(io, created, views, opensAt)
  },
}

async function printReceipt(
  io: Io,
  created: { readonly receiptLink: string; readonly expiresAt: string },
  views: number,
  opensAt: Date | undefined,
): Promise<void> {
  const opens = views === 1 ? 'once' : `${views} times`
  await io.stderr.write(
    `Receipt (status and burn; keep it private): ${created.receiptLink}\n` +
      (opensAt ? `Opens ${describeMoment(opensAt)}, not before.\n` : '') +
      `Expires ${oneLine(created.expiresAt)}; can be opened ${opens}.\n`,
  )
}

/** `opens_at` in --json output, only for a time-locked secret. */
function openingField(opensAt: Date | undefined): { opens_at?: string } {
  return opensAt ? { opens_at: opensAt.toISOString() } : {}
}

/** One share link a line on stdout, for one person each; how many are needed on stderr. */
async function printSplit(
  io: Io,
  created: CreatedSplitSecret,
  views: number,
  json: boolean,
  opensAt: Date | undefined,
): Promise<void> {
  const { shareLinks, threshold, receiptLink, id, expiresAt } = created
  if (json) {
    const body = {
      share_links: shareLinks,
      threshold,
      receipt_link: receiptLink,
      id,
      expires_at: expiresAt,
      ...openingField(opensAt),
    }
    return io.stdout.write(`${JSON.stringify(body)}\n`)
  }
  await io.stdout.write(shareLinks.map((link) => `${link}\n`).join(''))
  await io.stderr.write(
    `Give each link to one person: any ${threshold} of these ${shareLinks.length} open the secret together\n` +
      `(hushlink read LINK1 LINK2 ..., or one link in a browser, then paste the others).\n`,
  )
  await printReceipt(io, created, views, opensAt)
}

/** The --notify address, checked as the server will check it, and its language. */
function notifyOption(
  email: string | undefined,
  language: string | undefined,
  env: Io['env'],
): { email: string; language: NotifyLanguage } | undefined {
  if (email === undefined) {
    if (language !== undefined) throw usageError('--notify-language needs --notify EMAIL')
    return undefined
  }
  if (email.length > NOTIFY_EMAIL_MAX_LENGTH || !new RegExp(NOTIFY_EMAIL_PATTERN).test(email)) {
    throw usageError('--notify needs an e-mail address such as you@example.com')
  }
  const wanted = language ?? (env.LANG ?? '').toLowerCase().slice(0, 2)
  const chosen = NOTIFY_LANGUAGES.find((l) => l === wanted)
  if (!chosen && language !== undefined) {
    throw usageError(`--notify-language must be one of ${NOTIFY_LANGUAGES.join(', ')}`)
  }
  return { email, language: chosen ?? 'en' }
}

/**
 * `send --to`: shows the request's note, then seals the answer's key to the
 * requester. The request's server is used; views, TTL and passphrase as for a
 * secret.
 */
async function answer(
  link: RequestLink,
  requestLink: string,
  timeout: number,
  values: {
    readonly file?: string[]
    readonly ttl?: string
    readonly views?: string
    readonly 'passphrase-prompt'?: boolean
    readonly 'passphrase-file'?: string
    readonly json?: boolean
  },
  argument: string | undefined,
  io: Io,
): Promise<void> {
  const server = link.base
  const exchange = {
    context: { server, notFound: 'not found: this request never existed or has expired' },
    timeout,
    stderr: io.stderr,
  }
  const opened = await talk(exchange, ({ signal }) => viewRequest({ server, requestLink, signal }))
  const note = escapeForTerminal(opened.note)
  await io.stderr.write(`Request: ${note.text}
`)
  const config = await talk(exchange, ({ signal }) => getInstanceConfig({ server, signal }))
  const ttl = values.ttl === undefined ? config.default_ttl : parseDuration(values.ttl, '--ttl')
  const views = values.views === undefined ? 1 : parseInteger(values.views, '--views', 1, 1e9)
  const files = await fileSources(values.file ?? [])
  const text = await readText(argument, files.length > 0, io)
  if (text === '' && files.length === 0) throw usageError('nothing to send: the secret is empty')
  checkLimits({ ...config, max_total_bytes: config.max_text_bytes }, ttl, views, {
    text: utf8Length(text),
    files: files.map(({ name, type, size }) => ({ name, type, size })),
  })
  const passphraseFile = values['passphrase-file']
  let passphrase = passphraseFile === undefined ? null : await readPassphraseFile(passphraseFile)
  if (values['passphrase-prompt'] === true) passphrase = await askPassphrase(io.stdin, true)
  const sent = await talk(exchange, ({ signal }) =>
    answerRequest({ server, requestLink, text, files, ttl, maxViews: views, passphrase, signal }),
  )
  if (values.json) {
    await io.stdout.write(`${JSON.stringify({ id: sent.id, expires_at: sent.expiresAt })}
`)
    return
  }
  await io.stderr.write(`Sent: only the requester can open it, until ${sent.expiresAt}.
`)
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

async function readText(argument: string | undefined, hasFiles: boolean, io: Io): Promise<string> {
  if (argument !== undefined && argument !== '-') return argument
  if (argument === undefined && hasFiles) return ''
  if (io.stdin.isTTY) return askHidden(io.stdin, 'Secret (hidden; Enter sends it): ')
  const bytes = await readAll(io.stdin)
  try {
    return STRICT_UTF8.decode(bytes)
  } catch {
    throw usageError('stdin is not UTF-8 text: send binary data as a file with --file PATH')
  }
}

/** Refuses, before any file is read or anything encrypted, what this server would refuse. */
function checkLimits(config: ConfigResponse, ttl: number, views: number, meta: Metadata): void {
  if (ttl < config.min_ttl || ttl > config.max_ttl) {
    throw usageError(
      `--ttl must be from ${formatDuration(config.min_ttl)} to ${formatDuration(config.max_ttl)} on this server`,
    )
  }
  if (views > config.max_views) {
    throw usageError(`--views must be at most ${config.max_views} on this server`)
  }
  const checked = checkSend(meta, sendLimits(config))
  if (checked.filesRefused) throw usageError('this server does not take files')
  if (checked.tooMany) throw usageError(`cannot send more than ${MAX_FILES} files at once`)
  const problem = checked.files.findIndex((p) => p !== null)
  const file = meta.files[problem]
  if (file && checked.files[problem] === 'name') {
    throw usageError(`cannot send ${file.name}: its name is longer than ${MAX_NAME_BYTES} bytes`)
  }
  if (file) {
    throw new CliError(
      EXIT.tooLarge,
      `too large: ${file.name} is ${file.size} bytes and this server accepts files of at most ${config.max_file_bytes}`,
    )
  }
  const size = checked.overLimit
  if (size !== null) {
    throw new CliError(
      EXIT.tooLarge,
      `too large: encrypted, this secret is ${size} bytes and this server accepts at most ${checked.limit}`,
    )
  }
}
