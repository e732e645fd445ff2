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
      --link N             only link N of a secret sent with one link per person
                           (see hushlink status); the others keep working
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
    const call = await parseReceiptArgs(args, io, { json: false, link: true })
    if (call.help) return io.stdout.write(HELP)
    const link = call.link === undefined ? {} : { link: call.link }
    await talk(call.exchange, ({ signal }) =>
      burnSecret({ receiptLink: call.receiptLink, signal, ...link }),
    )
    await io.stderr.write(
      call.link === undefined
        ? 'Burned: the link no longer opens.\n'
        : `Burned link ${call.link}: it no longer opens; the others still do.\n`,
    )
  },
}
