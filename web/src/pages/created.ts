import type { CreatedSecret } from '@hushlink/shared'
import { t } from '../strings.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, SECRET_FIELD } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'

const c = t.created

/** The share link and the private receipt link, each with its own Copy button. */
export function showCreated(
  created: CreatedSecret,
  options: { readonly maxViews: number; readonly passphrase: boolean },
  again: () => void,
): void {
  const share = linkField(created.link, 'share-link')
  const receipt = linkField(created.receiptLink, 'receipt-link')
  show(
    c.title,
    {
      focus: true,
      wipe: () => {
        share.value = ''
        receipt.value = ''
      },
    },
    h(
      'section',
      { class: 'card' },
      field(c.shareLabel, share, undefined, copyButton(share)),
      h('p', { class: 'notice' }, c.notice(options.maxViews, created.expiresAt)),
      options.passphrase && h('p', { class: 'notice' }, c.passphraseReminder),
    ),
    h(
      'section',
      { class: 'card quiet' },
      field(c.receiptLabel, receipt, c.receiptNote, copyButton(receipt)),
    ),
    h('p', { class: 'actions' }, button(c.another, again, { class: 'secondary' })),
  )
  announce(c.announce)
}

function linkField(value: string, name: string): HTMLInputElement {
  const input = h('input', { ...SECRET_FIELD, type: 'text', readonly: true, name })
  input.value = value
  input.addEventListener('focus', () => input.select())
  return input
}
