import type { ErrorCode } from '@hushlink/shared/api'
import { formatBytes, formatCount, formatDateTime, formatDuration, pick } from './format.ts'

/**
 * Every user-visible string of the client, in one place, so that languages can
 * later move into locale files without touching the pages.
 */
const views = (n: number): string => `${formatCount(n)} ${pick(n, 'time', 'times')}`

export const t = {
  app: {
    name: 'Hushlink',
    footer: 'End-to-end encrypted in your browser. The server never sees your secret or its key.',
  },
  create: {
    title: 'Share a secret',
    intro:
      'Your secret is encrypted in this browser before it is sent. You get a link that opens it once, then it is gone.',
    secretLabel: 'Secret',
    secretPlaceholder: 'Paste a password, a key, a note…',
    counter: (chars: number, bytes: number, limit: number): string =>
      `${formatCount(chars)} ${pick(chars, 'character', 'characters')} · ${formatBytes(bytes)} of ${formatBytes(limit)}`,
    tooLong: (limit: number): string =>
      `Too long: the limit on this server is ${formatBytes(limit)}.`,
    empty: 'Type or paste a secret first.',
    generator: 'Generate a random password or passphrase',
    generatorKind: 'Kind',
    kindPassword: 'Password',
    kindPassphrase: 'Passphrase (words)',
    length: 'Length',
    characters: 'Characters',
    words: 'Words',
    lowercase: 'Lowercase a–z',
    uppercase: 'Uppercase A–Z',
    digits: 'Digits 0–9',
    symbols: 'Symbols !#$…',
    generate: 'Generate into the secret field',
    generated: (bits: number): string =>
      `Generated in this browser (about ${formatCount(bits)} bits of randomness).`,
    noCharset: 'Choose at least one set of characters.',
    expiry: 'Expires after',
    views: 'Can be opened',
    viewsOption: (n: number): string => views(n),
    passphrase: 'Passphrase (optional)',
    passphraseHint:
      'The recipient needs it to open the secret. Send it through a different channel than the link.',
    showPassphrase: 'Show',
    hidePassphrase: 'Hide',
    generatePassphrase: 'Generate a passphrase',
    submit: 'Create link',
    encrypting: 'Encrypting…',
    stretching: 'Stretching the passphrase (Argon2), this takes a moment…',
  },
  created: {
    title: 'Your link is ready',
    announce: 'Link created',
    shareLabel: 'Share link',
    notice: (maxViews: number, expiresAt: string): string =>
      `It can be opened ${views(maxViews)} and expires on ${formatDateTime(expiresAt)}. After that it is gone for good.`,
    passphraseReminder: 'Send the passphrase separately, through another channel.',
    receiptLabel: 'Private receipt link',
    receiptNote:
      'Keep this one to yourself: it shows whether the secret was opened and lets you destroy it early.',
    another: 'Create another secret',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    announce: 'Copied to the clipboard',
    failed: 'Copying failed: the text is selected, press Ctrl+C (or ⌘C) to copy it.',
  },
  reveal: {
    checking: 'Checking the link…',
    title: 'One secret is waiting for you',
    canBeViewed: (n: number): string =>
      n === 1
        ? 'It can be viewed once. Opening it destroys it.'
        : `It can be viewed ${views(n)} in total. The last opening destroys it.`,
    expires: (iso: string): string => `Available until ${formatDateTime(iso)}.`,
    nothingYet: 'Nothing is opened until you press the button.',
    passphrase: 'Passphrase',
    passphraseHint: 'The sender should have given it to you separately.',
    passphraseMissing: 'Enter the passphrase first.',
    wrongPassphrase: (remaining: number): string =>
      `Wrong passphrase. ${formatCount(remaining)} ${pick(remaining, 'attempt', 'attempts')} left before the secret is destroyed.`,
    submit: 'Reveal the secret',
    decrypting: 'Decrypting…',
    stretching: 'Checking the passphrase (Argon2), this takes a moment…',
    revealedTitle: 'Your secret',
    announce: 'Secret revealed',
    textLabel: 'Secret text',
    destroyed:
      'It has been deleted from the server and this link no longer works. Copy it now if you need it.',
    viewsLeft: (n: number): string =>
      `This link can still be opened ${views(n)}, then it is deleted.`,
    clipboardWarning: 'Your clipboard history or cloud clipboard sync may keep copied text.',
    filesLabel: 'Files',
    saveFile: (name: string, bytes: number): string => `Save ${name} (${formatBytes(bytes)})`,
    filesNote: 'Files are never opened here: save them and check them before opening.',
  },
  receipt: {
    title: 'Receipt',
    checking: 'Checking the secret…',
    states: {
      active: 'Not opened yet',
      /** Active, but some of several views are used. */
      partly: 'Opened, still available',
      viewed: 'Opened',
      expired: 'Expired',
      burned: 'Destroyed by you',
      burned_failures: 'Destroyed after too many wrong passphrases',
    },
    activeDetail: (views: number, maxViews: number): string =>
      views === 0
        ? 'Nobody has opened the secret yet.'
        : `Opened ${formatCount(views)} of ${formatCount(maxViews)} times so far.`,
    viewedAt: (iso: string): string => `Opened on ${formatDateTime(iso)}. It is deleted now.`,
    viewedNoTime: 'It was opened and is deleted now.',
    expiredDetail: 'Nobody opened it before it expired. It is deleted now.',
    burnedDetail: 'Nobody can open it any more.',
    failuresDetail: (n: number): string =>
      `Someone entered ${formatCount(n)} wrong ${pick(n, 'passphrase', 'passphrases')}, so the secret was destroyed to protect it.`,
    created: 'Created',
    expires: 'Expires',
    expired: 'Expired',
    failures: 'Wrong passphrases',
    refresh: 'Refresh',
    refreshed: 'Status updated',
    burn: 'Burn now',
    burnConfirm: 'Destroy the secret now? The link will stop working for everyone.',
    burnYes: 'Yes, destroy it',
    burnNo: 'Cancel',
    burnedAnnounce: 'Secret destroyed',
  },
  problem: {
    goneTitle: 'This secret is not available',
    goneBody:
      'It never existed, it expired, or it was already opened. Secrets here can be read only a limited number of times. Ask the sender to share a new one.',
    burnedFailuresTitle: 'This secret was destroyed',
    burnedFailuresBody:
      'Too many wrong passphrases were entered, so it was destroyed to protect it. Ask the sender to share a new one.',
    shownTitle: 'This secret is no longer shown',
    shownBody:
      'For your safety the page forgot the secret when you left it. It cannot be shown again.',
    corruptedTitle: 'This link is corrupted',
    corruptedBody:
      'Part of the link is missing or changed, so it cannot open anything. Copy the whole link again, including everything after the #. If you reloaded this page, the key was already removed from the address bar: open the original link again. Nothing was used up.',
    receiptCorruptedTitle: 'This receipt link is corrupted',
    receiptCorruptedBody:
      'Part of the link is missing or changed. Copy the whole receipt link again, including everything after the #.',
    receiptGoneTitle: 'This receipt is not available',
    receiptGoneBody:
      'The receipt link is wrong, or the secret expired long enough ago that its receipt was deleted too.',
    decryptTitle: 'This secret could not be decrypted',
    decryptBody:
      'The data did not match the link: the link or the stored data was altered. Nothing readable was shown.',
    unsafeTitle: 'This secret uses unsafe settings',
    unsafeBody:
      'Its passphrase settings are outside the safe range, so this page refused to process it.',
    offlineTitle: 'The server cannot be reached',
    offlineBody: 'Check your connection and try again. Nothing was sent or used up.',
    pageFailedTitle: 'Something went wrong in this page',
    pageFailedBody: 'Reload the page and try again.',
    rateLimitedWait: (seconds: number): string =>
      `Please wait ${formatDuration(seconds)} and try again. Nothing was used up.`,
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is nothing at this address.',
    retry: 'Try again',
    home: 'Share a new secret',
    api: {
      bad_request: ['The request was not accepted', 'The server could not understand it.'],
      invalid_envelope: [
        'The encrypted data was refused',
        'The server did not accept the encrypted secret. Reload the page and try again.',
      ],
      payload_too_large: ['The secret is too large', 'It exceeds the size limit of this server.'],
      unsupported_media_type: ['The request was not accepted', 'The server refused its format.'],
      headers_too_large: ['The request was not accepted', 'Its headers were too large.'],
      not_found: ['Not found', 'The server has nothing under this address.'],
      method_not_allowed: ['The request was not accepted', 'The server does not allow it.'],
      not_acceptable: [
        'The request was not accepted',
        'The server cannot answer in a form this page reads.',
      ],
      upload_offset_mismatch: [
        'The upload was interrupted',
        'The server and this page disagree on how much was sent. Please try again.',
      ],
      id_taken: [
        'Please try again',
        'A rare collision happened while creating the secret. Creating it again will work.',
      ],
      wrong_passphrase: ['Wrong passphrase', 'The passphrase did not match.'],
      forbidden: ['This request is not allowed', 'The server refused it.'],
      rate_limited: [
        'Too many requests',
        'Please wait a minute and try again. Nothing was used up.',
      ],
      unavailable: [
        'The service is unavailable',
        'The server cannot store or read secrets right now. Please try again shortly.',
      ],
      internal: [
        'Something went wrong on the server',
        'Please try again. If it keeps happening, tell the people who run this service.',
      ],
      unexpected_response: [
        'The server gave an unexpected answer',
        'A proxy or a misconfiguration may be in the way. Please try again later.',
      ],
    } satisfies Record<ErrorCode | 'unexpected_response', readonly [string, string]>,
  },
  ttlOption: (seconds: number): string => formatDuration(seconds),
} as const
