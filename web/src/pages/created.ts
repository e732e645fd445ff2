import type { CreatedSecret } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { formatDateTime, formatRelative } from '../i18n/format.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, SECRET_FIELD } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { qrCode } from '../ui/qr.ts'

/** The share link with its QR code, and the private receipt link, each with its own Copy button. */
export function showCreated(
  created: CreatedSecret,
  options: { readonly maxViews: number; readonly passphrase: boolean },
  again: () => void,
): void {
  const share = linkField(created.link, 'share-link')
  const receipt = linkField(created.receiptLink, 'receipt-link')
  const qr = qrCode(created.link, (m) => m.created.qrLabel)
  show(
    (m) => m.created.title,
    {
      focus: true,
      wipe: () => {
        share.value = ''
        receipt.value = ''
        qr.remove()
      },
    },
    h(
      'section',
      { class: 'card' },
      field(
        (m) => m.created.shareLabel,
        share,
        (m) => m.created.shareHint,
        copyButton(share, (m) => m.copy.shareLink),
      ),
      h(
        'div',
        { class: 'share-details' },
        h(
          'figure',
          { class: 'qr' },
          qr,
          h('figcaption', { class: 'hint' }, (m) => m.created.qrCaption),
        ),
        h(
          'div',
          {},
          h('p', { class: 'notice' }, (m) =>
            fill(m.created.notice, {
              times: fill(m.units.times, { count: options.maxViews }),
              date: formatDateTime(created.expiresAt),
              relative: formatRelative(created.expiresAt),
            }),
          ),
          options.passphrase && h('p', { class: 'notice' }, (m) => m.created.passphraseReminder),
        ),
      ),
    ),
    h(
      'section',
      { class: 'card quiet' },
      field(
        (m) => m.created.receiptLabel,
        receipt,
        (m) => m.created.receiptNote,
        copyButton(receipt, (m) => m.copy.receiptLink),
      ),
    ),
    h(
      'p',
      { class: 'actions' },
      button((m) => m.created.another, again, { class: 'secondary' }),
    ),
  )
  announce((m) => m.created.announce)
}

function linkField(value: string, name: string): HTMLInputElement {
  const input = h('input', { ...SECRET_FIELD, type: 'text', readonly: true, name })
  input.value = value
  input.addEventListener('focus', () => input.select())
  return input
}
