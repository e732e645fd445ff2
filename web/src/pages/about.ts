import { BUILD_MANIFEST_PATH, fingerprintOf, sha256 } from '@hushlink/shared'
import type { Pick } from '../i18n/messages.ts'
import { copyButton } from '../ui/copy.ts'
import { field, h } from '../ui/dom.ts'
import { show } from '../ui/page.ts'

/** "How it works / why you can trust it": what happens to a secret, and the honest limits. */
export function showAbout(): void {
  show(
    (m) => m.about.title,
    { focus: true },
    h('p', { class: 'lead' }, (m) => m.about.lead),
    section((m) => m.about.howTitle, 'ol', [
      (m) => m.about.how1,
      (m) => m.about.how2,
      (m) => m.about.how3,
      (m) => m.about.how4,
    ]),
    section((m) => m.about.trustTitle, 'ul', [
      (m) => m.about.trust1,
      (m) => m.about.trust2,
      (m) => m.about.trust3,
      (m) => m.about.trust4,
    ]),
    section((m) => m.about.limitsTitle, 'ul', [
      (m) => m.about.limits1,
      (m) => m.about.limits2,
      (m) => m.about.limits3,
    ]),
    fingerprint(),
    h(
      'p',
      { class: 'actions' },
      h('a', { href: '/', class: 'button' }, (m) => m.about.start),
    ),
  )
}

function section(title: Pick, list: 'ol' | 'ul', items: readonly Pick[]): HTMLElement {
  return h(
    'section',
    { class: 'about' },
    h('h2', {}, title),
    h(list, {}, ...items.map((item) => h('li', {}, item))),
  )
}

/**
 * The SHA-256 of the build manifest this server publishes, in groups of four
 * so people can compare it by eye, and copyable for a comparison by machine.
 * The same digest `hushlink verify` prints for the manifest it checks against.
 */
function fingerprint(): HTMLElement {
  const value = h('input', {
    type: 'text',
    readonly: true,
    name: 'fingerprint',
    spellcheck: 'false',
  })
  value.addEventListener('focus', () => value.select())
  const row = field(
    (m) => m.about.fingerprintLabel,
    value,
    undefined,
    copyButton(value, (m) => m.about.fingerprintCopy),
  )
  row.hidden = true
  const status = h('p', { class: 'hint' }, (m) => m.about.fingerprintLoading)
  void fetch(BUILD_MANIFEST_PATH, { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`manifest: ${response.status}`)
      value.value = fingerprintOf(sha256(new Uint8Array(await response.arrayBuffer())))
      row.hidden = false
      status.remove()
    })
    .catch(() => status.replaceChildren(h('span', {}, (m) => m.about.fingerprintMissing)))
  return h(
    'section',
    { class: 'about', id: 'fingerprint' },
    h('h2', {}, (m) => m.about.fingerprintTitle),
    h('p', {}, (m) => m.about.fingerprintText),
    row,
    status,
  )
}
