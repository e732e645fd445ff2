import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/server.js'

/** The built CLI (`pnpm build`), run exactly as a user's shell would. */
export const CLI_MAIN = join(REPO_ROOT, 'cli', 'dist', 'main.js')

export interface CliResult {
  readonly code: number | null
  /** Raw bytes: tests compare secrets byte for byte. */
  readonly stdout: Buffer
  readonly stderr: string
}

export interface RunOptions {
  /** Bytes on stdin; without it stdin is /dev/null (not a terminal). */
  readonly input?: string | Uint8Array
  readonly env?: Readonly<Record<string, string>>
  readonly cwd?: string
}

/**
 * Runs `node cli/dist/main.js …` in a new session, without a controlling
 * terminal, so a prompt can never wait for a person and fails as in CI.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [CLI_MAIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    detached: true,
  })
  const stdout: Buffer[] = []
  const stderr: Buffer[] = []
  child.stdout?.on('data', (c: Buffer) => stdout.push(c))
  child.stderr?.on('data', (c: Buffer) => stderr.push(c))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    if (options.input !== undefined) {
      // A CLI that never reads its stdin (files named on the command line) may
      // exit before the write lands: the pipe closes, which is no error.
      child.stdin?.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') reject(error)
      })
      child.stdin?.end(options.input)
    }
    child.once('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    )
  })
}

/** An HTTP listener that records every request and answers none usefully: proof of silence. */
export interface RequestRecorder {
  readonly url: string
  readonly requests: string[]
  close(): Promise<void>
}

export async function recordRequests(): Promise<RequestRecorder> {
  const requests: string[] = []
  const server: Server = createServer((req: IncomingMessage, res) => {
    requests.push(`${req.method ?? '?'} ${req.url ?? ''}`)
    res.writeHead(500, { 'content-type': 'application/json' })
    res.end('{"error":{"code":"internal","message":"recorder"}}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The receipt link `send` prints on stderr. */
export function receiptOf(stderr: string): string {
  const m = /https?:\/\/\S+\/r\/\S+/.exec(stderr)
  if (!m) throw new Error(`no receipt link in: ${stderr}`)
  return m[0]
}

/**
 * Whether the server serves streamed uploads and downloads (files, issue 4),
 * read from its OpenAPI document: file tests run as soon as it does.
 */
export async function serverStreamsFiles(url: string): Promise<boolean> {
  const res = await fetch(`${url}/openapi.json`)
  const doc = (await res.json()) as { paths?: Record<string, unknown> }
  return Object.keys(doc.paths ?? {}).includes('/api/v1/uploads')
}

export const NO_STREAMING =
  'the server does not serve streamed uploads yet (POST /api/v1/uploads, issue 4)'
