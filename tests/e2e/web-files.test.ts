/**
 * Issue 4 in real Chromium: files chosen in the web page go up encrypted
 * and come back byte for byte through a Save button, with progress and a
 * Cancel that works; what the server refuses is refused before any upload;
 * a tampered chunk shows a clear error and no Save button.
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSecret } from '@hushlink/shared'
import type { FileChooser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import { editStoredChunk, flipBit } from '../support/stored-chunks.js'
import {
  apiCalls,
  fragmentOf,
  heading,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  progressSeen,
  revealedText,
  saveFile,
  SEL,
  useWebApp,
  watchProgress,
  type ProgressStep,
} from './web-flows.js'

const MiB = 1024 * 1024
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-web-files-'))

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

/** A file of `size` bytes that takes no disk and no memory: the page only looks at its size. */
function sparseFile(name: string, size: number): string {
  const path = join(scratch, name)
  writeFileSync(path, '')
  truncateSync(path, size)
  return path
}

/** A phase's bar moved forward only, through several values, and ended full. */
function expectRising(steps: readonly ProgressStep[] | undefined, phase: string): void {
  const shares = (steps ?? []).map((s) => s.share)
  expect(new Set(shares).size, `${phase}: distinct values`).toBeGreaterThanOrEqual(3)
  expect(shares, `${phase}: never goes back`).toEqual([...shares].sort((a, b) => a - b))
  expect(shares.at(-1), `${phase}: ends full`).toBe(1)
}

const postsOf = (calls: string[]): string[] =>
  calls.filter((c) => c.startsWith('POST') && !c.endsWith('/claim'))

