import { aboutPage, openPage } from './pages/on-demand.ts'
import { h } from './ui/dom.ts'
import { ABOUT_PATH } from './route.ts'
import { park, unpark } from './ui/page.ts'

/**
 * "How it works" opens in the page itself: the view it covers (a secret
 * waiting, a link just made) is set aside intact, and Back brings it back.
 * Going through the server would lose it, since keys live only in memory.
 */
export function aboutLink(): HTMLAnchorElement {
  const link = h('a', { href: ABOUT_PATH }, (m) => m.app.about)
  link.addEventListener('click', (event) => {
    // New tab or window: let the browser do it.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    if (location.pathname === ABOUT_PATH) return showAbout()
    park()
    history.pushState(null, '', ABOUT_PATH)
    showAbout()
  })
  return link
}

function showAbout(): void {
  // Back before the page arrived: the view it covers is back already.
  openPage(aboutPage, (p) => location.pathname === ABOUT_PATH && p.showAbout())
}

/** Back and Forward between a view and How it works; `fallback` shows any other address afresh. */
export function followHistory(fallback: () => void): void {
  addEventListener('popstate', () => {
    if (location.pathname === ABOUT_PATH) {
      park()
      showAbout()
    } else if (!unpark()) {
      fallback()
    }
  })
}
