import type { CreatedFanOutSecret } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import type { Pick } from '../i18n/messages.ts'
import { copyButton } from '../ui/copy.ts'
import { field, h } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import {
  anotherButton,
  linkField,
  openingNotices,
  receiptSection,
  type CreatedOptions,
} from './created.ts'

/** A link's name on the creator's pages: its label (typed by the creator), or its number. */
export function linkName(index: number, label: string | null): Pick {
  return label === null ? (m) => fill(m.fanOut.linkLabel, { index }) : () => label
}

/**
 * The links of a fan-out secret (docs/protocol.md §10), one card a person
 * with its name and Copy button; then the receipt link, which shows each
 * link's state. A module of its own, so it can be loaded on demand.
 */
export function showCreatedLinks(
  created: CreatedFanOutSecret,
  options: CreatedOptions,
  again: () => void,
): void {
  const links = created.links.map(({ index, label, link }) => {
    const input = linkField(link, `fan-out-link-${index}`)
    const name = linkName(index, label)
    const card = h(
      'section',
      { class: 'card fan-out-link', 'data-link': index },
      field(
        name,
        input,
        undefined,
        copyButton(input, (m) => fill(m.fanOut.copyLink, { name: name(m) })),
      ),
    )
    return { input, card }
  })
  const receipt = linkField(created.receiptLink, 'receipt-link')
  show(
    (m) => m.fanOut.createdTitle,
    {
      focus: true,
      wipe: () => {
        for (const link of links) link.input.value = ''
        receipt.value = ''
      },
    },
    h('p', { class: 'lead' }, (m) => m.fanOut.createdLead),
    ...openingNotices((m) => m.fanOut.notice, options, created.expiresAt),
    h('div', { class: 'fan-out-links' }, ...links.map((link) => link.card)),
    receiptSection(receipt),
    anotherButton(again),
  )
  announce((m) => m.fanOut.createdAnnounce)
}