describe.skipIf(!chromiumAvailable)('web client: files in real Chromium', () => {
  const app = useWebApp()

  it('a 30 MiB random file and a message round-trip byte for byte, with progress; a second open is gone', async () => {
    const bytes = randomBytes(30 * MiB)
    const path = join(scratch, 'random 30 MiB.bin')
    writeFileSync(path, bytes)
    const message = 'the file, as promised: checksum below'

    const creator = await app.context()
    const page = await creator.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).waitFor()
    // The limits are on the page before anything is chosen.
    expect(await page.locator('main .files-field').textContent()).toContain(
      'Up to 100 MB per file and 128 MB in all',
    )
    await watchProgress(page)
    await page.locator(SEL.secret).fill(message)
    await page.locator(SEL.fileInput).setInputFiles(path)
    await page.locator(SEL.submit).click()
    const link = await shareLink(page)
    const sent = await progressSeen(page)
    expectRising(sent.encrypting, 'encrypting')
    expectRising(sent.uploading, 'uploading')
    // Percent, bytes and speed are written out beside the bars.
    expect(sent.encrypting?.at(-1)?.text).toMatch(/^100% · 30 MB of 30 MB · [\d.]+ [kMG]B\/s$/)
    expect(sent.uploading?.at(-1)?.text).toMatch(/^100% · (\d+) MB of \1 MB · [\d.]+ [kMG]B\/s$/)
    expect(postsOf(apiCalls(creator.probe))[0]).toBe('POST /api/v1/uploads')

    const recipient = await app.context()
    const open = await recipient.page()
    expect(await openLink(open, link)).toBe(HEADINGS.waiting)
    await watchProgress(open)
    await pressReveal(open)
    expect(await heading(open)).toBe(HEADINGS.revealed)
    expect(await revealedText(open)).toBe(message)
    const received = await progressSeen(open)
    expectRising(received.downloading, 'downloading')
    expectRising(received.decrypting, 'decrypting')

    const saved = await saveFile(open, 'random 30 MiB.bin')
    expect(saved.filename).toBe('random 30 MiB.bin')
    expect(saved.bytes.length).toBe(bytes.length)
    expect(sha256(saved.bytes)).toBe(sha256(bytes))

    expect(await openLink(await recipient.page(), link)).toBe(HEADINGS.gone)
    for (const probe of [creator.probe, recipient.probe]) {
      expect(leaks(probe, app.server.url, [message, fragmentOf(link)])).toEqual([])
      expect(probe.cspViolations).toEqual([])
    }
    await creator.close()
    await recipient.close()
  })

  it('files are chosen with the keyboard or dropped onto the form, and removed again', async () => {
    const ctx = await app.context()
    const page = await ctx.page()
    // Listening from the start keeps Chromium's own dialog out of the way.
    const chooser = new Promise<FileChooser>((resolve) => page.once('filechooser', resolve))
    await page.goto(`${app.server.url}/`)
    const input = page.locator(SEL.fileInput)
    expect(await input.getAttribute('aria-describedby')).toBeTruthy()
    await input.focus()
    // The label is the visible button; Space on the focused input opens the system picker.
    await page.keyboard.press('Space')
    const picker = await chooser
    expect(picker.isMultiple()).toBe(true)
    await picker.setFiles({ name: 'picked.txt', mimeType: 'text/plain', buffer: Buffer.from('p') })

    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['d1'], 'dropped one.txt', { type: 'text/plain' }))
      transfer.items.add(new File(['d2'], 'dropped two.txt', { type: 'text/plain' }))
      return transfer
    })
    const form = page.locator('main form')
    await form.dispatchEvent('dragover', { dataTransfer: dropped })
    expect(await form.getAttribute('class')).toBe('dropping')
    await form.dispatchEvent('drop', { dataTransfer: dropped })
    expect(await form.getAttribute('class')).toBe('')
    expect(await page.locator(`${SEL.fileRows} .file-name`).allTextContents()).toEqual([
      'picked.txt',
      'dropped one.txt',
      'dropped two.txt',
    ])
    expect(
      await page.locator('main .files-field > p.hint:not([hidden])').last().textContent(),
    ).toBe('3 files, 5 bytes in all')
    await page.getByRole('button', { name: 'Remove dropped one.txt' }).click()
    await page.locator('#live').filter({ hasText: 'Removed dropped one.txt' }).waitFor()
    // Focus stays in the list, on the next file's Remove.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove dropped two.txt',
    )
    expect(await page.locator(`${SEL.fileRows} .file-name`).allTextContents()).toEqual([
      'picked.txt',
      'dropped two.txt',
    ])
    // A message is not needed when files are chosen.
    await page.locator(SEL.submit).click()
    await page.locator(SEL.shareLink).waitFor({ timeout: 30_000 })
    expect(ctx.probe.cspViolations).toEqual([])
    await ctx.close()
  })

  it('refuses a file or a total over the limits before anything is read or uploaded', async () => {
    const ctx = await app.context()
    const page = await ctx.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).fill('too much')
    const before = apiCalls(ctx.probe).length

    await page.locator(SEL.fileInput).setInputFiles(sparseFile('disk.img', 100 * MiB + 1))
    await expect
      .poll(() => page.locator(SEL.fileRows).textContent())
      .toContain('Too large: the limit is 100 MB per file.')
    await page.locator(SEL.submit).click()
    expect(await page.locator(SEL.error).textContent()).toBe(
      'Some files cannot be sent: remove the ones marked in the list.',
    )
    expect(await focusedType(page)).toBe('file')

    await page.getByRole('button', { name: 'Remove disk.img' }).click()
    expect(await page.locator(SEL.fileRows).count()).toBe(0)
    await page
      .locator(SEL.fileInput)
      .setInputFiles([sparseFile('a.img', 65 * MiB), sparseFile('b.img', 65 * MiB)])
    const total = page.locator('main .files-field > .error')
    await expect
      .poll(() => total.textContent())
      .toBe(
        'Too large in all: encrypted, the message and files take 132 MB, and the limit on this server is 128 MB.',
      )
    await page.locator(SEL.submit).click()
    expect(await page.locator(SEL.error).textContent()).toMatch(/^Too large in all/)

    await page.waitForTimeout(200)
    expect(apiCalls(ctx.probe).slice(before)).toEqual([])
    expect(ctx.probe.cspViolations).toEqual([])
    await ctx.close()
  })

  it('Cancel during the upload stops it and leaves the form usable', async () => {
    const ctx = await app.context()
    const page = await ctx.page()
    await page.goto(`${app.server.url}/`)
    await page.locator(SEL.secret).fill('cancel me')
    const bytes = randomBytes(5 * MiB)
    const path = join(scratch, 'cancel.bin')
    writeFileSync(path, bytes)
    await page.locator(SEL.fileInput).setInputFiles(path)

    // The first part is held at the network layer, so the upload is surely under way.
    let release = (): void => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    let arrived = (): void => undefined
    const partArrived = new Promise<void>((resolve) => (arrived = resolve))
    await page.route('**/api/v1/uploads/*/parts', async (route) => {
      arrived()
      await held
      await route.continue().catch(() => undefined)
    })
    await page.locator(SEL.submit).click()
    await partArrived
    const cancel = page.locator(SEL.transfer).getByRole('button', { name: 'Cancel' })
    await cancel.click()
    await expect
      .poll(() => page.locator(SEL.error).textContent())
      .toBe('Cancelled. Nothing was shared and no link was made.')
    release()
    await page.unroute('**/api/v1/uploads/*/parts')
    expect(await page.locator(SEL.transfer).isHidden()).toBe(true)
    expect(await page.locator('main form').getAttribute('aria-busy')).toBe('false')
    expect(await page.locator(SEL.fileRows).count()).toBe(1)

    // The same form, unchanged, now sends.
    await page.locator(SEL.submit).click()
    await page.locator(SEL.shareLink).waitFor({ timeout: 30_000 })
    // The cancelled upload sent no part after the held one and never became a secret.
    const declared = ctx.probe.requests
      .filter((r) => new URL(r.url).pathname === '/api/v1/uploads')
      .map((r) => (JSON.parse(r.body) as { id: string }).id)
    expect(declared).toHaveLength(2)
    const partsOf = (id: string) => apiCalls(ctx.probe).filter((c) => c.includes(`/${id}/parts`))
    expect(partsOf(declared[0]!)).toHaveLength(1)
    const status = async (id: string) =>
      (await fetch(`${app.server.url}/api/v1/secrets/${id}`)).status
    expect([await status(declared[0]!), await status(declared[1]!)]).toEqual([404, 200])
    expect(ctx.probe.cspViolations).toEqual([])
    await ctx.close()
  })

  it('Cancel before the download starts keeps the secret', async () => {
    const created = await createSecret({
      server: app.server.url,
      text: '',
      files: [{ name: 'kept.txt', type: 'text/plain', size: 5, data: Buffer.from('kept\n') }],
      ttl: 3600,
    })
    const ctx = await app.context()
    const page = await ctx.page()
    await openLink(page, created.link)
    let arrived = (): void => undefined
    const claimArrived = new Promise<void>((resolve) => (arrived = resolve))
    let held = false
    // The first claim is held at the network layer for good: the page's own Cancel is what ends
    // it. It is never released, not even by unroute (which would send a still-paused request on
    // to the server, spending the view, whenever the page's cancellation had not reached the
    // network layer yet: the failure seen under load). Later claims go through.
    await page.route('**/claim', (route) => {
      if (held) return route.continue()
      held = true
      arrived()
      return undefined
    })
    await page.locator(SEL.submit).click()
    await claimArrived
    await page.locator(SEL.transfer).getByRole('button', { name: 'Cancel' }).click()
    await page.locator(SEL.heading, { hasText: 'Opening was cancelled' }).waitFor()
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.locator(SEL.heading, { hasText: HEADINGS.waiting }).waitFor()
    await pressReveal(page)
    expect((await saveFile(page, 'kept.txt')).bytes.toString()).toBe('kept\n')
    await ctx.close()
  })

  it('a tampered stored chunk: a clear error, and no Save button', async () => {
    const created = await createSecret({
      server: app.server.url,
      text: 'attached',
      files: [
        {
          name: 'data.bin',
          type: 'application/octet-stream',
          size: 3 * MiB,
          data: randomBytes(3 * MiB),
        },
      ],
      ttl: 3600,
    })
    editStoredChunk(app.server.dataDir, created.id, 1, (data) => flipBit(data))
    const ctx = await app.context()
    const page = await ctx.page()
    await openLink(page, created.link)
    await pressReveal(page)
    expect(await heading(page)).toBe('This secret could not be decrypted')
    expect(await page.locator(SEL.problem).textContent()).toContain('no file was offered')
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0)
    expect(await page.locator(SEL.secret).count()).toBe(0)
    await ctx.close()
  })
})

async function shareLink(page: Page): Promise<string> {
  await page.locator(SEL.shareLink).waitFor({ timeout: 60_000 })
  return page.locator(SEL.shareLink).inputValue()
}

async function focusedType(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('type') ?? null)
}
