import {
  ApiError,
  createRequest,
  DecryptionError,
  isSecretId,
  listInbox,
  MAX_NOTE_BYTES,
  NotFoundError,
  parseInboxLink,
  parseRequestLink,
  viewRequest,
  type CreatedRequest,
  type Inbox,
  utf8Length,
} from '@hushlink/shared'
import type { ConfigResponse } from '@hushlink/shared/api'
import { fill } from '../i18n/fill.ts'
import { formatBytes, formatDateTime, formatDuration, formatRelative } from '../i18n/format.ts'
import { ttlChoices } from '../limits.ts'
import { copyButton } from '../ui/copy.ts'
import { button, field, h, option, SECRET_FIELD } from '../ui/dom.ts'
import { actionForm } from '../ui/form.ts'
import { announce } from '../ui/live.ts'
import { show } from '../ui/page.ts'
import { apiKeyPrompt } from './api-key.ts'
import { loadConfig, renderForm } from './create.ts'
import { createPasskey, passkeyPrf, PasskeyError, prfSupported } from './passkey.ts'
import { CORRUPTED, describe, REQUEST_CLOSED, showProblem } from './problem.ts'
import { showReveal } from './reveal.ts'

const ANSWER_CHOICES = [1, 3, 5, 10, 25, 100] as const

async function limits(again: () => void): Promise<ConfigResponse | null> {
  try {
    return await loadConfig()
  } catch (error) {
    showProblem(describe(error), again)
    return null
  }
}

/** `/request`: the requester's form. The key pair is made here; the server sees the sealed note. */
export async function showRequestForm(focus = false): Promise<void> {
  const config = await limits(() => void showRequestForm(true))
  if (!config) return
  const passkeyAvailable = await prfSupported()
  const note = h('textarea', { ...SECRET_FIELD, rows: 4, name: 'note' })
  const ttl = h(
    'select',
    { name: 'ttl' },
    ...ttlChoices(config).map((s) => option(s, () => formatDuration(s), s === config.default_ttl)),
  )
  const answers = h(
    'select',
    { name: 'answers' },
    ...ANSWER_CHOICES.map((n, i) =>
      option(
        n,
        (m) => (n === 1 ? m.request.oneAnswer : fill(m.request.dropBox, { count: n })),
        i === 0,
      ),
    ),
  )
  const passkey = h('input', { type: 'checkbox', name: 'passkey', disabled: !passkeyAvailable })
  const key = config.create_requires_api_key === true ? apiKeyPrompt() : null
  const form = actionForm(
    (m) => m.request.submit,
    [
      key?.element,
      field(
        (m) => m.request.noteLabel,
        note,
        (m) => fill(m.request.noteHint, { limit: formatBytes(MAX_NOTE_BYTES) }),
      ),
      h(
        'div',
        { class: 'row' },
        field((m) => m.request.expiry, ttl),
        field((m) => m.request.answers, answers),
      ),
      h(
        'p',
        { class: 'check' },
        h('label', {}, passkey, ' ', (m) => m.request.passkeyLabel),
      ),
      h(
        'p',
        { class: 'hint', 'data-passkey': passkeyAvailable ? 'available' : 'unavailable' },
        (m) => (passkeyAvailable ? m.request.passkeyHint : m.request.passkeyUnavailable),
      ),
    ],
    async (form) => {
      if (note.value.trim() === '') return form.fail((m) => m.request.noteEmpty, note)
      if (utf8Length(note.value) > MAX_NOTE_BYTES) {
        return form.fail(
          (m) => fill(m.request.noteTooLong, { limit: formatBytes(MAX_NOTE_BYTES) }),
          note,
        )
      }
      const keyProblem = await key?.problem()
      if (key && keyProblem) return form.fail(keyProblem, key.input)
      try {
        const prf = passkey.checked ? await createPasskey() : undefined
        const made = await form.busy(
          (m) => m.request.making,
          () =>
            createRequest({
              server: location.origin,
              note: note.value,
              ttl: Number(ttl.value),
              maxAnswers: Number(answers.value),
              ...(prf ? { prf } : {}),
              ...key?.option(),
            }),
        )
        await key?.keep()
        showRequestMade(made, passkey.checked)
      } catch (failure) {
        if (failure instanceof PasskeyError) return form.fail((m) => m.request.passkeyFailed)
        const { title, body } = describe(failure)
        form.fail((m) => `${title(m)}. ${body(m)}`, key?.refused(failure))
      }
    },
  )
  show(
    (m) => m.request.title,
    { focus, wipe: () => (note.value = '') },
    h('p', { class: 'lead' }, (m) => m.request.intro),
    form.element,
  )
  if (!focus) note.focus()
}

function linkField(value: string, name: string): HTMLInputElement {
  const input = h('input', { ...SECRET_FIELD, type: 'text', readonly: true, name })
  input.value = value
  input.addEventListener('focus', () => input.select())
  return input
}

