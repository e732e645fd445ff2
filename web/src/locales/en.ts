/**
 * English: the reference catalogue. Every other locale has exactly these keys
 * (the type checks it, web/test/locales.test.ts checks plurals and placeholders).
 * `{name}` is filled in by the page; a `{ one, few, many, other }` object is a
 * plural chosen by `{count}` with Intl.PluralRules.
 */
const en = {
  meta: {
    /** The language's own name, as the switcher lists it. */
    name: 'English',
  },
  app: {
    name: 'Hushlink',
    footer: 'End-to-end encrypted in your browser. The server never sees your secret or its key.',
    about: 'How it works',
    language: 'Language',
    darkTheme: 'Dark theme',
  },
  units: {
    characters: { one: '{count} character', other: '{count} characters' },
    times: { one: 'once', other: '{count} times' },
    views: { one: '{count} view', other: '{count} views' },
    attemptsLeft: { one: '{count} attempt left', other: '{count} attempts left' },
    wrongPassphrases: { one: '{count} wrong passphrase', other: '{count} wrong passphrases' },
    files: { one: '{count} file', other: '{count} files' },
  },
  create: {
    title: 'Share a secret',
    intro:
      'Your secret is encrypted in this browser before it is sent. You get a link that opens it once, then it is gone.',
    secretLabel: 'Secret',
    secretPlaceholder: 'Paste a password, a key, a note…',
    counter: '{characters} · {size} of {limit}',
    tooLong: 'Too long: the limit on this server is {limit}.',
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
    generated: 'Generated in this browser (about {bits} bits of randomness).',
    noCharset: 'Choose at least one set of characters.',
    expiry: 'Expires after',
    views: 'Number of views',
    passphrase: 'Passphrase (optional)',
    passphraseHint:
      'The recipient needs it to open the secret. Send it through a different channel than the link.',
    showPassphrase: 'Show passphrase',
    generatePassphrase: 'Generate a passphrase',
    submit: 'Create link',
    encrypting: 'Encrypting…',
    stretching: 'Stretching the passphrase (Argon2), this takes a moment…',
  },
  files: {
    legend: 'Files (optional)',
    choose: 'Choose files…',
    limits:
      'Up to {file} per file and {total} in all, encrypted, on this server. You can also drop files onto this form.',
    summary: '{files}, {size} in all',
    fileTooLarge: 'Too large: the limit is {limit} per file.',
    nameTooLong: 'Its name is too long: at most 255 bytes.',
    tooMany: 'Too many files: at most {max}.',
    totalTooLarge:
      'Too large in all: encrypted, the message and files take {size}, and the limit on this server is {limit}.',
    fixFiles: 'Some files cannot be sent: remove the ones marked in the list.',
    remove: 'Remove',
    removeNamed: 'Remove {name}',
    removed: 'Removed {name}',
    added: 'Added {files}',
    empty: 'Type a secret or choose a file first.',
    cancelled: 'Cancelled. Nothing was shared and no link was made.',
  },
  progress: {
    encrypting: 'Encrypting',
    uploading: 'Uploading',
    downloading: 'Downloading',
    decrypting: 'Decrypting',
    numbers: '{percent} · {done} of {total}',
    speed: '{size}/s',
    announce: '{phase}: {percent}',
    cancel: 'Cancel',
  },
  created: {
    title: 'Your link is ready',
    announce: 'Link created',
    shareLabel: 'Share link',
    notice: 'It can be opened {times} until {date} ({relative}). After that it is gone for good.',
    passphraseReminder: 'Send the passphrase separately, through another channel.',
    qrLabel: 'QR code of the share link',
    qrCaption: 'Scan it with a phone camera to open the link there. It holds the key too.',
    receiptLabel: 'Private receipt link',
    receiptNote:
      'Keep this one to yourself: it shows whether the secret was opened and lets you destroy it early.',
    another: 'Create another secret',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    shareLink: 'Copy the share link',
    receiptLink: 'Copy the receipt link',
    secret: 'Copy the secret',
    announce: 'Copied to the clipboard',
    failed: 'Copying failed: the text is selected, press Ctrl+C (or ⌘C) to copy it.',
  },
  reveal: {
    checking: 'Checking the link…',
    title: 'One secret is waiting for you',
    viewOnce: 'It can be viewed once. Opening it destroys it.',
    viewMany: 'It can be viewed {times} in total. The last opening destroys it.',
    expires: 'Available until {date} ({relative}).',
    nothingYet: 'Nothing is opened until you press the button.',
    passphrase: 'Passphrase',
    passphraseHint: 'The sender should have given it to you separately.',
    passphraseMissing: 'Enter the passphrase first.',
    wrongPassphrase: 'Wrong passphrase. {attempts} before the secret is destroyed.',
    submit: 'Reveal the secret',
    decrypting: 'Decrypting…',
    stretching: 'Checking the passphrase (Argon2), this takes a moment…',
    revealedTitle: 'Your secret',
    announce: 'Secret revealed',
    textLabel: 'Secret text',
    destroyed:
      'It has been deleted from the server and this link no longer works. Copy it now if you need it.',
    viewsLeft: 'This link can still be opened {times}, then it is deleted.',
    clipboardWarning: 'Your clipboard history or cloud clipboard sync may keep copied text.',
    filesLabel: 'Files',
    saveFile: 'Save {name} ({size})',
    filesNote: 'Files are never opened here: save them and check them before opening.',
  },
  receipt: {
    checking: 'Checking the secret…',
    active: 'Not opened yet',
    /** Active, but some of several views are used. */
    partly: 'Opened, still available',
    viewed: 'Opened',
    expired: 'Expired',
    burned: 'Destroyed by you',
    burnedFailures: 'Destroyed after too many wrong passphrases',
    activeNone: 'Nobody has opened the secret yet.',
    activeSome: {
      one: 'Opened {count} time so far, of {max} allowed.',
      other: 'Opened {count} times so far, of {max} allowed.',
    },
    viewedAt: 'Opened on {date}. It is deleted now.',
    viewedNoTime: 'It was opened and is deleted now.',
    expiredDetail: 'Nobody opened it before it expired. It is deleted now.',
    burnedDetail: 'Nobody can open it any more.',
    failuresDetail: 'Someone entered {passphrases}, so the secret was destroyed to protect it.',
    created: 'Created',
    expires: 'Expires',
    expiredAt: 'Expired',
    failures: 'Wrong passphrases',
    when: '{date} ({relative})',
    refresh: 'Refresh',
    refreshed: 'Status updated',
    burn: 'Burn now',
    burnConfirm: 'Destroy the secret now? The link will stop working for everyone.',
    burnYes: 'Yes, destroy it',
    burnNo: 'Cancel',
    burnedAnnounce: 'Secret destroyed',
  },
  about: {
    title: 'How Hushlink works',
    lead: 'Hushlink passes a secret from you to one person, and then forgets it. Here is what happens, and why nobody else can read it, including us.',
    howTitle: 'What happens to your secret',
    how1: 'This page makes a random key and encrypts your secret with it, in your browser (libsodium, XChaCha20-Poly1305).',
    how2: 'Only the encrypted data goes to the server. The key travels in the part of the link after the #, which browsers never send to any server.',
    how3: 'When the recipient presses the button, their browser fetches the encrypted data once and decrypts it. The server deletes it after the last allowed opening, or when it expires.',
    how4: 'A passphrase is stretched with Argon2id in the browser and mixed into the key. The server keeps only a check value, and destroys the secret after a few wrong guesses.',
    trustTitle: 'Why you can trust it',
    trust1:
      'The server stores ciphertext, sizes and times: never your text, your key or your passphrase.',
    trust2:
      'The page loads nothing from other sites, sets no cookies and has no analytics. Its security policy blocks any attempt to.',
    trust3: 'Every script is checked against its hash (Subresource Integrity) before it runs.',
    trust4:
      'Opening a link only shows that a secret is waiting: link previews and scanners do not use it up.',
    limitsTitle: 'What it cannot protect against',
    limits1:
      'Someone who gets the link first can open it. You will notice: the receipt says it was opened, and your recipient finds it gone. A passphrase sent another way closes this gap.',
    limits2: 'A compromised device, browser extension or screen recording sees what you see.',
    limits3:
      'A server that is itself compromised could send a modified page. The command-line client avoids trusting the page at all.',
    start: 'Share a secret',
  },
  apiKey: {
    label: 'API key',
    hint: 'This server creates secrets only for its members. Opening a link never needs a key.',
    remember: 'Remember on this device',
    missing: 'Enter your API key first.',
    malformed: 'This is not an API key: it starts with hlk_ and is 47 characters long.',
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
      'The data did not match the link: the link or the stored data was altered. Nothing readable was shown and no file was offered.',
    unsafeTitle: 'This secret uses unsafe settings',
    unsafeBody:
      'Its passphrase settings are outside the safe range, so this page refused to process it.',
    offlineTitle: 'The server cannot be reached',
    offlineBody: 'Check your connection and try again. Nothing was sent or used up.',
    pageFailedTitle: 'Something went wrong in this page',
    pageFailedBody: 'Reload the page and try again.',
    rateLimitedWait: 'Please try again {relative}. Nothing was used up.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is nothing at this address.',
    cancelledTitle: 'Opening was cancelled',
    cancelledBody:
      'Nothing was saved. If the download had already begun, this opening counts as used: Try again shows whether the secret can still be opened.',
    retry: 'Try again',
    home: 'Share a new secret',
    api: {
      bad_request: {
        title: 'The request was not accepted',
        body: 'The server could not understand it.',
      },
      invalid_envelope: {
        title: 'The encrypted data was refused',
        body: 'The server did not accept the encrypted secret. Reload the page and try again.',
      },
      payload_too_large: {
        title: 'The secret is too large',
        body: 'It exceeds the size limit of this server.',
      },
      unsupported_media_type: {
        title: 'The request was not accepted',
        body: 'The server refused its format.',
      },
      headers_too_large: {
        title: 'The request was not accepted',
        body: 'Its headers were too large.',
      },
      not_found: { title: 'Not found', body: 'The server has nothing under this address.' },
      method_not_allowed: {
        title: 'The request was not accepted',
        body: 'The server does not allow it.',
      },
      not_acceptable: {
        title: 'The request was not accepted',
        body: 'The server cannot answer in a form this page reads.',
      },
      upload_offset_mismatch: {
        title: 'The upload was interrupted',
        body: 'The server and this page disagree on how much was sent. Please try again.',
      },
      id_taken: {
        title: 'Please try again',
        body: 'A rare collision happened while creating the secret. Creating it again will work.',
      },
      not_live: {
        title: 'This secret is no longer live',
        body: 'It was opened, destroyed or has expired.',
      },
      idempotency_key_reused: {
        title: 'The request was not accepted',
        body: 'A repeated request did not match the original one. Please try again.',
      },
      unauthorized: {
        title: 'An API key is needed',
        body: 'This server creates secrets only for its members. Check your API key and try again; opening links needs no key.',
      },
      insufficient_scope: {
        title: 'This API key may not do that',
        body: 'Ask the people who run this service for a key that may create secrets.',
      },
      wrong_passphrase: { title: 'Wrong passphrase', body: 'The passphrase did not match.' },
      forbidden: { title: 'This request is not allowed', body: 'The server refused it.' },
      quota_exceeded: {
        title: 'The server is full for now',
        body: 'Nothing was stored. Secrets free their space when they are opened or expire: please try again later, or send less.',
      },
      storage_full: {
        title: 'The server is out of space',
        body: 'Nothing was stored. Links already shared still open; please try again later.',
      },
      rate_limited: {
        title: 'Too many requests',
        body: 'Please wait a minute and try again. Nothing was used up.',
      },
      unavailable: {
        title: 'The service is unavailable',
        body: 'The server cannot store or read secrets right now. Please try again shortly.',
      },
      internal: {
        title: 'Something went wrong on the server',
        body: 'Please try again. If it keeps happening, tell the people who run this service.',
      },
      unexpected_response: {
        title: 'The server gave an unexpected answer',
        body: 'A proxy or a misconfiguration may be in the way. Please try again later.',
      },
    },
  },
}

export default en
