import { parseReceiptLink, type ReceiptLink } from '@hushlink/shared'
import { expectPositionals, parseCommandLine } from '../args.js'
import { HELP_OPTION } from '../command.js'
import { usageError } from '../exit.js'
import { toCliError } from '../failure.js'
import type { Io } from '../io.js'
import { NETWORK_OPTIONS, parseTimeout } from '../server.js'
import type { Exchange } from '../talk.js'

const RECEIPT_NOT_FOUND =
  'not found: the receipt link is wrong, or the secret expired long enough ago to be forgotten'

const OPTIONS = { ...HELP_OPTION, ...NETWORK_OPTIONS, json: { type: 'boolean' } } as const

export type ReceiptCall =
  | { readonly help: true }
  | {
      readonly help: false
      readonly receiptLink: string
      readonly json: boolean
      readonly exchange: Exchange
    }

/** The arguments status and burn share. A corrupted receipt link makes no request. */
export function parseReceiptArgs(args: string[], io: Io, acceptJson: boolean): ReceiptCall {
  const { values, positionals } = parseCommandLine(args, OPTIONS)
  if (values.help) return { help: true }
  if (values.json && !acceptJson) throw usageError('--json is not an option of this command')
  expectPositionals(positionals, ['RECEIPT_LINK'])
  const timeout = parseTimeout(values.timeout)
  const receiptLink = positionals[0] ?? ''
  let receipt: ReceiptLink
  try {
    receipt = parseReceiptLink(receiptLink)
  } catch (error) {
    throw toCliError(error)
  }
  return {
    help: false,
    receiptLink,
    json: values.json === true,
    exchange: {
      context: { server: receipt.base, notFound: RECEIPT_NOT_FOUND },
      timeout,
      stderr: io.stderr,
    },
  }
}
