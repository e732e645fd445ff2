/**
 * Hidden prompts on a real terminal: util-linux `script` gives the CLI a
 * pseudo-terminal, the test types only after the prompt appears, and then
 * checks what the terminal showed. Typed secrets must never be echoed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { CLI_MAIN } from './run-cli.js'

const scriptAvailable = spawnSync('script', ['--version']).status === 0
if (!scriptAvailable)
  console.warn('util-linux `script` not found: terminal prompt tests are skipped')

let server: RunningServer

beforeAll(async () => {
  if (scriptAvailable) server = await startServer({ env: PERMISSIVE_LIMITS })
})

afterAll(async () => {
  await server?.stop()
})

interface Session {
  /** Everything the terminal showed, prompts and echo included. */
  readonly screen: string
  readonly code: number | null
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`
}

/**
 * Runs the CLI on a pseudo-terminal and answers each prompt in turn: `answers`
 * maps the text that must appear on screen to what is then typed.
 */
function onTerminal(args: string[], answers: [string, string][]): Promise<Session> {
  const command = [process.execPath, CLI_MAIN, ...args].map(quote).join(' ')
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    env: { PATH: process.env.PATH ?? '', TERM: 'dumb' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let screen = ''
  let next = 0
  let seen = 0
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8')
    const answer = answers[next]
    if (answer === undefined) return
    const at = screen.indexOf(answer[0], seen)
    if (at < 0) return
    seen = at + answer[0].length
    next++
    child.stdin.write(answer[1])
  })
  // A prompt that never comes must fail the test, not hang it.
  const stuck = setTimeout(() => child.kill('SIGKILL'), 30_000)
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(stuck)
      child.stdin.destroy()
      resolve({ screen, code })
    })
  })
}

function linkOn(screen: string): string {
  const m = /http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}(\.p)?/.exec(screen)
  if (!m) throw new Error(`no link on screen: ${screen}`)
  return m[0]
}

describe.skipIf(!scriptAvailable)('prompts on a terminal', () => {
  it('asks for the secret and a passphrase twice without echo; read asks once', async () => {
    const sent = await onTerminal(
      ['send', '--server', server.url, '--passphrase-prompt'],
      [
        ['Secret (hidden', 'typed secret 🔑\r'],
        ['Passphrase: ', 'tty passphrase\r'],
        ['Passphrase again: ', 'tty passphrase\r'],
      ],
    )
    expect(sent.code).toBe(0)
    expect(sent.screen).not.toContain('typed secret')
    expect(sent.screen).not.toContain('tty passphrase')
    const link = linkOn(sent.screen)
    expect(link.endsWith('.p')).toBe(true)

    const wrong = await onTerminal(['read', link], [['Passphrase: ', 'not it\r']])
    expect(wrong.code).toBe(4)
    expect(wrong.screen).toMatch(/4 attempts left/)
    expect(wrong.screen).not.toContain('not it')

    const read = await onTerminal(['read', link], [['Passphrase: ', 'tty passphrase\r']])
    expect(read.code).toBe(0)
    expect(read.screen).not.toContain('tty passphrase')
    expect(read.screen).toContain('typed secret 🔑')
  })

  it('backspace edits the hidden input; differing passphrases are refused (exit 2)', async () => {
    const sent = await onTerminal(
      ['send', '--server', server.url, '--passphrase-prompt', 'arg text'],
      [
        ['Passphrase: ', 'abX\u007fc\r'],
        ['Passphrase again: ', 'abc\r'],
      ],
    )
    expect(sent.code).toBe(0)
    const read = await onTerminal(['read', linkOn(sent.screen)], [['Passphrase: ', 'abc\r']])
    expect(read.code).toBe(0)
    expect(read.screen).toContain('arg text')

    const differ = await onTerminal(
      ['send', '--server', server.url, '--passphrase-prompt', 'x'],
      [
        ['Passphrase: ', 'one\r'],
        ['Passphrase again: ', 'two\r'],
      ],
    )
    expect(differ.code).toBe(2)
    expect(differ.screen).toContain('differ')
  })

  it('Ctrl-C at a prompt exits 130 and sends nothing', async () => {
    const session = await onTerminal(
      ['send', '--server', server.url],
      [['Secret (hidden', 'half typed\u0003']],
    )
    expect(session.code).toBe(130)
    expect(session.screen).not.toMatch(/\/s\//)
  })

  it('shows control characters in a secret as escapes on a terminal, not raw', async () => {
    const sent = await onTerminal(
      ['send', '--server', server.url, 'red \u001b[31mALERT\u001b[0m'],
      [],
    )
    const read = await onTerminal(['read', linkOn(sent.screen)], [])
    expect(read.code).toBe(0)
    expect(read.screen).toContain('red \\u001b[31mALERT\\u001b[0m')
    expect(read.screen).not.toContain('\u001b[31m')
    expect(read.screen).toContain('control characters are shown as')
  })
})
