import { revealSecret } from '@hushlink/shared'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { chromiumAvailable } from '../support/browser.js'
import { uploadStreamedText } from '../support/secrets.js'
import { heading, HEADINGS, openLink, pressReveal, revealedText, useWebApp } from './web-flows.js'

/** Over the default MAX_TEXT_BYTES (1 MiB) once encrypted: a JSON claim of it gets 406. */
const SIZE = 1_040_000

/** A distinct, line-broken text per client, so a mix-up between secrets shows. */
function largeText(client: string): string {
  const line = `${client}: the quick brown fox jumps over the lazy dog 0123456789\n`
  return line.repeat(Math.ceil(SIZE / line.length)).slice(0, SIZE)
}

// Protocol §5.1 allows a text-only envelope larger than max_text_bytes, uploaded as a stream:
// every client must read it, choosing the streamed claim from the metadata's size.
describe.skipIf(!chromiumAvailable)('a 1.04 MB text-only secret, streamed', () => {
  const app = useWebApp()

  it('is read by the SDK', async () => {
    const text = largeText('sdk')
    const link = await uploadStreamedText(app.server.url, text)
    const secret = await revealSecret({ link })
    expect(secret.text.length).toBe(SIZE)
    expect(secret.text === text).toBe(true)
  })

  it('is read by the CLI', async () => {
    const text = largeText('cli')
    const link = await uploadStreamedText(app.server.url, text)
    const result = await runCli(['read', link])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout.toString('utf8') === text).toBe(true)
  })

  it('is read by the web page', async () => {
    const text = largeText('web')
    const link = await uploadStreamedText(app.server.url, text)
    const context = await app.context()
    const page = await context.page()
    expect(await openLink(page, link)).toBe(HEADINGS.waiting)
    await pressReveal(page)
    expect(await heading(page)).toBe(HEADINGS.revealed)
    expect((await revealedText(page)) === text).toBe(true)
    await context.close()
  })
})