function showRequestMade(made: CreatedRequest, passkey: boolean): void {
  const request = linkField(made.requestLink, 'request-link')
  const inbox = linkField(made.inboxLink, 'inbox-link')
  show(
    (m) => m.request.madeTitle,
    {
      focus: true,
      wipe: () => {
        request.value = ''
        inbox.value = ''
      },
    },
    h(
      'section',
      { class: 'card' },
      field(
        (m) => m.request.requestLinkLabel,
        request,
        (m) =>
          fill(m.request.requestLinkNote, {
            date: formatDateTime(made.expiresAt),
            relative: formatRelative(made.expiresAt),
          }),
        copyButton(request, (m) => m.request.copyRequestLink),
      ),
    ),
    h(
      'section',
      { class: 'card quiet' },
      field(
        (m) => m.request.inboxLinkLabel,
        inbox,
        (m) => (passkey ? m.request.inboxPasskeyNote : m.request.inboxLinkNote),
        copyButton(inbox, (m) => m.request.copyInboxLink),
      ),
    ),
  )
  announce((m) => m.request.madeTitle)
}

/** `/q/<id>#<public key>.<K_req>`: the sender reads the note and answers with the create form. */
export async function showAnswer(id: string, fragment: string, exposed = false): Promise<void> {
  const requestLink = `${location.origin}/q/${id}#${fragment}`
  try {
    if (!isSecretId(id)) throw new Error('bad id')
    parseRequestLink(requestLink)
  } catch {
    return showProblem(CORRUPTED)
  }
  const again = (): void => void showAnswer(id, fragment, exposed)
  show((m) => m.request.checking, { busy: true })
  const config = await limits(again)
  if (!config) return
  let note: string
  try {
    note = (await viewRequest({ server: location.origin, requestLink })).note
  } catch (error) {
    if (error instanceof ApiError && error.code === 'request_closed') {
      return showProblem(REQUEST_CLOSED)
    }
    return showProblem(describe(error), again)
  }
  renderForm(config, { signedIn: false, key: null }, false, {
    requestLink,
    note,
    exposed,
    done: () => {
      show(
        (m) => m.request.sentTitle,
        { focus: true },
        h('p', { class: 'lead' }, (m) => m.request.sentBody),
      )
      announce((m) => m.request.sentTitle)
    },
  })
}

/** `/i/<id>#…`: lists the answers (consumes nothing); opening one is the reveal page's explicit click. */
export async function showInbox(
  id: string,
  fragment: string,
  exposed = false,
  focus = false,
): Promise<void> {
  const inboxLink = `${location.origin}/i/${id}#${fragment}`
  let passkey: boolean
  try {
    if (!isSecretId(id)) throw new Error('bad id')
    passkey = parseInboxLink(inboxLink).privateKey === null
  } catch {
    return showProblem(CORRUPTED)
  }
  const again = (): void => void showInbox(id, fragment, exposed, true)
  if (passkey && !focus) {
    // A passkey prompt needs a click (user activation) in most browsers.
    show(
      (m) => m.request.inboxTitle,
      {},
      h('p', { class: 'lead' }, (m) => m.request.inboxPasskeyLead),
      h(
        'p',
        { class: 'actions' },
        button((m) => m.request.usePasskey, again, { class: 'primary' }),
      ),
    )
    return
  }
  show((m) => m.request.checking, { busy: true })
  let inbox: Inbox
  try {
    inbox = await listInbox({
      server: location.origin,
      inboxLink,
      ...(passkey ? { prf: passkeyPrf() } : {}),
    })
  } catch (error) {
    if (error instanceof PasskeyError || error instanceof DecryptionError) {
      return showProblem(
        {
          title: (m) => m.request.wrongPasskeyTitle,
          body: (m) => m.request.wrongPasskeyBody,
          retry: true,
        },
        again,
      )
    }
    if (error instanceof NotFoundError) {
      return showProblem({
        title: (m) => m.request.inboxGoneTitle,
        body: (m) => m.request.inboxGoneBody,
        retry: false,
      })
    }
    return showProblem(describe(error), again)
  }
  renderInbox(inbox, again, exposed)
}

/** An `exposed` inbox link (its `#` arrived as `%23`) still opens, with a warning: its private key was seen. */
function renderInbox(inbox: Inbox, again: () => void, exposed: boolean): void {
  const items = inbox.items.map((item, n) => {
    const open = button(
      (m) => m.request.open,
      () => {
        const url = new URL(item.link)
        void showReveal(item.id, url.hash.slice(1))
      },
      { class: 'secondary', 'data-answer': item.id },
    )
    return h(
      'li',
      { class: 'answer' },
      h('span', {}, (m) =>
        fill(m.request.answerLine, {
          n: n + 1,
          size: formatBytes(item.size),
          date: formatDateTime(item.createdAt),
          relative: formatRelative(item.expiresAt),
        }),
      ),
      ' ',
      open,
    )
  })
  show(
    (m) => m.request.inboxTitle,
    { focus: true },
    exposed && h('p', { class: 'notice exposed-link' }, (m) => m.request.exposedInboxLink),
    h('p', { class: 'lead', 'data-state': inbox.state }, (m) =>
      fill(m.request.inboxLead, {
        answers: inbox.answers,
        max: inbox.maxAnswers,
        open: inbox.items.length,
      }),
    ),
    items.length > 0
      ? h('ol', { class: 'answers' }, ...items)
      : h('p', {}, (m) => m.request.inboxEmpty),
    h(
      'p',
      { class: 'actions' },
      button((m) => m.request.refresh, again, { class: 'secondary' }),
    ),
  )
}
