import { getReceiptStatus } from '@hushlink/shared'
import type { ReceiptStatusResponse } from '@hushlink/shared/api'
import type { Command } from '../command.js'
import { EXIT_CODES_HELP } from '../exit.js'
import { plural } from '../failure.js'
import { NETWORK_HELP } from '../server.js'
import { talk } from '../talk.js'
import { parseReceiptArgs } from './receipt.js'

const HELP = `Usage: hushlink status [options] RECEIPT_LINK

Shows what happened to a secret you sent: still waiting, opened, expired or
burned, and how many wrong passphrases were tried. Never consumes a view.

Options:
      --json               print the server's status object on stdout
${NETWORK_HELP}
  -h, --help               show this help

Examples:
  hushlink status 'https://secrets.example.com/r/AbC…#token'
  hushlink status --json "$RECEIPT" | jq -r .state

${EXIT_CODES_HELP}
`

export const status: Command = {
  name: 'status',
  summary: 'show whether a secret you sent was opened (from its receipt link)',
  help: HELP,
  async run(args, io) {
    const call = parseReceiptArgs(args, io, true)
    if (call.help) return io.stdout.write(HELP)
    const result = await talk(call.exchange, ({ signal }) =>
      getReceiptStatus({ receiptLink: call.receiptLink, signal }),
    )
    await io.stdout.write(call.json ? `${JSON.stringify(result)}\n` : describeStatus(result))
  },
}

const STATES: Readonly<Record<ReceiptStatusResponse['state'], string>> = {
  active: 'waiting to be opened',
  viewed: 'opened: every view is used',
  expired: 'expired',
  burned: 'burned by its sender',
  burned_failures: 'destroyed after too many wrong passphrases',
}

export function describeStatus(s: ReceiptStatusResponse): string {
  const lines = [
    `state:     ${s.state} (${STATES[s.state]})`,
    `views:     ${s.views} of ${s.max_views}`,
    `created:   ${s.created_at}`,
    `expires:   ${s.expires_at}`,
  ]
  if (s.claimed_at !== undefined) lines.push(`opened:    ${s.claimed_at}`)
  if (s.failures > 0) lines.push(`failures:  ${plural(s.failures, 'wrong passphrase')}`)
  return `${lines.join('\n')}\n`
}
