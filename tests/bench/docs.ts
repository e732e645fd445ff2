import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../support/server.js'

export const PERFORMANCE_DOC = join(REPO_ROOT, 'docs', 'performance.md')
const START = '<!-- bench:latest:start -->'
const END = '<!-- bench:latest:end -->'

/**
 * Puts the latest run's printed report (tables, ratios, targets; the header
 * names the machine, its load and the commit) between the markers of
 * docs/performance.md, replacing the previous run's. False when the markers
 * are missing.
 */
export function writeLatestRun(heading: string, lines: readonly string[]): boolean {
  const doc = readFileSync(PERFORMANCE_DOC, 'utf8')
  const start = doc.indexOf(START)
  const end = doc.indexOf(END)
  if (start === -1 || end < start) return false
  // Trailing blanks trimmed (padded table cells), as Prettier leaves Markdown; a table is one
  // printed string of many lines.
  const block = [
    START,
    '',
    heading,
    '',
    '```',
    ...lines.flatMap((l) => l.split('\n')).map((l) => l.trimEnd()),
    '```',
    '',
    END,
  ].join('\n')
  writeFileSync(PERFORMANCE_DOC, doc.slice(0, start) + block + doc.slice(end + END.length))
  return true
}
