import { UsageError } from './command.js'

/** Decimal units as disks are sold (MB = 10^6), binary ones as `stats` prints sizes (MiB = 2^20). */
const UNITS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
  tib: 2 ** 40,
}

/**
 * "50MB", "1.5 GiB", "1048576": a size an operator types, in whole bytes
 * (at least one). Anything else is a UsageError naming `what`.
 */
export function parseSize(text: string, what: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  const unit = UNITS[(match?.[2] || 'b').toLowerCase()]
  const bytes = match && unit !== undefined ? Math.floor(Number(match[1]) * unit) : NaN
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(
      `${what} must be a size such as 50MB, 2GiB or 1048576 (bytes), at least 1 byte; got ${JSON.stringify(text)}`,
    )
  }
  return bytes
}
