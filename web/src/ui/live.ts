/** Screen-reader announcements ("link created", "copied", "revealed") through one polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('live')
  if (!region) return
  // Clearing first makes a repeated message ("Copied" twice) announce again.
  region.textContent = ''
  setTimeout(() => {
    region.textContent = message
  }, 50)
}
