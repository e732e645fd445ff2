import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { safeFileName, type FileInfo, type FileSink } from '@hushlink/shared'
import { CliError, EXIT, usageError } from './exit.js'
import { reason } from './fs-reason.js'

/** Creates the output directory (private to this user) before anything is consumed. */
export async function prepareOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' })
  } catch (error) {
    throw usageError(`-o: ${reason(error)}`)
  }
}

export interface SavedFile {
  readonly path: string
  readonly size: number
}

/**
 * Where revealed files go. Bytes stream into a hidden `.part` file readable by
 * this user only; the SDK closes a sink only after the envelope's final tag
 * verified, and only then does the file get its name. A failed or tampered
 * download leaves nothing behind.
 *
 * Names are sanitised, and an existing file is never replaced unless `force`
 * is set: the secret is already consumed, so a clash gets a numbered name.
 */
export class FileSaver {
  readonly saved: SavedFile[] = []
  readonly #dir: string
  readonly #force: boolean
  readonly #taken = new Set<string>()

  constructor(dir: string, force: boolean) {
    this.#dir = dir
    this.#force = force
  }

  readonly open = async (info: FileInfo): Promise<FileSink> => {
    const temp = join(this.#dir, `.hushlink-${randomBytes(8).toString('hex')}.part`)
    const handle = await guard(open(temp, 'wx', 0o600))
    let size = 0
    return {
      write: async (bytes) => {
        await guard(handle.write(bytes))
        size += bytes.length
      },
      close: async () => {
        await guard(handle.close())
        this.saved.push({ path: await this.#place(temp, info.name), size })
      },
      abort: async () => {
        await closeQuietly(handle)
        await rm(temp, { force: true })
      },
    }
  }

  /** Moves a verified file to its final name, the first free one unless forced. */
  async #place(temp: string, senderName: string): Promise<string> {
    const wanted = safeFileName(senderName)
    for (let n = 0; ; n++) {
      const name = n === 0 ? wanted : numberedName(wanted, n)
      if (this.#taken.has(name)) continue
      const path = join(this.#dir, name)
      if (n === 0 && this.#force) {
        // Replacing fails on a directory, say: then keep the bytes under a numbered name.
        if (
          !(await rename(temp, path).then(
            () => true,
            () => false,
          ))
        )
          continue
      } else {
        if (!(await claimName(path))) continue
        await guard(rename(temp, path))
      }
      this.#taken.add(name)
      return path
    }
  }
}

/** `report.pdf`, 2 → `report-2.pdf`; the extension is kept so the file still opens. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`
}

/**
 * Reserves a name with an exclusive create, which fails on any existing entry
 * (a symbolic link included); the rename then replaces only our placeholder.
 */
async function claimName(path: string): Promise<boolean> {
  try {
    await writeFile(path, '', { flag: 'wx', mode: 0o600 })
    return true
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') return false
    throw cannotSave(error)
  }
}

async function guard<T>(operation: Promise<T>): Promise<T> {
  try {
    return await operation
  } catch (error) {
    throw cannotSave(error)
  }
}

async function closeQuietly(handle: FileHandle): Promise<void> {
  try {
    await handle.close()
  } catch {
    // already closed
  }
}

function cannotSave(error: unknown): CliError {
  return new CliError(
    EXIT.unexpected,
    `cannot save a file: ${reason(error)}; the secret was opened, ask the sender to send it again`,
  )
}
