import {
  adminAmendSecret,
  adminBurnSecret,
  adminCreateKey,
  adminListKeys,
  adminListSecrets,
  adminRevokeKey,
  adminStats,
} from '@hushlink/shared'
import {
  ADMIN_STATES,
  API_KEY_SCOPES,
  type AdminSecretState,
  type ApiKeyScope,
} from '@hushlink/shared/api'
import { ACCOUNT, currentUser, showAccountNav, signInLink } from '../account/session.ts'
import { OWNER_COLUMN, scrollingTable, secretTable } from '../account/secret-table.ts'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatCount, formatDateTime } from '../i18n/format.ts'
import type { Messages, Pick } from '../i18n/messages.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, option } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { describe, showProblem } from './problem.ts'
import { fact } from './receipt.ts'

/** Rows per page of the secret list. */
const PAGE_SIZE = 50

/**
 * The admin page: everything through the admin API, with the session
 * cookie of a user in OIDC_ADMIN_GROUPS: stats, the secret list (filters,
 * cursor paging, extend, burn) and API keys (create, shown once; revoke).
 */
export async function showAdmin(): Promise<void> {
  void showAccountNav()
  show((m) => m.admin.title, { busy: true })
  try {
    const user = await currentUser()
    if (!user) {
      show(
        (m) => m.account.signInTitle,
        {},
        h('p', { class: 'lead' }, (m) => m.admin.signInBody),
        h('p', { class: 'actions' }, signInLink('/admin')),
      )
      return
    }
    if (!user.admin) {
      show(
        (m) => m.admin.deniedTitle,
        {},
        h('p', { class: 'lead', 'data-problem': 'not-admin' }, (m) => m.admin.deniedBody),
      )
      return
    }
  } catch (error) {
    showProblem(describe(error), () => void showAdmin())
    return
  }
  const stats = h('section', { 'aria-labelledby': 'admin-stats' })
  const secrets = h('section', { 'aria-labelledby': 'admin-secrets' })
  const keys = h('section', { 'aria-labelledby': 'admin-keys' })
  show((m) => m.admin.title, { focus: false }, stats, secrets, keys)
  await Promise.all([renderStats(stats), secretList(secrets), keyList(keys)])
}

/** An error inside one section: the rest of the page stays usable. */
function failure(error: unknown): HTMLElement {
  const problem = describe(error)
  return h('p', { class: 'error', role: 'alert' }, problem.title, '. ', problem.body)
}

async function renderStats(section: HTMLElement): Promise<void> {
  const heading = h('h2', { id: 'admin-stats' }, (m) => m.admin.stats)
  try {
    const s = await adminStats(ACCOUNT)
    section.replaceChildren(
      heading,
      h(
        'dl',
        { class: 'facts' },
        ...ADMIN_STATES.map((state) =>
          fact(STATE_NAMES[state], () => formatCount(s.secrets[state])),
        ),
        fact(
          (m) => m.admin.uploading,
          () => formatCount(s.uploading),
        ),
        fact(
          (m) => m.admin.bytesStored,
          () => formatBytes(s.bytes_stored),
        ),
      ),
    )
  } catch (error) {
    section.replaceChildren(heading, failure(error))
  }
}

const STATE_NAMES: Record<AdminSecretState, Pick> = {
  active: (m) => m.account.active,
  expired: (m) => m.account.expired,
  viewed: (m) => m.account.opened,
  burned: (m) => m.account.burned,
  burned_failures: (m) => m.account.burnedFailures,
}

/** The secret list: filters, then pages of PAGE_SIZE newest first, with Previous and Next. */
async function secretList(section: HTMLElement): Promise<void> {
  const state = h(
    'select',
    { name: 'state' },
    option('', (m) => m.admin.anyState, true),
    ...ADMIN_STATES.map((s) => option(s, STATE_NAMES[s])),
  )
  const owner = textInput('owner')
  const filters = h(
    'form',
    { class: 'filters', novalidate: true },
    h(
      'div',
      { class: 'row' },
      field((m) => m.admin.stateFilter, state),
      field((m) => m.account.owner, owner),
    ),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit' }, (m) => m.admin.apply),
    ),
  )
  const results = h('div', { 'aria-live': 'polite' })
  section.replaceChildren(
    h('h2', { id: 'admin-secrets' }, (m) => m.admin.secrets),
    filters,
    results,
  )
  // Cursors of the pages before the one shown: Previous goes back one.
  let previous: (string | undefined)[] = []
  let current: string | undefined
  const load = async (cursor: string | undefined, focusTable = false): Promise<void> => {
    current = cursor
    try {
      const page = await adminListSecrets(ACCOUNT, {
        limit: PAGE_SIZE,
        ...(cursor === undefined ? {} : { cursor }),
        ...(state.value === '' ? {} : { state: state.value as AdminSecretState }),
        ...(owner.value.trim() === '' ? {} : { owner: owner.value.trim() }),
      })
      const reload = (): Promise<void> => load(current, true)
      const table = secretTable(
        (m) => fill(m.admin.page, { page: previous.length + 1 }),
        page.items,
        (secret, created) =>
          secret.state === 'active'
            ? [
                button(
                  (m) => m.admin.extend,
                  () => void act(adminAmendSecret(ACCOUNT, secret.id, { ttl: 86_400 }), reload),
                  { 'aria-label': (m) => fill(m.admin.extendLabel, { date: created(m) }) },
                ),
                button(
                  (m) => m.account.burn,
                  () => void act(adminBurnSecret(ACCOUNT, secret.id), reload),
                  {
                    class: 'danger',
                    'aria-label': (m) => fill(m.account.burnLabel, { date: created(m) }),
                  },
                ),
              ]
            : [],
        [OWNER_COLUMN],
      )
      const nav = h('p', { class: 'actions' })
      if (previous.length > 0) {
        nav.append(
          button(
            (m) => m.admin.previous,
            () => void load(previous.pop(), true),
            { class: 'secondary' },
          ),
        )
      }
      if (page.next_cursor !== null) {
        const next = page.next_cursor
        nav.append(
          button(
            (m) => m.admin.next,
            () => {
              previous.push(cursor)
              void load(next, true)
            },
            { class: 'secondary' },
          ),
        )
      }
      results.replaceChildren(
        page.items.length === 0 ? h('p', { class: 'notice' }, (m) => m.account.none) : table,
        nav,
      )
      if (focusTable) table.focus()
    } catch (error) {
      results.replaceChildren(failure(error))
    }
  }
  const act = (action: Promise<unknown>, reload: () => Promise<void>): Promise<void> =>
    action.then(
      () => reload().then(() => announce((m) => m.admin.done)),
      (error: unknown) => void results.prepend(failure(error)),
    )
  filters.addEventListener('submit', (event) => {
    event.preventDefault()
    previous = []
    void load(undefined, true)
  })
  await load(undefined)
}

