import type { AdminSecret } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatCount, formatDateTime } from '../i18n/format.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { h, uid, type Child } from '../ui/dom.ts'

/** Per row: buttons for what may be done with a secret, given when it was made (to name it). */
export type RowActions = (secret: AdminSecret, created: Pick) => Child[]

export interface Column {
  readonly head: Pick
  readonly cell: (secret: AdminSecret) => Child
}

/** Owner, for the admin's list (a user's own list leaves it out). */
export const OWNER_COLUMN: Column = {
  head: (m) => m.account.owner,
  cell: (s) => s.owner ?? ((m) => m.account.anonymous),
}

/**
 * Secrets as a table of server-side facts: when made, state (waiting, opened
 * when, expired, burned), expiry and views left. Never contents: the server
 * has none to give.
 */
export function secretTable(
  caption: Pick,
  items: readonly AdminSecret[],
  actions: RowActions,
  extra: readonly Column[] = [],
): HTMLElement {
  const head = h(
    'tr',
    {},
    ...[
      (m: Messages) => m.account.created,
      ...extra.map((c) => c.head),
      (m: Messages) => m.account.state,
      (m: Messages) => m.account.expires,
      (m: Messages) => m.account.viewsLeft,
      (m: Messages) => m.account.actions,
    ].map((label) => h('th', { scope: 'col' }, label)),
  )
  const rows = items.map((s) => {
    const created: Pick = () => formatDateTime(s.created_at)
    return h(
      'tr',
      { 'data-id': s.id, 'data-state': s.state },
      h('th', { scope: 'row' }, created),
      ...extra.map((c) => h('td', { class: 'name' }, c.cell(s))),
      h('td', { class: 'state' }, (m) => stateText(m, s)),
      h('td', {}, () => formatDateTime(s.expires_at)),
      h('td', {}, () => formatCount(s.state === 'active' ? s.max_views - s.views : 0)),
      h('td', {}, h('div', { class: 'inline-actions' }, ...actions(s, created))),
    )
  })
  return scrollingTable('secrets', caption, head, rows)
}

/**
 * A table that scrolls sideways inside its own box on a narrow screen, never
 * the page: the box is focusable (keyboard scrolling) and named by the caption.
 */
export function scrollingTable(
  kind: string,
  caption: Pick,
  head: HTMLTableRowElement,
  rows: readonly HTMLTableRowElement[],
): HTMLElement {
  const label = h('caption', { id: uid('caption') }, caption)
  return h(
    'div',
    { class: 'table-scroll', tabindex: 0, role: 'region', 'aria-labelledby': label.id },
    h('table', { class: kind }, label, h('thead', {}, head), h('tbody', {}, ...rows)),
  )
}

function stateText(m: Messages, s: AdminSecret): string {
  const opened = s.claimed_at === null ? null : formatDateTime(s.claimed_at)
  switch (s.state) {
    case 'active':
      if (opened === null && s.opens_at !== undefined && Date.parse(s.opens_at) > Date.now())
        return fill(m.timeLock.lockedUntil, { date: formatDateTime(s.opens_at) })
      return opened === null
        ? m.account.waiting
        : fill(m.account.openedSome, { date: opened, count: s.views, max: s.max_views })
    case 'viewed':
      return opened === null ? m.account.opened : fill(m.account.openedAt, { date: opened })
    case 'expired':
      return m.account.expired
    case 'burned':
      return m.account.burned
    case 'burned_failures':
      return m.account.burnedFailures
  }
}
