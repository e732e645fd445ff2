import { burnSecret } from '@hushlink/shared'
import type { Command } from '../command.js'
import { EXIT_CODES_HELP } from '../exit.js'
import { NETWORK_HELP } from '../server.js'
import { talk } from '../talk.js'
import { parseReceiptArgs } from './receipt.js'

const HELP = `Usage: hushlink burn [options] RECEIPT_LINK

Destroys a secret you sent, now, whether or not it was opened: its link stops
working. Burning twice is fine.

Options:
${NETWORK_HELP}
  -h, --help               show this help

Example:
  hushlink burn 'https://secrets.example.com/r/AbC…#token'

${EXIT_CODES_HELP}
`

export const burn: Command = {
  name: 'burn',
  summary: 'destroy a secret you sent (from its receipt link)',
  help: HELP,
  async run(args, io) {
    const call = await parseReceiptArgs(args, io, false)
    if (call.help) return io.stdout.write(HELP)
    await talk(call.exchange, ({ signal }) => burnSecret({ receiptLink: call.receiptLink, signal }))
    await io.stderr.write('Burned: the link no longer opens.\n')
  },
}
