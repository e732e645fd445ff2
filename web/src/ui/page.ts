import { localize, say } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { h, nodes, type Child } from './dom.ts'

export interface ViewOptions {
  /** Move keyboard and screen-reader focus to the heading (views that replace one another). */
  readonly focus?: boolean
  /** Clears secrets from the view when it is replaced or the page is hidden. */
  readonly wipe?: () => void
  /** Runs when the browser restores this view from the back/forward cache. */
  readonly restore?: () => void
  /** A placeholder while the page asks the server ("Checking the link…"): main is aria-busy. */
  readonly busy?: boolean
}

let current: ViewOptions = {}
/** A view set aside, not wiped, while an in-app page (How it works) is shown over it. */
let parked: { readonly view: ViewOptions; readonly nodes: Node[]; wiped: boolean } | null = null

function main(): HTMLElement {
  const el = document.getElementById('main')
  if (!el) throw new Error('index.html has no <main id="main">')
  return el
}

function focusHeading(): void {
  main().querySelector<HTMLElement>('h1')?.focus()
}

function markBusy(busy: boolean): void {
  if (busy) main().setAttribute('aria-busy', 'true')
  else main().removeAttribute('aria-busy')
}

/** Replaces the current view with a heading and content. */
export function show(title: Pick, options: ViewOptions, ...content: Child[]): void {
  const previous = current
  current = options
  previous.wipe?.()
  main().replaceChildren(h('h1', { tabindex: -1 }, title), ...nodes(content))
  markBusy(options.busy === true)
  // The title is generic on purpose: never the secret, never its state in history.
  document.title = say((m) => m.app.name)
  if (options.focus) focusHeading()
}

/** Takes the current view out of the page, intact, so that `unpark` can put it back. */
export function park(): void {
  parked = { view: current, nodes: [...main().childNodes], wiped: false }
  current = {}
  main().replaceChildren()
}

/** Puts the parked view back (in the language now chosen) and focuses its heading. */
export function unpark(): boolean {
  if (!parked) return false
  const { view, nodes, wiped } = parked
  parked = null
  // Wiped while the page was hidden: the view decides what to show, as on a bfcache restore.
  if (wiped && view.restore) {
    view.restore()
    return true
  }
  current.wipe?.()
  current = view
  main().replaceChildren(...nodes)
  markBusy(view.busy === true)
  localize(main())
  focusHeading()
  return true
}

/**
 * Wipes the current view, and a parked one, when the page is hidden
 * (navigation, tab close, bfcache), and lets the view decide what to show if
 * the browser brings it back.
 */
export function guardPageLifecycle(): void {
  addEventListener('pagehide', () => {
    current.wipe?.()
    if (parked) {
      parked.view.wipe?.()
      parked.wiped = true
    }
  })
  addEventListener('pageshow', (event) => {
    if (event.persisted) current.restore?.()
  })
}
