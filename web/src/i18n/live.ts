import { language } from './language.ts'
import type { Pick } from './messages.ts'

/**
 * Text that follows the language switcher. Each localized text node and
 * attribute remembers the pick that made it; switching the language re-runs
 * the picks in place, so typed text, focus and scroll stay as they are.
 * WeakMaps, so a node thrown away takes its pick with it.
 */
const texts = new WeakMap<Text, Pick>()
const attributes = new WeakMap<Element, Map<string, Pick>>()

/** The current text of a message. */
export function say(pick: Pick): string {
  return pick(language().messages)
}

/** A text node that re-renders on a language switch. */
export function tx(pick: Pick): Text {
  const node = document.createTextNode(say(pick))
  texts.set(node, pick)
  return node
}

/** An attribute (placeholder, aria-label…) that re-renders on a language switch. */
export function localizedAttribute(el: Element, name: string, pick: Pick): void {
  let picks = attributes.get(el)
  if (!picks) attributes.set(el, (picks = new Map<string, Pick>()))
  picks.set(name, pick)
  el.setAttribute(name, say(pick))
}

/** Re-renders every localized text and attribute under `root` (after a switch, or when state changed). */
export function localize(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Text) {
      const pick = texts.get(node)
      if (pick) node.data = say(pick)
    } else if (node instanceof Element) {
      for (const [name, pick] of attributes.get(node) ?? []) node.setAttribute(name, say(pick))
    }
  }
}
