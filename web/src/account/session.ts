import { getSession, signOut, type AccountOptions } from '@hushlink/shared'
import type { SessionResponse } from '@hushlink/shared/api'
import { ADMIN_PATH, MY_SECRETS_PATH } from '../route.ts'
import { button, h } from '../ui/dom.ts'

export type User = NonNullable<SessionResponse['user']>

/** The session cookie is HttpOnly: the page learns who is signed in only by asking. */
export const ACCOUNT: AccountOptions = { server: location.origin }

let user: Promise<User | null> | undefined

/** Who is signed in (asked once per page load); null: nobody. */
export function currentUser(): Promise<User | null> {
  user ??= getSession(ACCOUNT).then((r) => r.user)
  user.catch(() => (user = undefined))
  return user
}

/** Where the sign-in button leads: the server redirects to the identity provider. */
export function signInLink(returnTo: '/' | '/my-secrets' | '/admin'): HTMLAnchorElement {
  return h(
    'a',
    { class: 'button primary', href: `/auth/login?return=${returnTo}` },
    (m) => m.account.signIn,
  )
}

let shown = false

/** "My secrets", "Admin" and "Sign out" (or "Sign in") in the header, once per page load. */
export async function showAccountNav(): Promise<void> {
  if (shown) return
  shown = true
  const signedIn = await currentUser().catch(() => null)
  const header = document.querySelector('header.site')
  const nav = h(
    'nav',
    { class: 'account', 'aria-label': (m) => m.account.navLabel },
    signedIn
      ? h('a', { href: MY_SECRETS_PATH }, (m) => m.account.mySecrets)
      : h('a', { href: '/auth/login?return=/my-secrets' }, (m) => m.account.signIn),
    signedIn?.admin === true && h('a', { href: ADMIN_PATH }, (m) => m.account.admin),
    signedIn &&
      button(
        (m) => m.account.signOut,
        () =>
          void signOut(ACCOUNT).then(
            (r) => location.assign(r.end_session_url ?? '/'),
            () => location.assign('/'),
          ),
        { class: 'secondary' },
      ),
  )
  header?.querySelector('.brand')?.after(nav)
}