/** API keys: a form to create one (the key is shown once), and the list with Revoke. */
async function keyList(section: HTMLElement): Promise<void> {
  const name = textInput('key-name')
  const scope = h(
    'select',
    { name: 'key-scope' },
    ...API_KEY_SCOPES.map((s) => option(s, SCOPE_NAMES[s], s === 'create')),
  )
  const created = h('div', {})
  const list = h('div', {})
  const form = h(
    'form',
    { class: 'card', novalidate: true },
    h('h3', {}, (m) => m.admin.newKey),
    h(
      'div',
      { class: 'row' },
      field(
        (m) => m.admin.keyName,
        name,
        (m) => m.admin.keyNameHint,
      ),
      field((m) => m.admin.keyScope, scope),
    ),
    h(
      'p',
      { class: 'actions' },
      h('button', { type: 'submit' }, (m) => m.admin.createKey),
    ),
  )
  section.replaceChildren(
    h('h2', { id: 'admin-keys' }, (m) => m.admin.keys),
    form,
    created,
    list,
  )
  const refresh = async (): Promise<void> => {
    try {
      const { items } = await adminListKeys(ACCOUNT)
      const live = items.filter((k) => k.revoked_at === null)
      const head = [
        (m: Messages) => m.admin.keyName,
        (m: Messages) => m.admin.keyScope,
        (m: Messages) => m.account.created,
        (m: Messages) => m.admin.lastUsed,
        (m: Messages) => m.account.actions,
      ]
      list.replaceChildren(
        live.length === 0
          ? h('p', { class: 'notice' }, (m) => m.admin.noKeys)
          : scrollingTable(
              'keys',
              (m) => m.admin.keys,
              h('tr', {}, ...head.map((l) => h('th', { scope: 'col' }, l))),
              live.map((k) =>
                h(
                  'tr',
                  { 'data-key-id': k.id },
                  h('th', { scope: 'row', class: 'name' }, k.name),
                  h('td', {}, SCOPE_NAMES[k.scope]),
                  h('td', {}, () => formatDateTime(k.created_at)),
                  h('td', {}, (m) =>
                    k.last_used_at === null ? m.admin.never : formatDateTime(k.last_used_at),
                  ),
                  h(
                    'td',
                    {},
                    button(
                      (m) => m.admin.revoke,
                      () =>
                        void adminRevokeKey(ACCOUNT, k.id).then(
                          () => refresh().then(() => announce((m) => m.admin.done)),
                          (error: unknown) => void list.prepend(failure(error)),
                        ),
                      {
                        class: 'danger',
                        'aria-label': (m) => fill(m.admin.revokeLabel, { name: k.name }),
                      },
                    ),
                  ),
                ),
              ),
            ),
      )
    } catch (error) {
      list.replaceChildren(failure(error))
    }
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    adminCreateKey(ACCOUNT, { name: name.value.trim(), scope: scope.value as ApiKeyScope }).then(
      (result) => {
        name.value = ''
        const shown = h('input', {
          type: 'text',
          readonly: true,
          name: 'new-key',
          value: result.key,
        })
        created.replaceChildren(
          h(
            'div',
            { class: 'notice', role: 'status' },
            h('p', {}, (m) => fill(m.admin.keyCreated, { name: result.item.name })),
            field(
              (m) => m.admin.keyOnce,
              shown,
              undefined,
              copyButton(shown, (m) => m.admin.copyKey),
            ),
          ),
        )
        shown.focus()
        void refresh()
      },
      (error: unknown) => created.replaceChildren(failure(error)),
    )
  })
  await refresh()
}

/** A name, not prose: no autofill, no spellcheck. */
function textInput(name: string): HTMLInputElement {
  return h('input', { type: 'text', name, autocomplete: 'off', spellcheck: 'false' })
}

const SCOPE_NAMES: Record<ApiKeyScope, Pick> = {
  create: (m) => m.admin.scopeCreate,
  admin: (m) => m.admin.scopeAdmin,
}
