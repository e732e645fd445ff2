/**
 * End-to-end file throughput (issue 4, acceptance 4): a file of random bytes
 * goes encrypt → upload → claim → download → decrypt through the SDK in this
 * Node process, against a running server whose memory is watched meanwhile.
 */
import { createHash, randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { createSecret, revealSecret, type FileSink } from '@hushlink/shared'
import { memoryOf } from '../support/proc.js'

export interface FileRoundTrip {
  readonly bytes: number
  /** Encrypt and upload (createSecret), seconds. */
  readonly createSeconds: number
  /** Claim, download and decrypt (revealSecret), seconds. */
  readonly revealSeconds: number
  /** File bytes over the whole round trip, in MB (10^6 bytes) per second. */
  readonly mbPerSecond: number
  /** Server RSS before anything was sent, MiB. */
  readonly coldRssMb: number
  /** Server RSS after the warm-up round trip, just before the measured one, MiB. */
  readonly baselineRssMb: number
  /** Highest server RSS during the measured round trip, MiB. */
  readonly peakRssMb: number
  /** Peak over the warmed-up baseline: what the file itself costs. */
  readonly rssGrowthMb: number
  /** Peak over the cold start: adds SQLite's page caches (16 MiB per connection) filling up. */
  readonly coldGrowthMb: number
  /** The received file hashes like the sent one. */
  readonly intact: boolean
}

export interface FileRoundTripOptions {
  /** A running server and its process id (tests/support/server.ts RunningServer fits). */
  readonly server: { readonly url: string; readonly process: { readonly pid?: number } }
  readonly bytes: number
  /** Size of the pieces the file is read in. */
  readonly readBytes?: number
  /**
   * A round trip before the measured one, so that start-up allocations and
   * SQLite's page caches (bounded, filled by any traffic) are not counted as
   * the file's cost. Default 32 MiB.
   */
  readonly warmUpBytes?: number
}

/** Sends and receives one file of `bytes` random bytes; nothing of it is ever held whole. */
export async function measureFileRoundTrip(options: FileRoundTripOptions): Promise<FileRoundTrip> {
  const pid = options.server.process.pid
  if (pid === undefined) throw new Error('the server process has no pid')
  const piece = options.readBytes ?? 1024 * 1024
  const cold = memoryOf(pid).rssMb
  await roundTrip(options.server.url, options.warmUpBytes ?? 32 * 1024 * 1024, piece)
  const baseline = memoryOf(pid).rssMb
  const watch = watchPeak(pid)
  try {
    const result = await roundTrip(options.server.url, options.bytes, piece)
    const peak = watch.stop()
    const seconds = result.createSeconds + result.revealSeconds
    return {
      bytes: options.bytes,
      createSeconds: round(result.createSeconds),
      revealSeconds: round(result.revealSeconds),
      mbPerSecond: round(options.bytes / 1e6 / seconds),
      coldRssMb: cold,
      baselineRssMb: baseline,
      peakRssMb: peak,
      rssGrowthMb: round(Math.max(0, peak - baseline)),
      coldGrowthMb: round(Math.max(0, peak - cold)),
      intact: result.intact,
    }
  } finally {
    watch.stop()
  }
}

async function roundTrip(server: string, bytes: number, piece: number) {
  const sent = createHash('sha256')
  async function* random(): AsyncGenerator<Uint8Array> {
    for (let left = bytes; left > 0; left -= piece) {
      const chunk = randomBytes(Math.min(piece, left))
      sent.update(chunk)
      yield chunk
    }
  }
  const started = performance.now()
  const created = await createSecret({
    server,
    text: '',
    files: [{ name: 'random.bin', type: 'application/octet-stream', size: bytes, data: random }],
    ttl: 3600,
  })
  const uploaded = performance.now()
  const received = createHash('sha256')
  let closed = false
  const sink: FileSink = {
    write: (chunk) => void received.update(chunk),
    close: () => void (closed = true),
    abort: () => undefined,
  }
  await revealSecret({ link: created.link, onFile: () => sink })
  const done = performance.now()
  return {
    createSeconds: (uploaded - started) / 1000,
    revealSeconds: (done - uploaded) / 1000,
    intact: closed && sent.digest('hex') === received.digest('hex'),
  }
}

/**
 * The kernel's own peak (VmHWM), reset first so it covers only this window;
 * sampling as well, where resetting is not allowed.
 */
function watchPeak(pid: number): { stop(): number } {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // Not permitted here: the samples below still bound the peak from below.
  }
  let sampled = memoryOf(pid).rssMb
  const timer = setInterval(() => {
    sampled = Math.max(sampled, memoryOf(pid).rssMb)
  }, 20)
  let result: number | null = null
  return {
    stop() {
      clearInterval(timer)
      result ??= Math.max(sampled, memoryOf(pid).peakMb)
      return result
    },
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
