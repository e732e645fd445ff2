/** The part of a file-system error worth showing: what went wrong, not a stack or a path. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'it is a directory'
  if (code === 'ENOTDIR') return 'not a directory'
  if (code === 'ENOSPC') return 'no space left on the device'
  return typeof code === 'string' ? code : String(error)
}
