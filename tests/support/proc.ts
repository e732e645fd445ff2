import { readFileSync } from 'node:fs'

export interface MemoryUsage {
  /** Resident set size now, MiB. */
  readonly rssMb: number
  /** Peak resident set size since the process started (VmHWM), MiB. */
  readonly peakMb: number
}

/** Reads a process's memory from /proc (Linux), as the kernel accounts it. */
export function memoryOf(pid: number): MemoryUsage {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return { rssMb: field(status, 'VmRSS'), peakMb: field(status, 'VmHWM') }
}

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(status)
  if (!match?.[1]) throw new Error(`no ${name} in /proc status`)
  return Math.round((Number(match[1]) / 1024) * 10) / 10
}
