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

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on every Linux architecture we run). */
const USER_HZ = 100

/**
 * CPU time a process (all its threads) has used so far, in milliseconds:
 * user + system, from /proc/<pid>/stat. Unlike throughput, CPU spent per
 * request barely moves when other work shares the machine.
 */
export function cpuTimeMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may contain spaces; fields are counted after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  return ((utime + stime) * 1000) / USER_HZ
}
