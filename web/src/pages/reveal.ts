import {
  isSecretId,
  parseSecretFragment,
  peekSecret,
  revealSecret,
  WrongPassphraseError,
  type RevealedSecret,
} from '@hushlink/shared'
import type { SecretMetaResponse } from '@hushlink/shared/api'
import { warmArgon2 } from '../preload.ts'
import { t } from '../strings.ts'
import { copyButton } from '../ui/copy.ts'
import { field, h, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { CORRUPTED, describe, SHOWN, showProblem } from './problem.ts'

const r = t.reveal

interface Target {
  readonly id: string
  readonly linkKey: Uint8Array
}

/** The id and key of a link, or null when either is malformed (decided without any request). */
function parseTarget(id: string, fragment: string): (Target & { hinted: boolean }) | null {
  if (!isSecretId(id)) return null
  try {
    const { linkKey, passphrase } = parseSecretFragment(fragment)
    return { id, linkKey, hinted: passphrase }
  } catch {
    return null
  }
}

/**
 * `/s/<id>#<key>[.p]`: checks the link locally (a corrupted one costs no
 * request), reads the non-consuming metadata, and claims only on a click.
 */
export async function showReveal(id: string, fragment: string): Promise<void> {
  const target = parseTarget(id, fragment)
  if (!target) return showProblem(CORRUPTED)
  // The link says a passphrase is coming: start fetching Argon2 alongside the metadata.
  if (target.hinted) warmArgon2()
  show(r.checking, {})
  let meta: SecretMetaResponse
  try {
    meta = await peekSecret({ server: location.origin, id })
  } catch (error) {
    showProblem(describe(error), () => void showReveal(id, fragment))
    return
  }
  // The link's `.p` hint and the authenticated header must agree (protocol §4.5).
  if (target.hinted !== meta.passphrase_required) return showProblem(CORRUPTED)
  if (meta.passphrase_required) warmArgon2()
  renderWaiting({ id, linkKey: target.linkKey }, meta)
}

function renderWaiting(target: Target, meta: SecretMetaResponse): void {
  const passphrase = meta.passphrase_required
    ? h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase', required: true })
    : null
  const form = actionForm(
    r.submit,
    [passphrase && field(r.passphrase, passphrase, r.passphraseHint)],
    async (form) => {
      const pass = passphrase?.value ?? null
      if (passphrase && pass === '') return form.fail(r.passphraseMissing, passphrase)
      try {
        const secret = await form.busy(passphrase ? r.stretching : r.decrypting, () =>
          revealSecret({ ...target, server: location.origin, passphrase: pass, meta }),
        )
        renderSecret(secret)
      } catch (failure) {
        if (failure instanceof WrongPassphraseError && failure.remaining > 0 && passphrase) {
          return form.fail(r.wrongPassphrase(failure.remaining), passphrase)
        }
        showProblem(describe(failure))
      }
    },
  )

  show(
    r.title,
    {
      wipe: () => {
        if (passphrase) passphrase.value = ''
      },
    },
    h('p', { class: 'lead' }, r.canBeViewed(meta.views_left)),
    h('p', {}, r.expires(meta.expires_at), ' ', r.nothingYet),
    form.element,
  )
  passphrase?.focus()
}

/** The plaintext goes into a read-only textarea's value: never parsed, never linkified. */
function renderSecret(secret: RevealedSecret): void {
  const text = h('textarea', {
    ...SECRET_FIELD,
    readonly: true,
    name: 'secret',
    rows: Math.min(20, Math.max(3, secret.text.split('\n').length + 1)),
  })
  text.value = secret.text
  show(
    r.revealedTitle,
    {
      focus: true,
      wipe: () => {
        text.value = ''
        text.remove()
      },
      restore: () => showProblem(SHOWN),
    },
    field(r.textLabel, text),
    h('p', {}, copyButton(text)),
    h('p', { class: 'hint' }, r.clipboardWarning),
    secret.files.length > 0 && h('p', { class: 'notice' }, r.files(secret.files.length)),
    h('p', { class: 'notice' }, secret.viewsLeft > 0 ? r.viewsLeft(secret.viewsLeft) : r.destroyed),
  )
  announce(r.announce)
}
