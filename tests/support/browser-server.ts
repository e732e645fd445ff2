import { existsSync } from 'node:fs'
import { chromium, type BrowserServer } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH, SHARED_CHROMIUM_ENV } from './browser-options.js'

/**
 * Vitest globalSetup of the end-to-end project: one Chromium for the whole run
 * instead of one per file (a launch costs about a second of a loaded core). Every
 * file connects to it and works in fresh contexts of its own (`launchChromium`).
 */
export default async function setup(): Promise<() => Promise<void>> {
  let server: BrowserServer | null = null
  if (existsSync(CHROMIUM_PATH)) {
    server = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    })
  }
  // Test files run in worker processes forked after this, which inherit the environment.
  process.env[SHARED_CHROMIUM_ENV] = server?.wsEndpoint() ?? ''
  return async () => {
    await server?.close()
  }
}
