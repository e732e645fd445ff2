import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { fingerprintOf } from '@hushlink/shared'
import { chromiumAvailable } from '../support/browser.js'
import { runCli } from '../cli/run-cli.js'
import { SEL, useWebApp } from '../e2e/web-flows.js'

describe.skipIf(!chromiumAvailable)("the About page shows the build manifest's fingerprint", () => {
  const app = useWebApp()

  it('the same digest hushlink verify prints, under the strict CSP, copyable', async () => {
    const manifest = await (
      await fetch(`${app.server.url}/.well-known/hushlink-manifest.json`)
    ).text()
    const expected = fingerprintOf(createHash('sha256').update(manifest, 'utf8').digest())

    const ctx = await app.context({ permissions: ['clipboard-write'] })
    try {
      const page = await ctx.page()
      await page.goto(app.server.url)
      await page.locator(SEL.aboutLink).click()
      const field = page.locator('input[name="fingerprint"]')
      await expect.poll(() => field.inputValue()).toBe(expected)
      // Groups of four hex digits: easy to read aloud and compare by eye.
      expect(expected).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/)
      await page.getByRole('button', { name: 'Copy the fingerprint' }).click()
      // The page's permissions policy keeps clipboard reads from every document: the status says it.
      await page.locator('#fingerprint .copy-status', { hasText: 'Copied' }).waitFor()
      expect(ctx.probe.cspViolations).toEqual([])
      // Only this origin: the manifest is fetched from the instance itself.
      const origins = new Set(ctx.probe.requests.map((r) => new URL(r.url).origin))
      expect([...origins]).toEqual([app.server.url])
    } finally {
      await ctx.close()
    }

    const verify = await runCli(['verify', app.server.url])
    expect(verify.stdout.toString('utf8')).toContain(`Fingerprint: ${expected}`)
  })
})
