import {
  FAN_OUT_MAX,
  FAN_OUT_MIN,
  isLabel,
  LABEL_MAX_BYTES,
  type CreatedFanOutSecret,
  type LinkStatus,
} from '@hushlink/shared'
import { parseInteger } from './args.js'
import { usageError } from './exit.js'
import type { Io } from './io.js'
import { oneLine, terminalJson } from './terminal-text.js'

/** A `--to` value that is a request link (answered) rather than a recipient's name. */
export function isRequestLinkValue(value: string): boolean {
  return /^https?:\/\//i.test(value.trim())
}

/**
 * `--to NAME` (repeatable) and `--links N`: one link per recipient
 * (docs/protocol.md §10), labelled with the names, or N unlabelled ones.
 * Null when neither is given: one link for everybody.
 */
export function parseRecipients(
  names: readonly string[],
  links: string | undefined,
): (string | null)[] | null {
  if (links !== undefined) {
    if (names.length > 0) throw usageError('choose --to NAME ... or --links N, not both')
    const n = parseInteger(links, '--links', FAN_OUT_MIN, FAN_OUT_MAX)
    return Array.from({ length: n }, () => null)
  }
  if (names.length === 0) return null
  if (names.length < FAN_OUT_MIN || names.length > FAN_OUT_MAX) {
    throw usageError(
      `one link per person needs ${FAN_OUT_MIN} to ${FAN_OUT_MAX} recipients (--to NAME, repeated)`,
    )
  }
  const bad = names.find((name) => !isLabel(name))
  if (bad !== undefined) {
    throw usageError(`a --to name is 1 to ${LABEL_MAX_BYTES} bytes of UTF-8 (or a request link)`)
  }
  return [...names]
}

/** One `LABEL<tab>LINK` line a link on stdout (the link alone when unlabelled). */
export async function printFanOut(
  io: Io,
  created: CreatedFanOutSecret,
  json: boolean,
  /** More fields of the --json output (a time lock's `opens_at`). */
  more: { readonly opens_at?: string } = {},
): Promise<void> {
  const { links, receiptLink, id, expiresAt } = created
  if (json) {
    const body = {
      links: links.map((l) => ({ index: l.index, label: l.label, link: l.link })),
      receipt_link: receiptLink,
      id,
      expires_at: expiresAt,
      ...more,
    }
    return io.stdout.write(`${terminalJson(body)}\n`)
  }
  await io.stdout.write(
    links
      .map((l) => (l.label === null ? `${l.link}\n` : `${oneLine(l.label)}\t${l.link}\n`))
      .join(''),
  )
  await io.stderr.write(
    `Give each person their own link: each opens the secret on its own, and the receipt shows which were opened.\n`,
  )
}

const LINK_STATES: Readonly<Record<LinkStatus['state'], string>> = {
  active: 'waiting',
  viewed: 'opened',
  expired: 'expired',
  burned: 'burned',
  burned_failures: 'destroyed (wrong passphrases)',
}

/** The receipt's lines of a fan-out secret's links: number, label, state and when opened. */
export function describeLinks(links: readonly LinkStatus[]): string {
  return links
    .map((l) => {
      const label = l.label === null ? '' : ` ${oneLine(l.label)}`
      const state = Object.hasOwn(LINK_STATES, l.state) ? LINK_STATES[l.state] : oneLine(l.state)
      const opened = l.openedAt === null ? '' : `, first opened ${oneLine(l.openedAt)}`
      return `link ${l.index}${label}: ${state} (${l.views} of ${l.maxViews} views${opened})\n`
    })
    .join('')
}
