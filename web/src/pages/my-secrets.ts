import { burnMySecret, listMySecrets } from '@hushlink/shared'
import type { AdminSecret } from '@hushlink/shared/api'
import { ACCOUNT, currentUser, showAccountNav, signInLink } from '../account/session.ts'
import { secretTable } from '../account/secret-table.ts'
import { fill } from '../i18n/fill.ts'
import { button, h } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { describe, showProblem } from './problem.ts'

/**
 * "My secrets": the signed-in user's secrets, live or recently finished,
 * newest first, with Burn for live ones. Receipt links keep working without
 * this page or any account.
 */
export async function showMySecrets(focus = false): Promise<void> {
  void showAccountNav()
  if (!focus) show((m) => m.account.mySecrets, { busy: true })
  let items: AdminSecret[]
  try {
    if (!(await currentUser())) return signInFirst()
    items = []
    let cursor: string | undefined
    // A user's own secrets are few: all of them, a page of 100 at a time.
    do {
      const page = await listMySecrets(ACCOUNT, cursor)
      items.push(...page.items)
      cursor = page.next_cursor ?? undefined
    } while (cursor !== undefined)
  } catch (error) {
    showProblem(describe(error), () => void showMySecrets(true))
    return
  }
  const reload = (): Promise<void> => showMySecrets(true)
  show(
    (m) => m.account.mySecrets,
    { focus },
    h('p', { class: 'lead' }, (m) => m.account.myIntro),
    items.length === 0
      ? h('p', { class: 'notice' }, (m) => m.account.none)
      : secretTable(
          (m) => m.account.mySecrets,
          items,
          (secret, created) =>
            secret.state === 'active'
              ? [
                  button(
                    (m) => m.account.burn,
                    () =>
                      void burnMySecret(ACCOUNT, secret.id).then(
                        () => reload().then(() => announce((m) => m.account.burnedAnnounce)),
                        (error: unknown) => showProblem(describe(error), () => void reload()),
                      ),
                    {
                      class: 'danger',
                      'aria-label': (m) => fill(m.account.burnLabel, { date: created(m) }),
                    },
                  ),
                ]
              : [],
        ),
    h(
      'p',
      { class: 'actions' },
      h('a', { class: 'button primary', href: '/' }, (m) => m.account.createNew),
      button(
        (m) => m.receipt.refresh,
        () => void reload().then(() => announce((m) => m.receipt.refreshed)),
        { class: 'secondary' },
      ),
    ),
  )
}

function signInFirst(): void {
  show(
    (m) => m.account.signInTitle,
    {},
    h('p', { class: 'lead' }, (m) => m.account.signInBody),
    h('p', { class: 'actions' }, signInLink('/my-secrets')),
  )
}
