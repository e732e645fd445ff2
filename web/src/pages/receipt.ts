import { burnSecret, getReceiptStatus, isSecretId, isToken, NotFoundError } from '@hushlink/shared'
import type { ReceiptStatusResponse } from '@hushlink/shared/api'
import { formatDateTime } from '../format.ts'
import { t } from '../strings.ts'
import { button, h, uid } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { describe, RECEIPT_CORRUPTED, RECEIPT_GONE, showProblem } from './problem.ts'

const r = t.receipt

/** `/r/<id>#<receipt token>`: the creator's view of the secret's state, with Refresh and Burn now. */
export async function showReceipt(id: string, token: string, focus = false): Promise<void> {
  if (!isSecretId(id) || !isToken(token)) return showProblem(RECEIPT_CORRUPTED)
  // The SDK takes the receipt link as the creator holds it.
  const receiptLink = `${location.origin}/r/${id}#${token}`
  const reload = (): Promise<void> => showReceipt(id, token, true)
  if (!focus) show(r.checking, {})
  let status: ReceiptStatusResponse
  try {
    status = await getReceiptStatus({ receiptLink })
  } catch (error) {
    const problem = error instanceof NotFoundError ? RECEIPT_GONE : describe(error)
    showProblem(problem, () => void reload())
    return
  }
  renderStatus(status, receiptLink, reload, focus)
}

function renderStatus(
  status: ReceiptStatusResponse,
  receiptLink: string,
  reload: () => Promise<void>,
  focus: boolean,
): void {
  const refresh = button(r.refresh, () => void reload().then(() => announce(r.refreshed)), {
    class: 'secondary',
  })
  const actions = h('p', { class: 'actions' }, refresh)
  if (status.state === 'active') actions.prepend(burnControl(receiptLink, reload, actions))
  const title =
    status.state === 'active' && status.views > 0 ? r.states.partly : r.states[status.state]
  show(
    title,
    { focus },
    h('p', { class: 'lead', 'data-state': status.state }, detail(status)),
    h(
      'dl',
      { class: 'facts' },
      fact(r.created, formatDateTime(status.created_at)),
      fact(status.state === 'expired' ? r.expired : r.expires, formatDateTime(status.expires_at)),
      status.failures > 0 && fact(r.failures, String(status.failures)),
    ),
    actions,
  )
}

function detail(status: ReceiptStatusResponse): string {
  switch (status.state) {
    case 'active':
      return r.activeDetail(status.views, status.max_views)
    case 'viewed':
      return status.claimed_at ? r.viewedAt(status.claimed_at) : r.viewedNoTime
    case 'expired':
      return r.expiredDetail
    case 'burned':
      return r.burnedDetail
    case 'burned_failures':
      return r.failuresDetail(status.failures)
  }
}

function fact(term: string, value: string): DocumentFragment {
  const frag = document.createDocumentFragment()
  frag.append(h('dt', {}, term), h('dd', {}, value))
  return frag
}

/** "Burn now" asks once more before destroying anything. */
function burnControl(
  receiptLink: string,
  reload: () => Promise<void>,
  actions: HTMLElement,
): HTMLButtonElement {
  const burn = button(r.burn, () => actions.replaceWith(confirm()), { class: 'danger' })
  const confirm = (): HTMLElement => {
    const yes = button(
      r.burnYes,
      () => {
        yes.disabled = true
        burnSecret({ receiptLink }).then(
          () => reload().then(() => announce(r.burnedAnnounce)),
          (error: unknown) => showProblem(describe(error), () => void reload()),
        )
      },
      { class: 'danger' },
    )
    const no = button(
      r.burnNo,
      () => {
        box.replaceWith(actions)
        burn.focus()
      },
      { class: 'secondary' },
    )
    const question = h('p', { id: uid('confirm') }, r.burnConfirm)
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
