import type { CreatedSecret } from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { formatDateTime, formatRelative } from '../i18n/format.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, SECRET_FIELD, uid } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { qrCode } from '../ui/qr.ts'

/** What the creator chose that the page repeats: how many views, and whether there is a passphrase. */
export interface CreatedOptions {
  readonly maxViews: number
  readonly passphrase: boolean
}

/** The share link with its QR code, and the private receipt link, each with its own Copy button. */
export function showCreated(
  created: CreatedSecret,
  options: CreatedOptions,
  again: () => void,
): void {
  const share = linkField(created.link, 'share-link')
  const receipt = linkField(created.receiptLink, 'receipt-link')
  const qr = qrCode(created.link, (m) => m.created.qrLabel)
  const sharing = shareActions(created, options)
  show(
    (m) => m.created.title,
    {
      focus: true,
      wipe: () => {
        share.value = ''
        receipt.value = ''
        qr.remove()
        sharing.remove()
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
      sharing,
      h(
        'div',
        { class: 'share-details' },
        h(
          'figure',
          { class: 'qr' },
          qr,
          h('figcaption', { class: 'hint' }, (m) => m.created.qrCaption),
        ),
        h('div', {}, ...openingNotices((m) => m.created.notice, options, created.expiresAt)),
      ),
    ),
    receiptSection(receipt),
    anotherButton(again),
  )
  announce((m) => m.created.announce)
}

/**
 * How often and until when the link opens (`notice` has {times}, {date} and
 * {relative}), then the passphrase reminder when there is one.
 */
export function openingNotices(
  notice: Pick,
  options: CreatedOptions,
  expiresAt: string,
): HTMLElement[] {
  const opening = h('p', { class: 'notice' }, (m) =>
    fill(notice(m), {
      times: fill(m.units.times, { count: options.maxViews }),
      date: formatDateTime(expiresAt),
      relative: formatRelative(expiresAt),
    }),
  )
  if (!options.passphrase) return [opening]
  return [opening, h('p', { class: 'notice' }, (m) => m.created.passphraseReminder)]
}

/** The creator's private receipt link, with its own Copy button. */
export function receiptSection(receipt: HTMLInputElement): HTMLElement {
  return h(
    'section',
    { class: 'card quiet' },
    field(
      (m) => m.created.receiptLabel,
      receipt,
      (m) => m.created.receiptNote,
      copyButton(receipt, (m) => m.copy.receiptLink),
    ),
  )
}

export function anotherButton(again: () => void): HTMLElement {
  return h(
    'p',
    { class: 'actions' },
    button((m) => m.created.another, again, { class: 'secondary' }),
  )
}

/**
 * Hands the link to the user's mail program (a mailto: link, so the server
 * never sees it) or, where the device has one, to its share sheet. Neither
 * carries the passphrase; with one set, both say to send it another way.
 */
function shareActions(created: CreatedSecret, options: CreatedOptions): HTMLElement {
  const hint = options.passphrase ? uid('share-hint') : undefined
  const mail = h(
    'a',
    {
      class: 'button',
      href: (m) => mailto(m, created, options),
      'aria-describedby': hint,
    },
    (m) => m.created.sendByEmail,
  )
  const share =
    typeof navigator.share === 'function' &&
    button(
      (m) => m.created.share,
      // The user closing the share sheet rejects the promise: nothing to report.
      () => void navigator.share({ url: created.link }).catch(() => undefined),
      { 'aria-describedby': hint },
    )
  return h(
    'div',
    { class: 'share-actions' },
    h('p', { class: 'actions' }, mail, share),
    hint !== undefined && h('p', { class: 'hint', id: hint }, (m) => m.created.sharePassphrase),
  )
}

/** A mailto: link with the link alone on its own line, in angle brackets, so mail programs keep it whole. */
function mailto(m: Messages, created: CreatedSecret, options: CreatedOptions): string {
  const intro = fill(m.created.mailBody, {
    times: fill(m.units.times, { count: options.maxViews }),
    date: formatDateTime(created.expiresAt),
  })
  const lines = [intro, '', `<${created.link}>`]
  if (options.passphrase) lines.push('', m.created.mailPassphrase)
  const query = [
    `subject=${encodeURIComponent(m.created.mailSubject)}`,
    `body=${encodeURIComponent(lines.join('\r\n'))}`,
  ]
  return `mailto:?${query.join('&')}`
}

export function linkField(value: string, name: string): HTMLInputElement {
  const input = h('input', { ...SECRET_FIELD, type: 'text', readonly: true, name })
  input.value = value
  input.addEventListener('focus', () => input.select())
  return input
}
