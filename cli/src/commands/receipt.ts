import { FAN_OUT_MAX, parseReceiptLink, type ReceiptLink } from '@hushlink/shared'
import { expectPositionals, parseCommandLine, parseInteger } from '../args.js'
import { HELP_OPTION } from '../command.js'
import { usageError } from '../exit.js'
import { toCliError } from '../failure.js'
import type { Io } from '../io.js'
import { NETWORK_OPTIONS, parseTimeout } from '../server.js'
import type { Exchange } from '../talk.js'

const RECEIPT_NOT_FOUND =
  'not found: the receipt link is wrong, or the secret expired long enough ago to be forgotten'

const OPTIONS = {
  ...HELP_OPTION,
  ...NETWORK_OPTIONS,
  json: { type: 'boolean' },
  link: { type: 'string' },
} as const

export type ReceiptCall =
  | { readonly help: true }
  | {
      readonly help: false
      readonly receiptLink: string
      readonly json: boolean
      /** burn --link N: one link of a fan-out secret. */
      readonly link: number | undefined
      readonly exchange: Exchange
    }

const EXPOSED_RECEIPT =
  "warning: this receipt link's # had become %23: its token travelled in the address, where the " +
  'server and any proxy or mail filter that opened it could log it, and the share link may have ' +
  'travelled the same way: burn the secret and share it again\n'

/**
 * The arguments status and burn share. A corrupted receipt link makes no
 * request; one whose `#` became `%23` works, with a warning on stderr.
 */
export async function parseReceiptArgs(
  args: string[],
  io: Io,
  accepts: { readonly json: boolean; readonly link: boolean },
): Promise<ReceiptCall> {
  const { values, positionals } = parseCommandLine(args, OPTIONS)
  if (values.help) return { help: true }
  if (values.json && !accepts.json) throw usageError('--json is not an option of this command')
  if (values.link !== undefined && !accepts.link) {
    throw usageError('--link is not an option of this command')
  }
  expectPositionals(positionals, ['RECEIPT_LINK'])
  const timeout = parseTimeout(values.timeout)
  const receiptLink = positionals[0] ?? ''
  let receipt: ReceiptLink
  try {
    receipt = parseReceiptLink(receiptLink)
  } catch (error) {
    throw toCliError(error)
  }
  if (receipt.exposed) await io.stderr.write(EXPOSED_RECEIPT)
  return {
    help: false,
    receiptLink,
    json: values.json === true,
    link:
      values.link === undefined ? undefined : parseInteger(values.link, '--link', 1, FAN_OUT_MAX),
    exchange: {
      context: { server: receipt.base, notFound: RECEIPT_NOT_FOUND },
      timeout,
      stderr: io.stderr,
    },
  }
}
