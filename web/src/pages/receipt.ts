import { burnSecret, getReceiptStatus, isSecretId, isToken, NotFoundError } from '@hushlink/shared'
import type { ReceiptState, ReceiptStatusResponse } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatCount, formatDateTime, formatRelative } from '../i18n/format.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { button, h, uid } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { linksSection } from './receipt-links.ts'
import { describe, RECEIPT_CORRUPTED, RECEIPT_GONE, showProblem } from './problem.ts'

/**
 * `/r/<id>#<receipt token>`: the creator's view of the secret's state, with
 * Refresh and Burn now. An `exposed` link (its `#` arrived as `%23`) still
 * works, with a warning to burn and share again.
 */
export async function showReceipt(
  id: string,
  token: string,
  exposed = false,
  focus = false,
): Promise<void> {
  if (!isSecretId(id) || !isToken(token)) return showProblem(RECEIPT_CORRUPTED)
  // The SDK takes the receipt link as the creator holds it.
  const receiptLink = `${location.origin}/r/${id}#${token}`
  const reload = (): Promise<void> => showReceipt(id, token, exposed, true)
  if (!focus) show((m) => m.receipt.checking, { busy: true })
  let status: ReceiptStatusResponse
  try {
    status = await getReceiptStatus({ receiptLink })
  } catch (error) {
    const problem = error instanceof NotFoundError ? RECEIPT_GONE : describe(error)
    showProblem(problem, () => void reload())
    return
  }
  let links: HTMLElement | null = null
  if (status.links) {
    try {
      links = await linksSection(receiptLink, status.links, reload)
    } catch (error) {
      showProblem(describe(error), () => void reload())
      return
    }
  }
  renderStatus(status, receiptLink, reload, focus, exposed, links)
}

const TITLES: Record<ReceiptState, Pick> = {
  active: (m) => m.receipt.active,
  viewed: (m) => m.receipt.viewed,
  expired: (m) => m.receipt.expired,
  burned: (m) => m.receipt.burned,
  burned_failures: (m) => m.receipt.burnedFailures,
}

function renderStatus(
  status: ReceiptStatusResponse,
  receiptLink: string,
  reload: () => Promise<void>,
  focus: boolean,
  exposed: boolean,
  links: HTMLElement | null,
): void {
  const refresh = button(
    (m) => m.receipt.refresh,
    () => void reload().then(() => announce((m) => m.receipt.refreshed)),
    { class: 'secondary' },
  )
  const actions = h('p', { class: 'actions' }, refresh)
  if (status.state === 'active') {
    // A fan-out secret's burn ends every link; each link has its own Burn in the list.
    const label: Pick = links ? (m) => m.fanOut.burnAll : (m) => m.receipt.burn
    actions.prepend(burnControl(receiptLink, reload, actions, label))
  }
  const title: Pick =
    status.state === 'active' && status.views > 0 ? (m) => m.receipt.partly : TITLES[status.state]
  show(
    title,
    { focus },
    // The token travelled in the request line: the server and every proxy on the way could log it.
    exposed && h('p', { class: 'notice exposed-link' }, (m) => m.receipt.exposedLink),
    h('p', { class: 'lead', 'data-state': status.state }, (m) => detail(m, status)),
    h(
      'dl',
      { class: 'facts' },
      fact((m) => m.receipt.created, when(status.created_at)),
      fact(
        (m) => (status.state === 'expired' ? m.receipt.expiredAt : m.receipt.expires),
        when(status.expires_at),
      ),
      status.opens_at !== undefined && fact((m) => m.timeLock.receiptOpens, when(status.opens_at)),
      status.failures > 0 &&
        fact(
          (m) => m.receipt.failures,
          () => formatCount(status.failures),
        ),
    ),
    links,
    actions,
  )
}

function detail(m: Messages, status: ReceiptStatusResponse): string {
  switch (status.state) {
    case 'active':
      return status.views === 0
        ? m.receipt.activeNone
        : fill(m.receipt.activeSome, { count: status.views, max: status.max_views })
    case 'viewed':
      return status.claimed_at
        ? fill(m.receipt.viewedAt, { date: formatDateTime(status.claimed_at) })
        : m.receipt.viewedNoTime
    case 'expired':
      return m.receipt.expiredDetail
    case 'burned':
      return m.receipt.burnedDetail
    case 'burned_failures':
      return fill(m.receipt.failuresDetail, {
        passphrases: fill(m.units.wrongPassphrases, { count: status.failures }),
      })
  }
}

/** A time in the viewer's locale, with how far away it is. */
function when(iso: string): Pick {
  return (m) => fill(m.receipt.when, { date: formatDateTime(iso), relative: formatRelative(iso) })
}

/** A term and its value in a `dl.facts`. */
export function fact(term: Pick, value: Pick): DocumentFragment {
  const frag = document.createDocumentFragment()
  frag.append(h('dt', {}, term), h('dd', {}, value))
  return frag
}

/** "Burn now" asks once more before destroying anything. */
function burnControl(
  receiptLink: string,
  reload: () => Promise<void>,
  actions: HTMLElement,
  label: Pick,
): HTMLButtonElement {
  const burn = button(
    label,
    () => {
      // The buttons stay in the page, hidden, so a language switch reaches them too.
      actions.hidden = true
      actions.after(confirm())
    },
    { class: 'danger' },
  )
  const confirm = (): HTMLElement => {
    const yes = button(
      (m) => m.receipt.burnYes,
      () => {
        yes.disabled = true
        burnSecret({ receiptLink }).then(
          () => reload().then(() => announce((m) => m.receipt.burnedAnnounce)),
          (error: unknown) => showProblem(describe(error), () => void reload()),
        )
      },
      { class: 'danger' },
    )
    const no = button(
      (m) => m.receipt.burnNo,
      () => {
        box.remove()
        actions.hidden = false
        burn.focus()
      },
      { class: 'secondary' },
    )
    const question = h('p', { id: uid('confirm') }, (m) => m.receipt.burnConfirm)
    const box = h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': question.id },
      question,
      h('p', { class: 'actions' }, yes, no),
    )
    queueMicrotask(() => no.focus())
    return box
  }
  return burn
}
