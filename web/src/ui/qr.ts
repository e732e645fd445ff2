import { encode } from 'uqr'
import type { Pick } from '../i18n/messages.ts'
import { setAttributes } from './dom.ts'

const SVG_NS = 'http://www.w3.org/2000/svg'
/** The standard's quiet zone: four light modules on every side, or scanners miss the code. */
export const QUIET_ZONE = 4

/**
 * A QR code of `text`, made in this browser (nothing is fetched), as an SVG
 * built node by node: dark modules are one path of 1×1 squares on a white
 * square with the quiet zone. Dark on white in both themes, as scanners expect.
 */
export function qrCode(text: string, label: Pick): SVGSVGElement {
  // Level M survives a smudge or a glare spot and keeps a link at version 5–6 (37–41 modules).
  const { size, data } = encode(text, { ecc: 'M', border: 0 })
  const full = size + 2 * QUIET_ZONE
  const svg = svgElement('svg', {
    viewBox: `0 0 ${full} ${full}`,
    role: 'img',
    'aria-label': label,
    class: 'qr',
    'shape-rendering': 'crispEdges',
    'data-modules': size,
  })
  const squares: string[] = []
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue
      let run = 1
      while (row[x + run]) run++
      squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`)
      x += run - 1
    }
  })
  svg.append(
    svgElement('rect', { width: full, height: full, fill: '#fff' }),
    svgElement('path', { d: squares.join(''), fill: '#000' }),
  )
  return svg
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Parameters<typeof setAttributes>[1],
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag)
  setAttributes(el, attrs)
  return el
}
