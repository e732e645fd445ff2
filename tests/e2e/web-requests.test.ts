/**
 * Issue 15 in real Chromium: a request made in the web page is answered with
 * text and a file from another context and opened byte-exactly from the
 * inbox, once; a one-time request refuses a second answer; passkey mode with
 * Chromium's virtual authenticator (CDP), where another authenticator cannot
 * open the inbox and consumes nothing; the CLI and the web page answer each
 * other's requests; and nothing secret is on the wire or in the server log.
 */
import { randomBytes } from 'node:crypto'
import { answerRequest, listInbox, parseInboxLink, parseRequestLink } from '@hushlink/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/run-cli.js'
import { chromiumAvailable } from '../support/browser.js'
import {
  heading,
  HEADINGS,
  leaks,
  openLink,
  pressReveal,
  revealedText,
  saveFile,
  SEL,
  useWebApp,
  type ProbedContext,
} from './web-flows.js'

const REQUEST = {
  made: 'Your request is ready',
  answer: 'Someone asks you for a secret',
  sent: 'Sent',
  inbox: 'Your inbox',
  closed: 'This request was already answered',
  wrongPasskey: 'This passkey does not open this inbox',
} as const

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url')

/** Everything a request's links hold that must never reach the server. */
function linkSecrets(requestLink: string, inboxLink: string): string[] {
  const q = parseRequestLink(requestLink)
  const i = parseInboxLink(inboxLink)
  return [
    b64(q.publicKey),
    b64(q.requestKey),
    b64(i.inboxKey),
    ...(i.privateKey ? [b64(i.privateKey)] : []),
  ]
}

async function requestInUi(
  page: Page,
  base: string,
  note: string,
  options: { passkey?: boolean } = {},
): Promise<{ requestLink: string; inboxLink: string }> {
  await page.goto(`${base}/request`)
  await page.locator('textarea[name=note]').fill(note)
  if (options.passkey) await page.locator('input[name=passkey]').check()
  await page.locator(SEL.submit).click()
  await page.locator('input[name=inbox-link]').waitFor({ timeout: 30_000 })
  expect(await heading(page)).toBe(REQUEST.made)
  return {
    requestLink: await page.locator('input[name=request-link]').inputValue(),
    inboxLink: await page.locator('input[name=inbox-link]').inputValue(),
  }
}

async function answerInUi(
  page: Page,
  requestLink: string,
  text: string,
  files?: Parameters<Page['setInputFiles']>[1],
): Promise<string> {
  expect(await openLink(page, requestLink)).toBe(REQUEST.answer)
  const note = (await page.locator('main .request-note').textContent()) ?? ''
  await page.locator(SEL.secret).fill(text)
  if (files) await page.locator(SEL.fileInput).setInputFiles(files)
  await page.locator(SEL.submit).click()
  await page.locator(`main h1:text-is("${REQUEST.sent}")`).waitFor({ timeout: 30_000 })
  return note
}

/** Opens the inbox link and the first answer's waiting page, and reveals it. */
async function openFirstAnswer(page: Page, inboxLink: string, passkey = false): Promise<void> {
  await page.goto(inboxLink)
  if (passkey) await page.getByRole('button', { name: 'Use my passkey' }).click()
  await page.locator('main li.answer button').first().waitFor({ timeout: 30_000 })
  expect(await heading(page)).toBe(REQUEST.inbox)
  await page.locator('main li.answer button').first().click()
  await page.locator(`main h1:text-is("${HEADINGS.waiting}")`).waitFor()
  await pressReveal(page)
}

/** A virtual platform authenticator with PRF, user verification and resident keys (CDP). */
async function addAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf: true,
      automaticPresenceSimulation: true,
    },
  })
}

