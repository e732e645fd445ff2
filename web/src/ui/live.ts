import { say } from '../i18n/live.ts'
import type { Pick } from '../i18n/messages.ts'

/** Screen-reader announcements ("link created", "copied", "revealed") through one polite live region. */
export function announce(message: Pick): void {
  const region = document.getElementById('live')
  if (!region) return
  // Clearing first makes a repeated message ("Copied" twice) announce again.
  region.textContent = ''
  setTimeout(() => {
    region.textContent = say(message)
  }, 50)
}
