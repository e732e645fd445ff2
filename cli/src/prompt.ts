import { openSync } from 'node:fs'
import { ReadStream, WriteStream } from 'node:tty'
import { CliError, EXIT, usageError } from './exit.js'
import type { Input } from './io.js'

interface Terminal {
  readonly input: ReadStream
  readonly output: WriteStream
  close(): void
}

/**
 * The controlling terminal, even when stdin is a pipe (`cat key | hushlink send
 * --passphrase-prompt`): the passphrase must come from the person, not the pipe.
 */
function openTerminal(stdin: Input): Terminal {
  try {
    const output = new WriteStream(openSync('/dev/tty', 'w'))
    if (stdin instanceof ReadStream && stdin.isTTY) {
      return { input: stdin, output, close: () => output.destroy() }
    }
    const input = new ReadStream(openSync('/dev/tty', 'r'))
    return {
      input,
      output,
      close() {
        input.destroy()
        output.destroy()
      },
    }
  } catch {
    throw usageError('no terminal to ask on: use --passphrase-file PATH instead')
  }
}

/**
 * Reads one line from the terminal without echoing it. Raw mode is on before
 * the question is shown, so nothing typed after it reaches the screen.
 */
export async function askHidden(stdin: Input, question: string): Promise<string> {
  const terminal = openTerminal(stdin)
  const { input, output } = terminal
  input.setRawMode(true)
  input.setEncoding('utf8')
  output.write(question)
  try {
    return await new Promise<string>((resolve, reject) => {
      let value = ''
      const onData = (chunk: string): void => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n' || (ch === '\u0004' && value === '')) {
            input.off('data', onData)
            resolve(value)
            return
          }
          if (ch === '\u0003') {
            input.off('data', onData)
            reject(new CliError(EXIT.interrupted, 'interrupted'))
            return
          }
          if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('')
          else if (ch === '\u0015') value = ''
          else if (ch >= ' ') value += ch
        }
      }
      input.on('data', onData)
      input.resume()
    })
  } finally {
    input.setRawMode(false)
    input.pause()
    output.write('\n')
    terminal.close()
  }
}