describe.skipIf(!chromiumAvailable)('web client: requests for secrets', () => {
  const app = useWebApp()
  /** Every context and the origin its pages use. */
  const contexts: { readonly probed: ProbedContext; readonly origin: () => string }[] = []
  const secrets: string[] = []
  async function context(origin = () => app.server.url): Promise<ProbedContext> {
    const probed = await app.context({ acceptDownloads: true })
    contexts.push({ probed, origin })
    return probed
  }
  const localhost = (): string => `http://localhost:${app.server.port}`

  it('inbox-link mode: text and a file answered from another context, opened byte-exactly once; a second answer is refused', async () => {
    const base = app.server.url
    const note = 'please send the staging DB password and its TLS key'
    const answerText = 'pg-password-Zq81-vb7K-staging'
    const file = randomBytes(50_000)
    const requester = await (await context()).page()
    const { requestLink, inboxLink } = await requestInUi(requester, base, note)
    expect(new URL(requestLink).pathname).toMatch(/^\/q\//)
    expect(new URL(inboxLink).pathname).toMatch(/^\/i\//)
    secrets.push(note, answerText, ...linkSecrets(requestLink, inboxLink))

    const sender = await (await context()).page()
    const shownNote = await answerInUi(sender, requestLink, answerText, {
      name: 'tls.key',
      mimeType: 'application/octet-stream',
      buffer: file,
    })
    expect(shownNote).toBe(note)
    // The address bar no longer holds the key.
    expect(sender.url()).toBe(`${base}${new URL(requestLink).pathname}`)

    const listed = await listInbox({ server: base, inboxLink })
    expect(listed.items).toHaveLength(1)
    const answerLink = listed.items[0]?.link ?? ''
    secrets.push(new URL(answerLink).hash.slice(1))

    await openFirstAnswer(requester, inboxLink)
    expect(await revealedText(requester)).toBe(answerText)
    const saved = await saveFile(requester, 'tls.key')
    expect(saved.bytes.equals(file)).toBe(true)
    // Gone for a second open: the inbox has nothing left, and the link is used up.
    await requester.goto(inboxLink)
    await requester.locator('main:not([aria-busy]) h1').waitFor()
    expect(await requester.locator('main li.answer').count()).toBe(0)
    expect(await openLink(requester, answerLink)).toBe(HEADINGS.gone)

    const late = await (await context()).page()
    expect(await openLink(late, requestLink)).toBe(REQUEST.closed)
  })

  it('passkey mode: opens with the passkey; another authenticator cannot open it and consumes nothing', async () => {
    // WebAuthn takes a domain as the relying party, never an IP address: localhost, not 127.0.0.1.
    const base = localhost()
    const owner = await context(localhost)
    const page = await owner.page()
    await page.goto(`${base}/request`)
    await addAuthenticator(page)
    // The option is offered only where the browser reports PRF support.
    await page.reload()
    await page.locator('input[name=passkey]:not([disabled])').waitFor()
    const { requestLink, inboxLink } = await requestInUi(page, base, 'deploy token, passkey only', {
      passkey: true,
    })
    expect(parseInboxLink(inboxLink).privateKey).toBeNull()
    secrets.push('deploy token, passkey only', ...linkSecrets(requestLink, inboxLink))
    const text = 'prod-deploy-token-7Hk2Lp9Q'
    secrets.push(text)
    await answerRequest({ server: base, requestLink, text, ttl: 3600 })

    const stranger = await context(localhost)
    const strangerPage = await stranger.page()
    await strangerPage.goto(`${base}/`)
    await addAuthenticator(strangerPage)
    await strangerPage.goto(inboxLink)
    await strangerPage.getByRole('button', { name: 'Use my passkey' }).click()
    await strangerPage.locator(`main h1:text-is("${REQUEST.wrongPasskey}")`).waitFor({
      timeout: 30_000,
    })

    await openFirstAnswer(page, inboxLink, true)
    expect(await revealedText(page)).toBe(text)
  })

  it('CLI and web answer each other, and hushlink inbox reads it', async () => {
    const base = app.server.url
    const page = await (await context()).page()
    const web = await requestInUi(page, base, 'a web request for the CLI')
    secrets.push(...linkSecrets(web.requestLink, web.inboxLink), 'a web request for the CLI')
    const cliText = 'answered-from-the-terminal-42'
    secrets.push(cliText)
    const sent = await runCli(['send', '--to', web.requestLink], { input: cliText })
    expect(sent.code, sent.stderr).toBe(0)
    await openFirstAnswer(page, web.inboxLink)
    expect(await revealedText(page)).toBe(cliText)

    const made = await runCli(['request', '--server', base, '--json', '--note', 'cli asks web'])
    expect(made.code, made.stderr).toBe(0)
    const cli = JSON.parse(made.stdout.toString()) as { request_link: string; inbox_link: string }
    secrets.push(...linkSecrets(cli.request_link, cli.inbox_link), 'cli asks web')
    const webText = 'answered-in-the-browser-99'
    secrets.push(webText)
    const sender = await (await context()).page()
    expect(await answerInUi(sender, cli.request_link, webText)).toBe('cli asks web')
    const read = await runCli(['inbox', cli.inbox_link, '--open', '1'])
    expect(read.code, read.stderr).toBe(0)
    expect(read.stdout.toString()).toBe(webText)
  })

  it('warns on a request or inbox link whose # a mail gateway rewrote as %23: its key was in the request line', async () => {
    const requester = await (await context()).page()
    const { requestLink, inboxLink } = await requestInUi(requester, app.server.url, 'mangled')
    const rewritten = (link: string): string => link.replace('#', '%23')
    const sender = await (await context()).page()
    expect(await openLink(sender, requestLink)).toBe(REQUEST.answer)
    expect(await sender.locator(SEL.exposed).count(), 'an intact link warns of nothing').toBe(0)
    expect(await openLink(sender, rewritten(requestLink))).toBe(REQUEST.answer)
    expect(await sender.locator(SEL.exposed).textContent()).toMatch(
      /request link was sent with its key visible.*tell the requester/s,
    )
    expect(await openLink(requester, rewritten(inboxLink))).toBe(REQUEST.inbox)
    expect(await requester.locator(SEL.exposed).textContent()).toMatch(
      /inbox link was sent with its private key visible.*ask again with a new request/s,
    )
  })

  it('no private key, link key, note or answer on the wire or in the server log; no CSP violation', () => {
    expect(secrets.length).toBeGreaterThan(10)
    for (const { probed, origin } of contexts) {
      expect(leaks(probed.probe, origin(), secrets)).toEqual([])
      expect(probed.probe.cspViolations).toEqual([])
    }
    const log = app.server.logs.join('\n')
    for (const s of secrets) expect(log.includes(s), s.slice(0, 12)).toBe(false)
  })
})
