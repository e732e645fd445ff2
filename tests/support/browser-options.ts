/** Where the shared Chromium (tests/support/browser-server.ts) listens; '' or unset: launch one. */
export const SHARED_CHROMIUM_ENV = 'HUSHLINK_SHARED_CHROMIUM'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
