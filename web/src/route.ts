/**
 * The server sends the same page for `/`, `/about`, `/s/:id` and `/r/:id`;
 * which view to show is decided here from the address alone.
 */
export type Route =
  | { readonly page: 'create' | 'about' }
  | {
      readonly page: 'reveal' | 'receipt'
      readonly id: string
      readonly fragment: string
      /** The key came from a `%23` in the path: it travelled to the server in the request line. */
      readonly exposed: boolean
    }
  | { readonly page: 'not-found' }

export const ABOUT_PATH = '/about'
const LINK_PATH_RE = /^\/([sr])\/([^/]*)$/
/** A mail gateway may percent-encode '#' into the path: `/s/<id>%23<key>`. */
const ENCODED_HASH_RE = /%23/i

export function parseRoute(pathname: string, hash: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'create' }
  if (pathname === ABOUT_PATH) return { page: 'about' }
  const m = LINK_PATH_RE.exec(pathname)
  if (!m) return { page: 'not-found' }
  const page = m[1] === 's' ? 'reveal' : 'receipt'
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
  if (route.page === 'about') return ABOUT_PATH
  return '/'
}
