import {
  isSecretId,
  parseSecretFragment,
  peekSecret,
  revealSecret,
  WrongPassphraseError,
  type RevealedSecret,
  type SecretFile,
} from '@hushlink/shared'
import type { SecretMetaResponse } from '@hushlink/shared/api'
import { safeFileName } from '../filename.ts'
import { warmArgon2 } from '../preload.ts'
import { t } from '../strings.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, SECRET_FIELD } from '../ui/dom.ts'
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
  const showText = secret.text !== '' || secret.files.length === 0
  show(
    r.revealedTitle,
    {
      focus: true,
      wipe: () => {
        text.value = ''
        text.remove()
        for (const file of secret.files) file.bytes.fill(0)
      },
      restore: () => showProblem(SHOWN),
    },
    showText && field(r.textLabel, text),
    showText && h('p', {}, copyButton(text)),
    showText && h('p', { class: 'hint' }, r.clipboardWarning),
    secret.files.length > 0 && fileList(secret.files),
    h('p', { class: 'notice' }, secret.viewsLeft > 0 ? r.viewsLeft(secret.viewsLeft) : r.destroyed),
  )
  announce(r.announce)
}

/**
 * One Save button per file. A file is only ever downloaded, as opaque bytes
 * under a cleaned name: never shown inline, never opened from a blob: URL.
 */
function fileList(files: readonly SecretFile[]): HTMLElement {
  const save = (file: SecretFile): void => {
    const url = URL.createObjectURL(
      new Blob([file.bytes.slice()], { type: 'application/octet-stream' }),
    )
    h('a', { href: url, download: safeFileName(file.info.name) }).click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return h(
    'section',
    { class: 'files', 'aria-label': r.filesLabel },
    h('p', { class: 'hint' }, r.filesNote),
    h(
      'ul',
      {},
      ...files.map((file) =>
        h(
          'li',
          {},
          button(r.saveFile(safeFileName(file.info.name), file.info.size), () => save(file)),
        ),
      ),
    ),
  )
}
