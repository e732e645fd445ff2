import { burnSecret, openLinkLabels, type LinkStatus } from '@hushlink/shared'
import type { ReceiptLinkStatus } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatDateTime } from '../i18n/format.ts'
import type { Messages } from '../i18n/messages.ts'
import { button, h } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { linkName } from './created-links.ts'
import { describe, showProblem } from './problem.ts'

/**
 * The receipt's list of a fan-out secret's links (docs/protocol.md §10):
 * each link's name (opened here with the receipt's key), its state, and a
 * Burn button for a link still waiting. A module of its own, so it can be loaded on demand.
 */
export async function linksSection(
  receiptLink: string,
  statuses: readonly ReceiptLinkStatus[],
  reload: () => Promise<void>,
): Promise<HTMLElement> {
  const links = await openLinkLabels(receiptLink, statuses)
  return h(
    'section',
    { class: 'card fan-out-status' },
    h('h2', {}, (m) => m.fanOut.linksTitle),
    h(
      'ul',
      { class: 'fan-out-states' },
      ...links.map((link) => linkItem(link, receiptLink, reload)),
    ),
  )
}

function linkItem(
  link: LinkStatus,
  receiptLink: string,
  reload: () => Promise<void>,
): HTMLLIElement {
  const name = linkName(link.index, link.label)
  const burn =
    link.state === 'active' &&
    button(
      (m) => m.fanOut.burnLink,
      () => {
        if (burn) burn.disabled = true
        burnSecret({ receiptLink, link: link.index }).then(
          () =>
            reload().then(() => announce((m) => fill(m.fanOut.burnedAnnounce, { name: name(m) }))),
          (error: unknown) => showProblem(describe(error), () => void reload()),
        )
      },
      { class: 'danger', 'aria-label': (m) => fill(m.fanOut.burnNamed, { name: name(m) }) },
    )
  return h(
    'li',
    { 'data-link': link.index, 'data-state': link.state },
    h('strong', { class: 'link-name' }, name),
    ': ',
    h('span', { class: 'link-state' }, (m) => stateText(m, link)),
    burn && ' ',
    burn,
  )
}

function stateText(m: Messages, link: LinkStatus): string {
  switch (link.state) {
    case 'active':
      return link.openedAt === null
        ? m.fanOut.waiting
        : fill(m.fanOut.openedAt, { date: formatDateTime(link.openedAt) })
    case 'viewed':
      return link.openedAt === null
        ? m.receipt.viewed
        : fill(m.fanOut.openedAt, { date: formatDateTime(link.openedAt) })
    case 'burned':
      return m.fanOut.burned
    case 'expired':
      return m.receipt.expired
    case 'burned_failures':
      return m.receipt.burnedFailures
  }
}
