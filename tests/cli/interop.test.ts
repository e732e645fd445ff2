/**
 * Links interoperate both ways: what the CLI sends opens in the web page in
 * real Chromium, and what the web page creates opens with the CLI, with and
 * without a passphrase, messages and files alike. Receipt links work across
 * both too.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable } from '../support/browser.js'
import {
  createInUi,
  fragmentOf,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  revealedText,
  saveFile,
  SEL,
  useWebApp,
} from '../e2e/web-flows.js'
import { receiptOf, runCli } from './run-cli.js'

const PASSPHRASE = 'tidal-otter-visor-plank 🌊'
const scratch = mkdtempSync(join(tmpdir(), 'hushlink-cli-interop-'))
const passphraseFile = join(scratch, 'pass.txt')
writeFileSync(passphraseFile, `${PASSPHRASE}\n`)

describe.skipIf(!chromiumAvailable)('CLI ⇄ web client links', () => {
  const app = useWebApp()

  async function cliSend(text: string, args: string[] = []) {
    const result = await runCli(['send', '--server', app.server.url, ...args], { input: text })
    expect(result.code, result.stderr).toBe(0)
    return { link: result.stdout.toString().trim(), receipt: receiptOf(result.stderr) }
  }

  it('a CLI link opens in the web page, exactly, and nothing leaks', async () => {
    const text = 'from the terminal: ünïcödé 🔐\nsecond line\ttabbed'
    const { link } = await cliSend(text)
    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, link)).toBe(HEADINGS.waiting)
    await pressReveal(page)
    expect(await revealedText(page)).toBe(text)
    expect(leaks(recipient.probe, app.server.url, [text, fragmentOf(link)])).toEqual([])
    expect(recipient.probe.cspViolations).toEqual([])
    await recipient.close()
  })

  it('a CLI link with a passphrase opens in the web page with it', async () => {
    const text = 'db password: hunter2-but-longer'
    const { link } = await cliSend(text, ['--passphrase-file', passphraseFile])
    const recipient = await app.context()
    const page = await recipient.page()
    expect(await openLink(page, link)).toBe(HEADINGS.waiting)
    await pressReveal(page, 'wrong one')
    expect(await page.locator(SEL.error).textContent()).toMatch(/4 attempts left/)
    await pressReveal(page, PASSPHRASE)
    expect(await revealedText(page)).toBe(text)
    const key = fragmentOf(link).replace(/\.p$/, '')
    expect(leaks(recipient.probe, app.server.url, [text, key, PASSPHRASE])).toEqual([])
    await recipient.close()
  })

  it('a web link opens with the CLI, exactly', async () => {
    const creator = await app.context()
    const text = 'from the browser: 密码 🗝️ "quoted" \\ backslash'
    const { link, receiptLink } = await createInUi(await creator.page(), app.server.url, { text })
    await creator.close()
    const read = await runCli(['read', link])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout.toString('utf8')).toBe(text)

    const status = await runCli(['status', '--json', receiptLink])
    expect(JSON.parse(status.stdout.toString())).toMatchObject({ state: 'viewed', views: 1 })
  })

  it('a web link with a passphrase opens with the CLI and --passphrase-file', async () => {
    const creator = await app.context()
    const text = 'ssh passphrase for the bastion'
    const { link } = await createInUi(await creator.page(), app.server.url, {
      text,
      passphrase: PASSPHRASE,
    })
    await creator.close()
    expect(link.endsWith('.p')).toBe(true)
    const wrong = join(scratch, 'wrong.txt')
    writeFileSync(wrong, 'nope')
    const failed = await runCli(['read', link, '--passphrase-file', wrong])
    expect(failed.code).toBe(4)
    expect(failed.stderr).toMatch(/4 attempts left/)
    const read = await runCli(['read', link, '--passphrase-file', passphraseFile])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout.toString('utf8')).toBe(text)
  })

  it('files from the web page, behind a passphrase, read with the CLI into a directory, exactly', async () => {
    const key = randomBytes(200_000)
    const notes = Buffer.from('rotate on Friday ✓\n')
    const creator = await app.context()
    const { link } = await createInUi(await creator.page(), app.server.url, {
      text: 'two files from the browser',
      passphrase: PASSPHRASE,
      files: [
        { name: 'deploy key.bin', mimeType: 'application/octet-stream', buffer: key },
        { name: 'notes ✓.txt', mimeType: 'text/plain', buffer: notes },
      ],
    })
    await creator.close()
    const out = join(scratch, 'from-web')
    const read = await runCli(['read', link, '-o', out, '--passphrase-file', passphraseFile])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout.toString('utf8')).toBe('two files from the browser')
    expect(readdirSync(out).sort()).toEqual(['deploy key.bin', 'notes ✓.txt'])
    expect(readFileSync(join(out, 'deploy key.bin')).equals(key)).toBe(true)
    expect(readFileSync(join(out, 'notes ✓.txt')).equals(notes)).toBe(true)
  })

  it('files sent with the CLI save from the web page, exactly', async () => {
    const bytes = randomBytes(300_000)
    const path = join(scratch, 'backup.tar.gz')
    writeFileSync(path, bytes)
    const { link } = await cliSend('', ['--file', path, 'the backup, attached'])
    const recipient = await app.context()
    const page = await recipient.page()
    await openLink(page, link)
    await pressReveal(page)
    expect(await revealedText(page)).toBe('the backup, attached')
    const saved = await saveFile(page, 'backup.tar.gz')
    expect(saved.filename).toBe('backup.tar.gz')
    expect(saved.bytes.equals(bytes)).toBe(true)
    expect(recipient.probe.cspViolations).toEqual([])
    await recipient.close()
  })

  it('a file sent with the CLI and a passphrase, without a message, saves from the web page', async () => {
    const bytes = randomBytes(50_000)
    const path = join(scratch, 'id_ed25519')
    writeFileSync(path, bytes)
    const { link } = await cliSend('', ['--file', path, '--passphrase-file', passphraseFile])
    const recipient = await app.context()
    const page = await recipient.page()
    await openLink(page, link)
    await pressReveal(page, PASSPHRASE)
    // No message: no text field, only the file.
    expect(await page.locator(SEL.secret).count()).toBe(0)
    expect((await saveFile(page, 'id_ed25519')).bytes.equals(bytes)).toBe(true)
    const key = fragmentOf(link).replace(/\.p$/, '')
    expect(leaks(recipient.probe, app.server.url, [key, PASSPHRASE])).toEqual([])
    await recipient.close()
  })

  it('a CLI receipt link shows the state in the web page, and burns from the CLI', async () => {
    const { link, receipt } = await cliSend('tracked across clients')
    const creator = await app.context()
    const page = await creator.page()
    await openLink(page, receipt)
    expect(await page.locator(SEL.receiptState).getAttribute('data-state')).toBe('active')
    expect((await runCli(['burn', receipt])).code).toBe(0)
    await openLink(page, receipt)
    expect(await page.locator(SEL.receiptState).getAttribute('data-state')).toBe('burned')
    expect(await openLink(await creator.page(), link)).toBe(HEADINGS.gone)
    await creator.close()
  })
})
