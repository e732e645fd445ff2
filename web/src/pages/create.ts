import {
  answerRequest,
  ApiError,
  createFanOutSecret,
  createSecret,
  createSplitSecret,
  generatePassphrase,
  getInstanceConfig,
  type CreatedFanOutSecret,
  type CreatedSecret,
  type CreatedSplitSecret,
  maxTextBytes,
  sendLimits,
  utf8Length,
} from '@hushlink/shared'
import {
  NOTIFY_EMAIL_MAX_LENGTH,
  NOTIFY_EMAIL_PATTERN,
  NOTIFY_LANGUAGES,
  INSTANCE_CONFIG_ELEMENT_ID,
  type ConfigResponse,
} from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatDuration } from '../i18n/format.ts'
import { language } from '../i18n/language.ts'
import { localize } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'
import { ttlChoices, viewChoices } from '../limits.ts'
import { warmArgon2 } from '../preload.ts'
import { button, field, h, option, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { show } from '../ui/page.ts'
import { progressPanel } from '../ui/progress.ts'
import { currentUser, showAccountNav, signInLink } from '../account/session.ts'
import type { ApiKeyPrompt } from './api-key.ts'
import { filePicker } from './file-picker.ts'
import { GATE_PASSPHRASE_WORDS, generatorPanel } from './generator.ts'
import {
  apiKeyPage,
  createdLinksPage,
  createdPage,
  createdSplitPage,
  loadPage,
} from './on-demand.ts'
import { describe, REQUEST_CLOSED, showProblem } from './problem.ts'
import { splitOption } from './split-option.ts'
import { openingOption } from './time-lock.ts'
import { fanOutOption } from './fan-out-option.ts'
import { REQUEST_PATH } from '../route.ts'

/** Set when the form can be used: tests/bench/web-budget.ts measures navigation → here. */
export const CREATE_READY_MARK = 'hushlink:create-ready'

let config: Promise<ConfigResponse> | undefined

/**
 * The instance limits, once: from the page itself when the server embedded them,
 * else from the API. main.ts calls it before anything else renders.
 */
export function loadConfig(): Promise<ConfigResponse> {
  config ??= embeddedConfig() ?? getInstanceConfig({ server: location.origin })
  // A failed load is tried again next time.
  config.catch(() => (config = undefined))
  return config
}

/** The limits the server put in the page (its JSON data block), or null without them. */
function embeddedConfig(): Promise<ConfigResponse> | null {
  const json = document.getElementById(INSTANCE_CONFIG_ELEMENT_ID)?.textContent
  if (!json) return null
  try {
    return Promise.resolve(JSON.parse(json) as ConfigResponse)
  } catch {
    return null
  }
}

/** Whether the form asks for an API key (unless the user turns out to be signed in). */
function mayNeedKey(limits: ConfigResponse): boolean {
  return limits.create_requires_api_key === true || limits.create_requires_login === true
}

/**
 * Asks for what the create form waits for before anything else renders: the
 * instance limits and, on an instance that wants a key, the prompt for it.
 */
export function prepareCreate(): void {
  loadConfig().then(
    (limits) => {
      // Only a head start: showCreate reports a prompt that failed to load.
      if (mayNeedKey(limits)) apiKeyPage().catch(() => undefined)
    },
    () => undefined,
  )
}

/** The create page: loads the instance limits once, then shows the form. */
export async function showCreate(focus = false): Promise<void> {
  let limits: ConfigResponse
  let signedIn = false
  try {
    limits = await loadConfig()
    if (limits.sign_in === true) {
      void showAccountNav()
      signedIn = (await currentUser()) !== null
    }
  } catch (error) {
    showProblem(describe(error), () => void showCreate(true))
    return
  }
  // A signed-in user needs no key; without sign-in, a key does instead (a prompt only private
  // instances show, so it loads only there).
  let key: ApiKeyPrompt | null = null
  if (mayNeedKey(limits) && !signedIn) {
    const prompt = await loadPage(apiKeyPage)
    if (!prompt) return
    key = prompt.apiKeyPrompt()
  }
  renderForm(limits, { signedIn, key }, focus)
  performance.mark(CREATE_READY_MARK)
}

/** Who is creating: signed in, or holding an API key the form asks for (null: none needed). */
export interface FormAccess {
  readonly signedIn: boolean
  readonly key: ApiKeyPrompt | null
}

/** Starts loading the page that shows a new link, so it is there when the link is. */
function warmCreatedPages(): void {
  createdPage().catch(() => undefined)
  createdSplitPage().catch(() => undefined)
}

/** Answering a request: the requester's note is shown, and the answer is sealed to their key. */
export interface AnswerTarget {
  readonly requestLink: string
  readonly note: string
  /** The request link's `#` arrived as `%23`: its key travelled to the server in the request line. */
  readonly exposed: boolean
  readonly done: () => void
}

export function renderForm(
  limits: ConfigResponse,
  { signedIn, key }: FormAccess,
  focus: boolean,
  answer?: AnswerTarget,
): void {
  const limit = maxTextBytes(limits.max_text_bytes)
  const secret = h('textarea', {
    ...SECRET_FIELD,
    rows: 8,
    name: 'secret',
    placeholder: (m) => m.create.secretPlaceholder,
  })
  const tooLong: Pick = (m) => fill(m.create.tooLong, { limit: formatBytes(limit) })
  const counter = h('span', { class: 'counter' }, (m) =>
    utf8Length(secret.value) > limit
      ? tooLong(m)
      : fill(m.create.counter, {
          characters: fill(m.units.characters, { count: [...secret.value].length }),
          size: formatBytes(utf8Length(secret.value)),
          limit: formatBytes(limit),
        }),
  )
  // An answer goes up as one JSON request: its files must fit the message limit.
  const allowed = sendLimits(
    answer
      ? { ...limits, max_file_bytes: limits.max_text_bytes, max_total_bytes: limits.max_text_bytes }
      : limits,
  )
  const files =
    allowed.files &&
    filePicker({ ...allowed, files: allowed.files }, () => utf8Length(secret.value))
  const transfer = progressPanel(['encrypting', 'uploading'])
  const updateCounter = (): void => {
    const over = utf8Length(secret.value) > limit
    localize(counter)
    counter.classList.toggle('over', over)
    secret.setAttribute('aria-invalid', String(over))
    files?.refresh()
  }
  secret.addEventListener('input', updateCounter)
  updateCounter()
  // The link page loads while the secret is typed: no wait once it is made.
  if (!answer) secret.addEventListener('input', warmCreatedPages, { once: true })

  const ttl = h(
    'select',
    { name: 'ttl' },
    ...ttlChoices(limits).map((s) => option(s, () => formatDuration(s), s === limits.default_ttl)),
  )
  const views = h(
    'select',
    { name: 'views' },
    ...viewChoices(limits).map((n, i) =>
      option(n, (m) => fill(m.units.views, { count: n }), i === 0),
    ),
  )

  const passphrase = h('input', { ...SECRET_FIELD, type: 'password', name: 'passphrase' })
  const toggle = button(
    (m) => m.create.showPassphrase,
    () => showPassphrase(passphrase.type === 'password'),
    { 'aria-pressed': 'false', class: 'secondary' },
  )
  const showPassphrase = (visible: boolean): void => {
    passphrase.type = visible ? 'text' : 'password'
    toggle.setAttribute('aria-pressed', String(visible))
  }
  // Argon2 lives in the larger libsodium build: fetch it as soon as it will be needed.
  passphrase.addEventListener('input', warmArgon2, { once: true })
  const suggest = button(
    (m) => m.create.generatePassphrase,
    () => {
      passphrase.value = generatePassphrase(GATE_PASSPHRASE_WORDS)
      showPassphrase(true)
      warmArgon2()
    },
    { class: 'secondary' },
  )

  // Offered only where the server says it sends e-mail.
  const notify =
    limits.email_notifications === true
      ? h('input', {
          type: 'email',
          name: 'notify-email',
          autocomplete: 'email',
          maxlength: String(NOTIFY_EMAIL_MAX_LENGTH),
        })
      : null

  const signIn =
    limits.create_requires_login === true &&
    !signedIn &&
    !answer &&
    h('p', { class: 'notice' }, (m) => m.account.createSignIn, ' ', signInLink('/'))
  const split = splitOption()
  // An answer opens at once: its requester is waiting for it.
  const opening = answer ? null : openingOption()
  // An answer is sealed to one requester: one link per person makes no sense there.
  const fanOut = answer ? null : fanOutOption()
  const form = actionForm(
    (m) => (answer ? m.request.answerSubmit : m.create.submit),
    [
      signIn,
      key?.element,
      field((m) => m.create.secretLabel, secret, counter),
      generatorPanel((value) => {
        secret.value = value
        updateCounter()
      }),
      files?.element,
      h(
        'div',
        { class: 'row' },
        field((m) => m.create.expiry, ttl),
        field((m) => m.create.views, views),
      ),
      field(
        (m) => m.create.passphrase,
        passphrase,
        (m) => m.create.passphraseHint,
      ),
      h('p', { class: 'inline-actions' }, toggle, suggest),
      split.element,
      opening?.element,
      fanOut?.element,
      notify &&
        field(
          (m) => m.create.notifyEmail,
          notify,
          (m) => m.create.notifyEmailHint,
        ),
    ],
    async (form) => {
      const text = secret.value
      if (text === '' && !files?.count)
        return form.fail((m) => (files ? m.files.empty : m.create.empty), secret)
      if (utf8Length(text) > limit) return form.fail(tooLong, secret)
      const fileProblem = files?.problem()
      if (files && fileProblem) return form.fail(fileProblem, files.input)
      const keyProblem =
        key &&
        (await form.busy(
          (m) => m.apiKey.checking,
          () => key.problem(),
        ))
      if (key && keyProblem) return form.fail(keyProblem, key.input)
      const names = fanOut?.problem()
      if (names) return form.fail(names.message, names.field)
      const recipients = fanOut?.recipients() ?? null
      if (recipients && split.policy()) return form.fail((m) => m.fanOut.notWithSplit)
      const email = notify?.value.trim() ?? ''
      if (notify && email !== '') {
        if (!new RegExp(NOTIFY_EMAIL_PATTERN).test(email))
          return form.fail((m) => m.create.notifyEmailInvalid, notify)
        if (files?.count) return form.fail((m) => m.create.notifyEmailFiles, notify)
      }
      const chosen = opening?.opening(Number(ttl.value)) ?? {}
      if (opening && 'problem' in chosen) return form.fail(chosen.problem, opening.input)
      const pass = passphrase.value
      const maxViews = Number(views.value)
      if (pass) warmArgon2()
      const sources = files?.sources() ?? []
      // Argon2 runs before the first byte is encrypted: from then on the busy line says so.
      let stretching = pass !== ''
      // Only files take long enough to watch, and to cancel.
      const signal =
        sources.length > 0
          ? transfer.start(() => {
              stretching = false
              localize(form.element)
            })
          : undefined
      if (files) files.element.disabled = true
      try {
        const request = {
          server: location.origin,
          text,
          files: sources,
          ttl: Number(ttl.value),
          maxViews,
          passphrase: pass === '' ? null : pass,
          onProgress: transfer.update,
          ...(signal ? { signal } : {}),
          ...key?.option(),
          ...('at' in chosen && chosen.at ? { opensAt: chosen.at } : {}),
        }
        if (answer) {
          await form.busy(
            (m) => (stretching ? m.create.stretching : m.create.encrypting),
            () => answerRequest({ ...request, requestLink: answer.requestLink }),
          )
          answer.done()
          return
        }
        const policy = split.policy()
        const notifying = email === '' ? {} : { notify: { email, language: notifyLanguage() } }
        const created = await form.busy<CreatedSecret | CreatedSplitSecret | CreatedFanOutSecret>(
          (m) => (stretching ? m.create.stretching : m.create.encrypting),
          async () => {
            // The page that shows the link first: a secret is never made without a way to show it.
            await (policy ? createdSplitPage() : recipients ? createdLinksPage() : createdPage())
            return policy
              ? createSplitSecret({ ...request, ...notifying, split: policy })
              : recipients
                ? createFanOutSecret({ ...request, ...notifying, recipients })
                : createSecret({ ...request, ...notifying })
          },
        )
        await key?.keep()
        const shown = { maxViews, passphrase: pass !== '' }
        const again = (): void => void showCreate(true)
        if ('shareLinks' in created) {
          const { showCreatedSplit } = await createdSplitPage()
          showCreatedSplit(created, shown, again)
        } else if ('links' in created) {
          const { showCreatedLinks } = await createdLinksPage()
          showCreatedLinks(created, shown, again)
        } else {
          const { showCreated } = await createdPage()
          showCreated(created, shown, again)
        }
      } catch (failure) {
        if (files && signal?.aborted) return form.fail((m) => m.files.cancelled, files.input)
        if (answer && failure instanceof ApiError && failure.code === 'request_closed') {
          return showProblem(REQUEST_CLOSED)
        }
        const { title, body } = describe(failure)
        form.fail((m) => `${title(m)}. ${body(m)}`, key?.refused(failure))
      } finally {
        transfer.stop()
        if (files) files.element.disabled = false
      }
    },
  )
  files?.acceptDrops(form.element)
  form.element.append(transfer.element)

  show(
    (m) => (answer ? m.request.answerTitle : m.create.title),
    {
      focus,
      wipe: () => {
        secret.value = ''
        passphrase.value = ''
        if (notify) notify.value = ''
        if (opening) opening.input.value = ''
        files?.clear()
      },
    },
    answer?.exposed &&
      h('p', { class: 'notice exposed-link' }, (m) => m.request.exposedRequestLink),
    answer
      ? h(
          'figure',
          { class: 'card note' },
          h('figcaption', { class: 'hint' }, (m) => m.request.noteCaption),
          // The note is decrypted text: textContent only.
          h('blockquote', { class: 'request-note' }, answer.note),
        )
      : h('p', { class: 'lead' }, (m) => m.create.intro),
    form.element,
    !answer &&
      h(
        'p',
        { class: 'hint' },
        h('a', { href: REQUEST_PATH }, (m) => m.request.askLink),
      ),
  )
  if (!focus) secret.focus()
}

/** The e-mail goes out in the page's language where the server writes it, else English. */
function notifyLanguage(): (typeof NOTIFY_LANGUAGES)[number] {
  const code = language().code
  return NOTIFY_LANGUAGES.find((l) => l === code) ?? 'en'
}
