import {
  decodeBase64url,
  decodeHeader,
  isSecretId,
  NotYetError,
  parseSecretFragment,
  peekSecret,
  revealSecret,
  safeFileName,
  WrongPassphraseError,
  type RevealedSecret,
  type FanOutLink,
  type SecretFile,
} from '@hushlink/shared'
import type { SecretMetaResponse } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatDateTime, formatMoment, formatRelative } from '../i18n/format.ts'
import { localize } from '../i18n/live.ts'
import { warmArgon2 } from '../preload.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { progressPanel } from '../ui/progress.ts'
import { CANCELLED, CORRUPTED, describe, SHOWN, showProblem } from './problem.ts'
import { countdown, type Countdown } from './time-lock.ts'

interface Target {
  readonly id: string
  readonly linkKey: Uint8Array
  /** Which link of a fan-out secret this is (docs/protocol.md §10). */
  readonly fanOut?: FanOutLink | undefined
}

/** The id and key of a link, or null when either is malformed (decided without any request). */
function parseTarget(id: string, fragment: string): (Target & { hinted: boolean }) | null {
  if (!isSecretId(id)) return null
  try {
    const { linkKey, passphrase, fanOut } = parseSecretFragment(fragment)
    return { id, linkKey, hinted: passphrase, fanOut }
  } catch {
    return null
  }
}

/**
 * `/s/<id>#<key>[.p]`: checks the link locally (a corrupted one costs no
 * request), reads the non-consuming metadata, and claims only on a click.
 * An `exposed` link (its `#` arrived as `%23`) still opens, with a warning.
 */
export async function showReveal(id: string, fragment: string, exposed = false): Promise<void> {
  const target = parseTarget(id, fragment)
  if (!target) return showProblem(CORRUPTED)
  return revealTarget(target, exposed)
}

/**
 * Reads the metadata for a checked id and key (from a link, or rebuilt from
 * the shares of a split secret) and waits for the click that claims it.
 */
export async function revealTarget(
  target: Target & { hinted: boolean },
  exposed = false,
): Promise<void> {
  const again = (): void => void revealTarget(target, exposed)
  // The link says a passphrase is coming: start fetching Argon2 alongside the metadata.
  if (target.hinted) warmArgon2()
  show((m) => m.reveal.checking, { busy: true })
  let meta: SecretMetaResponse
  try {
    meta = await peekSecret({ server: location.origin, id: target.id, link: target.fanOut?.index })
    // A header the client would refuse (a hostile Argon2 cost, say) is refused before a passphrase is typed.
    decodeHeader(decodeBase64url(meta.header))
  } catch (error) {
    showProblem(describe(error), again)
    return
  }
  // The link's `.p` hint and the authenticated header must agree (protocol §4.5).
  if (target.hinted !== meta.passphrase_required) return showProblem(CORRUPTED)
  if (meta.passphrase_required) warmArgon2()
  const warning = exposed ? exposedWarning : null
  renderWaiting(
    { id: target.id, linkKey: target.linkKey, fanOut: target.fanOut },
    meta,
    warning,
    again,
  )
}

/** The key travelled in the request line: the server and every proxy on the way could log it. */
function exposedWarning(): HTMLElement {
  return h('p', { class: 'notice exposed-link' }, (m) => m.reveal.exposedLink)
}

