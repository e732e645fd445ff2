/**
 * The server sends the same page for `/`, `/about`, `/s/:id` and `/r/:id`;
 * which view to show is decided here from the address alone.
 */
export type Route =
  | { readonly page: 'create' | 'about' | 'request' | 'my-secrets' | 'admin' }
  | { readonly page: 'sign-in'; readonly problem: string | null }
  | {
      readonly page: 'reveal' | 'receipt' | 'answer' | 'inbox'
      readonly id: string
      readonly fragment: string
      /** The key came from a `%23` in the path: it travelled to the server in the request line. */
      readonly exposed: boolean
    }
  | { readonly page: 'not-found' }

export const ABOUT_PATH = '/about'
/** Pages of instances with sign-in (the server serves them only then). */
export const MY_SECRETS_PATH = '/my-secrets'
export const ADMIN_PATH = '/admin'
export const SIGN_IN_PATH = '/sign-in'
export const REQUEST_PATH = '/request'
const LINK_PATH_RE = /^\/([srqi])\/([^/]*)$/
const LINK_PAGES = { s: 'reveal', r: 'receipt', q: 'answer', i: 'inbox' } as const
/** A mail gateway may percent-encode '#' into the path: `/s/<id>%23<key>`. */
const ENCODED_HASH_RE = /%23/i

export function parseRoute(pathname: string, hash: string, search = ''): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'create' }
  if (pathname === ABOUT_PATH) return { page: 'about' }
  if (pathname === MY_SECRETS_PATH) return { page: 'my-secrets' }
  if (pathname === ADMIN_PATH) return { page: 'admin' }
  if (pathname === SIGN_IN_PATH) {
    return { page: 'sign-in', problem: new URLSearchParams(search).get('problem') }
  }
  if (pathname === REQUEST_PATH) return { page: 'request' }
  const m = LINK_PATH_RE.exec(pathname)
  if (!m) return { page: 'not-found' }
  const page = LINK_PAGES[m[1] as keyof typeof LINK_PAGES]
  const segment = m[2] as string
  const cut = ENCODED_HASH_RE.exec(segment)
  const id = cut ? segment.slice(0, cut.index) : segment
  const fromPath = cut ? segment.slice(cut.index + 3) : ''
  const fromHash = hash.length > 1
  return {
    page,
    id,
    fragment: fromHash ? hash.slice(1) : fromPath,
    exposed: !fromHash && fromPath !== '',
  }
}

/** The address to show once the key has been read: the path without key or `%23` tail. */
export function cleanPath(route: Route): string {
  if (route.page === 'reveal') return `/s/${route.id}`
  if (route.page === 'receipt') return `/r/${route.id}`
  if (route.page === 'answer') return `/q/${route.id}`
  if (route.page === 'inbox') return `/i/${route.id}`
  if (route.page === 'about') return ABOUT_PATH
  if (route.page === 'my-secrets') return MY_SECRETS_PATH
  if (route.page === 'admin') return ADMIN_PATH
  if (route.page === 'sign-in') return SIGN_IN_PATH
  if (route.page === 'request') return REQUEST_PATH
  return '/'
}
