import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/server.js'

/** One ready-to-send create request and what claims it. */
export interface PoolEntry {
  readonly id: string
  readonly accessToken: string
  /** The JSON body of POST /api/v1/secrets. */
  readonly body: string
}

/** The ~1 KiB text every benchmark secret carries. */
export const BENCH_TEXT = 'The quick brown fox jumps over the lazy dog. '.repeat(23).slice(0, 1024)

export const BENCH_DIR = join(REPO_ROOT, '.bench')
const WORKER = join(REPO_ROOT, 'tests', 'bench', 'pool-worker.ts')

/**
 * `count` distinct real secrets, made before any measurement so the load
 * generator only replays bytes. Sealing costs ~0.7 ms each here, so they are
 * made in parallel processes once and cached in .bench/ (git-ignored): every
 * benchmark database starts empty, so the same requests can be replayed.
 */
export async function loadPool(count: number): Promise<PoolEntry[]> {
  mkdirSync(BENCH_DIR, { recursive: true })
  const digest = createHash('sha256').update(BENCH_TEXT).digest('hex').slice(0, 8)
  const file = join(BENCH_DIR, `pool-${digest}.jsonl`)
  let lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
  const missing = count - lines.length
  if (missing > 0) {
    const started = Date.now()
    process.stdout.write(`making ${missing} secrets for the request pool (cached in ${file})…\n`)
    const processes = Math.max(1, availableParallelism())
    const made = await Promise.all(
      Array.from({ length: processes }, (_, i) =>
        makeLines(Math.floor(missing / processes) + (i < missing % processes ? 1 : 0)),
      ),
    )
    const fresh = made.flat()
    appendFileSync(file, fresh.join('\n') + '\n')
    // Not push(...fresh): a full run's ~122,000 lines are more arguments than the stack holds.
    lines = lines.concat(fresh)
    process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  }
  return lines.slice(0, count).map((line) => {
    const [id, accessToken, body] = JSON.parse(line) as [string, string, string]
    return { id, accessToken, body }
  })
}

async function makeLines(count: number): Promise<string[]> {
  if (count === 0) return []
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, String(count), BENCH_TEXT], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const chunks: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (code !== 0) throw new Error(`pool worker exited with ${code}`)
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean)
  if (lines.length !== count) throw new Error(`pool worker made ${lines.length} of ${count}`)
  return lines
}
