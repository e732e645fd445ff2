import { Readable } from 'node:stream'
import { buffersReleased } from '../buffer-gc.js'

/**
 * A chunked envelope as a byte stream that reads one chunk row at a time, and
 * the next only when the socket has taken the previous one: a download holds
 * about one row in memory whatever the envelope's size. A row missing before
 * `size` bytes were sent (burned or swept mid-download) ends the stream with
 * an error, so the client sees a truncated envelope, never a short valid one.
 */
export function chunkedEnvelope(
  readChunk: (seq: number) => Promise<Uint8Array | undefined>,
  size: number,
): Readable {
  let seq = 0
  let sent = 0
  return new Readable({
    // Bytes: any row is bigger, so read() runs again only once the row was consumed.
    highWaterMark: 1,
    read() {
      if (sent >= size) {
        this.push(null)
        return
      }
      readChunk(seq++).then(
        (data) => {
          if (!data || sent + data.length > size) {
            this.destroy(new Error('the stored envelope does not match its size'))
            return
          }
          sent += data.length
          this.push(data)
          // The row before this one has been written to the socket by now.
          buffersReleased(data.length)
        },
        (error: unknown) => this.destroy(error instanceof Error ? error : new Error(String(error))),
      )
    },
  })
}
