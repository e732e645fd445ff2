import {
  parseShareFragment,
  ProtocolError,
  ShareSet,
  type ProtocolErrorCode,
  type SecretLink,
  type ShareLink,
} from '@hushlink/shared'
import { fill } from '../i18n/fill.ts'
import { localize } from '../i18n/live.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { field, h, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { CORRUPTED, showProblem } from './problem.ts'
import { revealTarget } from './reveal.ts'

/**
 * `/s/<id>#s1.…`: one share of a split secret (docs/protocol.md §7). The
 * recipient pastes the other share links; each is checked here as it comes,
 * and nothing is requested until `k` of them rebuild the key. Then the
 * ordinary reveal page takes over, and the claim waits for its button.
 */
export function showSplitReveal(id: string, fragment: string): void {
  let first: ShareLink
  try {
    first = parseShareFragment(location.origin, id, fragment)
  } catch {
    return showProblem(CORRUPTED)
  }
  let set = new ShareSet(first)
  const needed = first.threshold

  const status = h('p', { class: 'lead', 'data-split-status': '' }, (m) => statusText(m, set))
  const list = h('ul', { class: 'shares' })
  const paste = h('textarea', { ...SECRET_FIELD, name: 'share-links', rows: 3 })
  const refresh = (): void => {
    list.replaceChildren(
      ...set.shares.map((share) =>
        h('li', {}, (m) => fill(m.split.shareItem, { index: share.index, total: share.total })),
      ),
    )
    localize(status)
  }
  refresh()

  const form = actionForm(
    (m) => m.split.add,
    [
      field(
        (m) => m.split.pasteLabel,
        paste,
        (m) => m.split.pasteHint,
      ),
    ],
    async (form) => {
      const links = paste.value.split(/\s+/).filter((link) => link !== '')
      if (links.length === 0) return form.fail((m) => m.split.empty, paste)
      const shares = set
      for (const link of links) {
        try {
          shares.add(link)
        } catch (error) {
          refresh()
          return form.fail(refusal(error), paste)
        }
      }
      paste.value = ''
      refresh()
      if (shares.missing > 0) {
        announce((m) => fill(m.split.added, { present: shares.count, needed }))
        paste.focus()
        return
      }
      let link: SecretLink
      try {
        link = await form.busy(
          (m) => m.split.combining,
          () => shares.combine(),
        )
      } catch (error) {
        // Start again from the first share: which one was altered is not known.
        set = new ShareSet(first)
        refresh()
        return form.fail(refusal(error), paste)
      }
      await revealTarget({ id: link.id, linkKey: link.linkKey, hinted: link.passphrase })
    },
  )

  show(
    (m) => m.split.title,
    {
      focus: false,
      wipe: () => {
        paste.value = ''
      },
    },
    status,
    h('p', {}, (m) => fill(m.split.lead, { needed })),
    h(
      'section',
      { 'aria-label': (m) => m.split.sharesLabel },
      h('h2', {}, (m) => m.split.sharesLabel),
      list,
    ),
    form.element,
  )
  paste.focus()
  // Focus lands in the paste field: say where things stand, as the heading would.
  announce((m) => statusText(m, set))
}

function statusText(m: Messages, set: ShareSet): string {
  const present = fill(m.split.present, { present: set.count, needed: set.first.threshold })
  return `${present} ${fill(m.split.missing, { count: set.missing })}`
}

const REFUSALS: Partial<Record<ProtocolErrorCode, Pick>> = {
  share_mismatch: (m) => m.split.mismatch,
  share_corrupted: (m) => m.split.corrupted,
  duplicate_share: (m) => m.split.duplicate,
}

/** Why a pasted link was refused, in words; nothing was sent either way. */
function refusal(error: unknown): Pick {
  if (!(error instanceof ProtocolError)) return (m) => m.split.badShare
  return REFUSALS[error.code] ?? ((m) => m.split.badShare)
}
