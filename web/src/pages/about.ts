import type { Pick } from '../i18n/messages.ts'
import { h } from '../ui/dom.ts'
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
