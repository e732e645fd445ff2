import { readFile } from 'node:fs/promises'
import { usageError } from './exit.js'
import { reason } from './fs-reason.js'
import type { Input } from './io.js'
import { askHidden } from './prompt.js'

/** The first line of a file: one trailing newline (LF or CRLF) is how editors end files. */
export async function readPassphraseFile(path: string): Promise<string> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw usageError(`cannot read the passphrase file: ${reason(error)}`)
  }
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase === '') throw usageError('the passphrase file is empty')
  return passphrase
}

/** Asks on the terminal without echo; a new passphrase is asked twice. */
export async function askPassphrase(stdin: Input, confirm: boolean): Promise<string> {
  const passphrase = await askHidden(stdin, 'Passphrase: ')
  if (passphrase === '') throw usageError('no passphrase was typed')
  if (confirm && (await askHidden(stdin, 'Passphrase again: ')) !== passphrase) {
    throw usageError('the two passphrases differ')
  }
  return passphrase
}
