/** The exit status of every outcome; scripts branch on these, so they never change meaning. */
export const EXIT = {
  ok: 0,
  unexpected: 1,
  usage: 2,
  notFound: 3,
  wrongPassphrase: 4,
  corruptedLink: 5,
  tooLarge: 6,
  rateLimited: 7,
  unreachable: 8,
  verifyFailed: 9,
  notYetOpen: 10,
  interrupted: 130,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export const EXIT_CODES_HELP = `Exit codes:
  0  done                      5  the link is corrupted or incomplete
  1  unexpected error          6  too large for this server
  2  usage error               7  rate limited: try again later
  3  not found: gone, expired  8  the server cannot be reached
     or never existed          9  verify: the instance serves
  4  wrong passphrase             other files than the build
                               10  not yet open (time lock)
                              130  interrupted`

/** A failure with a one-line message meant for the person at the terminal. */
export class CliError extends Error {
  override readonly name = 'CliError'
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options)
  }
}

export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, message)
}
