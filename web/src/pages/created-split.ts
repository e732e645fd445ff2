import type { CreatedSplitSecret } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { copyButton } from '../ui/copy.ts'
import { field, h } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { qrCode } from '../ui/qr.ts'
import {
  anotherButton,
  linkField,
  openingNotices,
  receiptSection,
  type CreatedOptions,
} from './created.ts'

/**
 * The n share links of a split secret (docs/protocol.md §7), each with its
 * Copy button and QR code, one card per person; then the receipt link.
 */
export function showCreatedSplit(
  created: CreatedSplitSecret,
  options: CreatedOptions,
  again: () => void,
): void {
  const total = created.shareLinks.length
  const shares = created.shareLinks.map((link, i) => {
    const index = i + 1
    const input = linkField(link, `share-link-${index}`)
    const qr = qrCode(link, (m) => fill(m.split.qrLabel, { index }))
    const card = h(
      'section',
      { class: 'card share' },
      field(
        (m) => fill(m.split.linkLabel, { index, total }),
        input,
        undefined,
        copyButton(input, (m) => fill(m.split.copyLink, { index })),
      ),
      h('figure', { class: 'qr' }, qr),
    )
    return { input, qr, card }
  })
  const receipt = linkField(created.receiptLink, 'receipt-link')
  show(
    (m) => m.split.createdTitle,
    {
      focus: true,
      wipe: () => {
        for (const share of shares) {
          share.input.value = ''
          share.qr.remove()
        }
        receipt.value = ''
      },
    },
    h('p', { class: 'lead' }, (m) =>
      fill(m.split.createdLead, { needed: created.threshold, total }),
    ),
    ...openingNotices((m) => m.created.notice, options, created.expiresAt),
    h('div', { class: 'split-links' }, ...shares.map((share) => share.card)),
    receiptSection(receipt),
    anotherButton(again),
  )
  announce((m) => m.split.createdAnnounce)
}
