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
import { field, h, nextPaint, SECRET_FIELD } from '../ui/dom.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { CORRUPTED, describe, SHOWN, showProblem } from './problem.ts'

const r = t.reveal

interface Target {
  readonly id: string
  readonly linkKey: Uint8Array
}

/**
 * `/s/<id>#<key>[.p]`: checks the link locally (a corrupted one costs no
 * request), reads the non-consuming metadata, and claims only on a click.
 */
export async function showReveal(id: string, fragment: string): Promise<void> {
  let target: Target
  let hinted: boolean
  try {
    if (!isSecretId(id)) throw new Error('bad id')
    const parsed = parseSecretFragment(fragment)
    target = { id, linkKey: parsed.linkKey }
    hinted = parsed.passphrase
  } catch {
    showProblem(CORRUPTED)
    return
  }
  // The link says a passphrase is coming: start fetching Argon2 alongside the metadata.
  if (hinted) warmArgon2()
  show(r.checking, {})
  let meta: SecretMetaResponse
  try {
    meta = await peekSecret({ server: location.origin, id })
  } catch (error) {
    showProblem(describe(error), () => void showReveal(id, fragment))
    return
  }
  if (meta.passphrase_required) warmArgon2()
  renderWaiting(target, meta)
}

function renderWaiting(target: Target, meta: SecretMetaResponse): void {
  const passphrase = meta.passphrase_required
    ? h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase', required: true })
    : null
  const submit = h('button', { type: 'submit', class: 'primary' }, r.submit)
  const progress = h('p', { class: 'progress', role: 'status' })
  const error = h('p', { class: 'error', role: 'alert' })
  const form = h(
    'form',
    { novalidate: true },
    passphrase && field(r.passphrase, passphrase, r.passphraseHint),
    error,
    h('p', { class: 'actions' }, submit),
    progress,
  )
  const setBusy = (message: string): void => {
    submit.disabled = message !== ''
    form.setAttribute('aria-busy', String(message !== ''))
    progress.textContent = message
    progress.classList.toggle('working', message !== '')
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void (async () => {
      error.textContent = ''
      const pass = passphrase?.value ?? null
      if (passphrase && pass === '') {
        error.textContent = r.passphraseMissing
        passphrase.focus()
        return
      }
      setBusy(passphrase ? r.stretching : r.decrypting)
      await nextPaint()
      try {
        const secret = await revealSecret({
          ...target,
          server: location.origin,
          passphrase: pass,
          meta,
        })
        renderSecret(secret)
      } catch (failure) {
        setBusy('')
        if (failure instanceof WrongPassphraseError && failure.remaining > 0 && passphrase) {
          error.textContent = r.wrongPassphrase(failure.remaining)
          passphrase.select()
          passphrase.focus()
          return
        }
        showProblem(describe(failure))
      }
    })()
  })

  show(
    r.title,
    { wipe: () => passphrase && (passphrase.value = '') },
    h('p', { class: 'lead' }, r.canBeViewed(meta.views_left)),
    h('p', {}, r.expires(meta.expires_at), ' ', r.nothingYet),
    form,
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
