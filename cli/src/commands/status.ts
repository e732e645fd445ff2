import { getReceiptStatus, openLinkLabels } from '@hushlink/shared'
import { describeLinks } from '../fan-out.js'
import type { ReceiptStatusResponse } from '@hushlink/shared/api'
import type { Command } from '../command.js'
import { EXIT_CODES_HELP } from '../exit.js'
import { plural, toCliError } from '../failure.js'
import { NETWORK_HELP } from '../server.js'
import { talk } from '../talk.js'
import { oneLine, terminalJson } from '../terminal-text.js'
import { parseReceiptArgs } from './receipt.js'

const HELP = `Usage: hushlink status [options] RECEIPT_LINK

Shows what happened to a secret you sent: still waiting, opened, expired or
burned, and how many wrong passphrases were tried. Never consumes a view.
A secret sent with one link per person (send --to NAME, --links N) also lists
each link: its name, whether it is waiting, opened (when) or burned.

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
    const call = await parseReceiptArgs(args, io, { json: true, link: false })
    if (call.help) return io.stdout.write(HELP)
    const result = await talk(call.exchange, ({ signal }) =>
      getReceiptStatus({ receiptLink: call.receiptLink, signal }),
    )
    if (call.json) return io.stdout.write(`${terminalJson(result)}\n`)
    const links = await openLinkLabels(call.receiptLink, result.links ?? []).catch((error) => {
      throw toCliError(error)
    })
    await io.stdout.write(describeStatus(result) + describeLinks(links))
  },
}

const STATES: Readonly<Record<ReceiptStatusResponse['state'], string>> = {
  active: 'waiting to be opened',
  viewed: 'opened: every view is used',
  expired: 'expired',
  burned: 'burned by its sender',
  burned_failures: 'destroyed after too many wrong passphrases',
}

/** Every field comes from the server, so each is shown neutralised (never as terminal control). */
export function describeStatus(s: ReceiptStatusResponse): string {
  const state = Object.hasOwn(STATES, s.state) ? ` (${STATES[s.state]})` : ''
  const lines = [
    `state:     ${oneLine(s.state)}${state}`,
    `views:     ${oneLine(s.views)} of ${oneLine(s.max_views)}`,
    `created:   ${oneLine(s.created_at)}`,
    `expires:   ${oneLine(s.expires_at)}`,
  ]
  if (s.claimed_at !== undefined) lines.push(`opened:    ${oneLine(s.claimed_at)}`)
  if (s.failures > 0) lines.push(`failures:  ${oneLine(plural(s.failures, 'wrong passphrase'))}`)
  return `${lines.join('\n')}\n`
}
