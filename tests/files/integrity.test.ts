/**
 * Issue 4, acceptance 3 and the rules files share with text: a chunk changed
 * or cut short in storage is refused by the SDK and no file is offered; a
 * passphrase guards a file like a message; a file is read once.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createSecret,
  NotFoundError,
  ProtocolError,
  revealSecret,
  WrongPassphraseError,
  type FileSink,
} from '@hushlink/shared'
import { PERMISSIVE_LIMITS, startServer, type RunningServer } from '../support/server.js'
import { editStoredChunk, flipBit } from '../support/stored-chunks.js'

let server: RunningServer

beforeAll(async () => {
  server = await startServer({ env: { ...PERMISSIVE_LIMITS, LOG_LEVEL: 'warn' } })
})

afterAll(async () => {
  await server.stop()
})

const KDF = { ops: 2, memKib: 19_456 } as const

async function sendFile(bytes: Uint8Array, passphrase?: string) {
  const created = await createSecret({
    server: server.url,
    text: 'attached',
    files: [
      { name: 'data.bin', type: 'application/octet-stream', size: bytes.length, data: bytes },
    ],
    ttl: 3600,
    ...(passphrase === undefined ? {} : { passphrase, kdf: KDF }),
  })
  return created
}

/** A sink that records what happened to it. */
function recordingSink() {
  const chunks: Uint8Array[] = []
  const state = { closed: false, aborted: false }
  const sink: FileSink = {
    write: (chunk) => void chunks.push(chunk),
    close: () => void (state.closed = true),
    abort: () => void (state.aborted = true),
  }
  return { sink, state, bytes: () => Buffer.concat(chunks) }
}

function editChunk(id: string, seq: number, edit: (data: Buffer) => Buffer): void {
  editStoredChunk(server.dataDir, id, seq, edit)
}

describe('stored chunks', () => {
  it('a flipped bit in a stored chunk: the SDK refuses the file and offers nothing', async () => {
    const created = await sendFile(randomBytes(3 * 1024 * 1024))
    editChunk(created.id, 1, (data) => flipBit(data))
    const { sink, state } = recordingSink()
    const reveal = revealSecret({ link: created.link, onFile: () => sink })
    await expect(reveal).rejects.toBeInstanceOf(ProtocolError)
    await expect(reveal).rejects.toMatchObject({ code: 'decryption_failed' })
    expect(state.closed).toBe(false)
    expect(state.aborted).toBe(true)
  })

  it('a chunk cut short in storage: the SDK refuses the file and offers nothing', async () => {
    const created = await sendFile(randomBytes(2 * 1024 * 1024))
    editChunk(created.id, 1, (data) => data.subarray(0, data.length - 100))
    const { sink, state } = recordingSink()
    // The rows after it shift into its place: the stream stops authenticating.
    await expect(revealSecret({ link: created.link, onFile: () => sink })).rejects.toBeInstanceOf(
      ProtocolError,
    )
    expect(state.closed).toBe(false)
  })
})

describe('files like messages', () => {
  it('a file behind a passphrase: a wrong one costs an attempt and reveals nothing', async () => {
    const bytes = randomBytes(500_000)
    const created = await sendFile(bytes, 'correct horse')
    const wrong = revealSecret({ link: created.link, passphrase: 'wrong horse' })
    await expect(wrong).rejects.toBeInstanceOf(WrongPassphraseError)
    await expect(wrong).rejects.toMatchObject({ remaining: 4 })
    const { sink, state, bytes: received } = recordingSink()
    const revealed = await revealSecret({
      link: created.link,
      passphrase: 'correct horse',
      onFile: () => sink,
    })
    expect(revealed.text).toBe('attached')
    expect(revealed.fileInfos).toEqual([
      { name: 'data.bin', type: 'application/octet-stream', size: bytes.length },
    ])
    expect(state.closed).toBe(true)
    expect(received().equals(bytes)).toBe(true)
  })

  it('a file held in memory, larger than an upload part, goes up in parts and round-trips', async () => {
    const bytes = randomBytes(9 * 1024 * 1024)
    const created = await sendFile(bytes)
    const revealed = await revealSecret({ link: created.link })
    expect(Buffer.from(revealed.files[0]?.bytes ?? []).equals(bytes)).toBe(true)
  })

  it('is read once', async () => {
    const bytes = randomBytes(100_000)
    const created = await sendFile(bytes)
    const first = await revealSecret({ link: created.link })
    expect(Buffer.from(first.files[0]?.bytes ?? []).equals(bytes)).toBe(true)
    expect(first.viewsLeft).toBe(0)
    await expect(revealSecret({ link: created.link })).rejects.toBeInstanceOf(NotFoundError)
  })
})
