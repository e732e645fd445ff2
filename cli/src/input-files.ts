import type { Stats } from 'node:fs'
import { createReadStream } from 'node:fs'
import { access, constants, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { FileSource } from '@hushlink/shared'
import { usageError } from './exit.js'
import { reason } from './fs-reason.js'
import { mediaTypeOf } from './media-type.js'

/**
 * Files to send, streamed from disk as they are encrypted, so their size is
 * bounded by the server, not by memory. Only the base name travels (inside the
 * encrypted metadata); the SDK refuses a file whose size changes meanwhile.
 */
export async function fileSources(paths: readonly string[]): Promise<FileSource[]> {
  return Promise.all(
    paths.map(async (path) => {
      const name = basename(path)
      let stats: Stats
      try {
        stats = await stat(path)
        await access(path, constants.R_OK)
      } catch (error) {
        throw usageError(`--file ${name}: ${reason(error)}`)
      }
      if (!stats.isFile()) throw usageError(`--file ${name}: not a regular file`)
      return {
        name,
        type: mediaTypeOf(name),
        size: stats.size,
        data: () => createReadStream(path) as AsyncIterable<Buffer>,
      }
    }),
  )
}
