/**
 * Bytes of upload part bodies that all requests together may hold in
 * memory (UPLOAD_BUFFER_BYTES): each part is admitted with its
 * Content-Length (the largest part when chunked) before its body is read,
 * and gives it back when its answer is sent or the client goes away.
 */
export interface PartBudget {
  /** Whether `bytes` more would fit now. */
  fits(bytes: number): boolean
  /** Holds `bytes`, or returns null when they do not fit; the function returned gives them back (once). */
  take(bytes: number): (() => void) | null
}

export function createPartBudget(limit: number): PartBudget {
  let held = 0
  return {
    fits: (bytes) => held + bytes <= limit,
    take(bytes) {
      if (held + bytes > limit) return null
      held += bytes
      let given = false
      return () => {
        if (given) return
        given = true
        held -= bytes
      }
    },
  }
}
