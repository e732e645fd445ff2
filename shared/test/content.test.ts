import { describe, expect, it } from 'vitest'
import { encodeUtf8, ProtocolError } from '@hushlink/shared'
import { BodyRouter, bodyPieces, memorySink, type FileSource } from '../src/client/content.js'

async function collect(it: AsyncIterable<Uint8Array>): Promise<number[]> {
  const out: number[] = []
  for await (const piece of it) out.push(...piece)
  return out
}

describe('body pieces', () => {
  it('yields the text, then each file in order, from bytes or streams', async () => {
    const files: FileSource[] = [
      { name: 'a', type: '', size: 2, data: Uint8Array.of(1, 2) },
      {
        name: 'b',
        type: '',
        size: 3,
        data: async function* () {
          yield Uint8Array.of(3)
          yield Uint8Array.of(4, 5)
        },
      },
    ]
    expect(await collect(bodyPieces(Uint8Array.of(9), files))).toEqual([9, 1, 2, 3, 4, 5])
  })

  it('hands bytes held in memory on in pieces of at most 1 MiB', async () => {
    const size = 2.5 * 1024 * 1024
    const file: FileSource = { name: 'a', type: '', size, data: new Uint8Array(size) }
    const lengths: number[] = []
    for await (const piece of bodyPieces(Uint8Array.of(1), [file])) lengths.push(piece.length)
    expect(lengths).toEqual([1, 1024 * 1024, 1024 * 1024, 512 * 1024])
  })

  it('refuses a file that changed size while being read', async () => {
    const grown: FileSource = {
      name: 'x',
      type: '',
      size: 1,
      data: async function* () {
        yield Uint8Array.of(1, 2)
      },
    }
    await expect(collect(bodyPieces(new Uint8Array(0), [grown]))).rejects.toThrow(ProtocolError)
  })
})

describe('body router', () => {
  it('splits body bytes into the text and the files, closing sinks only at finish', async () => {
    const meta = {
      text: 5,
      files: [
        { name: 'a', type: '', size: 3 },
        { name: 'empty', type: '', size: 0 },
        { name: 'b', type: '', size: 2 },
      ],
    }
    const closed: [string, number[]][] = []
    const router = new BodyRouter(meta, (info) =>
      memorySink((bytes) => closed.push([info.name, [...bytes]])),
    )
    const body = [...encodeUtf8('hello'), 1, 2, 3, 4, 5]
    for (let i = 0; i < body.length; i += 2)
      await router.write(Uint8Array.from(body.slice(i, i + 2)))
    expect(closed).toEqual([])
    expect(await router.finish()).toBe('hello')
    expect(closed).toEqual([
      ['a', [1, 2, 3]],
      ['empty', []],
      ['b', [4, 5]],
    ])
  })
})
