import { t } from '../strings.ts'
import { h, type Child } from './dom.ts'

export interface ViewOptions {
  /** Move keyboard and screen-reader focus to the heading (views that replace one another). */
  readonly focus?: boolean
  /** Clears secrets from the view when it is replaced or the page is hidden. */
  readonly wipe?: () => void
  /** Runs when the browser restores this view from the back/forward cache. */
  readonly restore?: () => void
}

let current: ViewOptions = {}

/** Replaces the current view with a heading and content. */
export function show(title: string, options: ViewOptions, ...content: Child[]): void {
  const main = document.getElementById('main')
  if (!main) throw new Error('index.html has no <main id="main">')
  const previous = current
  current = options
  previous.wipe?.()
  const heading = h('h1', { tabindex: -1 }, title)
  main.replaceChildren(heading, ...content.filter((c): c is Node | string => !!c))
  // The title is generic on purpose: never the secret, never its state in history.
  document.title = t.app.name
  if (options.focus) heading.focus()
}

/**
 * Wipes the current view when the page is hidden (navigation, tab close,
 * bfcache), and lets it decide what to show if the browser brings it back.
 */
export function guardPageLifecycle(): void {
  addEventListener('pagehide', () => current.wipe?.())
  addEventListener('pageshow', (event) => {
    if (event.persisted) current.restore?.()
  })
}