/** `again` starts over from the link, for problems where nothing was used up (network, rate limit). */
function renderWaiting(
  target: Target,
  meta: SecretMetaResponse,
  warning: (() => HTMLElement) | null,
  again: () => void,
): void {
  const passphrase = meta.passphrase_required
    ? h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase', required: true })
    : null
  // Files stream in: their download and decryption are shown, and can be cancelled.
  const transfer = meta.kind === 'files' ? progressPanel(['downloading', 'decrypting']) : null
  const form = actionForm(
    (m) => m.reveal.submit,
    [
      passphrase &&
        field(
          (m) => m.reveal.passphrase,
          passphrase,
          (m) => m.reveal.passphraseHint,
        ),
    ],
    async (form) => {
      const pass = passphrase?.value ?? null
      if (passphrase && pass === '') return form.fail((m) => m.reveal.passphraseMissing, passphrase)
      // Argon2 runs before the claim: once bytes arrive, the busy line says so.
      let stretching = passphrase !== null
      const signal = transfer?.start(() => {
        stretching = false
        localize(form.element)
      })
      try {
        const secret = await form.busy(
          (m) => (stretching ? m.reveal.stretching : m.reveal.decrypting),
          () =>
            revealSecret({
              ...target,
              server: location.origin,
              passphrase: pass,
              meta,
              ...(transfer && signal ? { onProgress: transfer.update, signal } : {}),
            }),
        )
        renderSecret(secret, warning)
      } catch (failure) {
        // The claim may have counted already: the problem page says so, and Try again shows what is left.
        if (signal?.aborted) return showProblem(CANCELLED, again)
        // This browser's clock runs ahead: nothing was used; wait for the server's moment.
        if (failure instanceof NotYetError && lock) {
          lock.resync(failure)
          form.submit.disabled = !lock.isOpen()
          const opens = formatMoment(failure.opensAt.toISOString())
          return form.fail((m) => fill(m.timeLock.notYet, { date: opens }))
        }
        if (failure instanceof WrongPassphraseError && failure.remaining > 0 && passphrase) {
          const attempts = failure.remaining
          return form.fail(
            (m) =>
              fill(m.reveal.wrongPassphrase, {
                attempts: fill(m.units.attemptsLeft, { count: attempts }),
              }),
            passphrase,
          )
        }
        showProblem(describe(failure), again)
      } finally {
        transfer?.stop()
      }
    },
  )
  if (transfer) form.element.append(transfer.element)
  // A time lock holds the button until the moment; the server refuses an early claim anyway.
  const lock: Countdown | null =
    // A time this page cannot read locks nothing here; the server still decides.
    meta.opens_at === undefined || !Number.isFinite(Date.parse(meta.opens_at))
      ? null
      : countdown(meta.opens_at, () => {
          form.submit.disabled = false
        })
  if (lock) form.submit.disabled = !lock.isOpen()

  const views = meta.views_left
  show(
    (m) => m.reveal.title,
    {
      // Without a passphrase to type, Tab from the heading goes straight to the button.
      focus: !passphrase,
      wipe: () => {
        if (passphrase) passphrase.value = ''
      },
    },
    warning?.(),
    h('p', { class: 'lead' }, (m) =>
      views === 1
        ? m.reveal.viewOnce
        : fill(m.reveal.viewMany, { times: fill(m.units.times, { count: views }) }),
    ),
    h(
      'p',
      {},
      (m) =>
        fill(m.reveal.expires, {
          date: formatDateTime(meta.expires_at),
          relative: formatRelative(meta.expires_at),
        }),
      ' ',
      (m) => m.reveal.nothingYet,
    ),
    lock?.element,
    form.element,
  )
  passphrase?.focus()
}

/** The plaintext goes into a read-only textarea's value: never parsed, never linkified. */
function renderSecret(secret: RevealedSecret, warning: (() => HTMLElement) | null): void {
  const text = h('textarea', {
    ...SECRET_FIELD,
    readonly: true,
    name: 'secret',
    rows: Math.min(20, Math.max(3, secret.text.split('\n').length + 1)),
  })
  text.value = secret.text
  const showText = secret.text !== '' || secret.files.length === 0
  const left = secret.viewsLeft
  show(
    (m) => m.reveal.revealedTitle,
    {
      focus: true,
      wipe: () => {
        text.value = ''
        text.remove()
        for (const file of secret.files) file.bytes.fill(0)
      },
      restore: () => showProblem(SHOWN),
    },
    warning?.(),
    showText && field((m) => m.reveal.textLabel, text),
    showText &&
      h(
        'p',
        {},
        copyButton(text, (m) => m.copy.secret),
      ),
    showText && h('p', { class: 'hint' }, (m) => m.reveal.clipboardWarning),
    secret.files.length > 0 && fileList(secret.files),
    h('p', { class: 'notice' }, (m) =>
      left > 0
        ? fill(m.reveal.viewsLeft, { times: fill(m.units.times, { count: left }) })
        : m.reveal.destroyed,
    ),
  )
  announce((m) => m.reveal.announce)
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
    { class: 'files', 'aria-label': (m) => m.reveal.filesLabel },
    h('p', { class: 'hint' }, (m) => m.reveal.filesNote),
    h(
      'ul',
      {},
      ...files.map((file) =>
        h(
          'li',
          {},
          button(
            (m) =>
              fill(m.reveal.saveFile, {
                name: safeFileName(file.info.name),
                size: formatBytes(file.info.size),
              }),
            () => save(file),
          ),
        ),
      ),
    ),
  )
}
