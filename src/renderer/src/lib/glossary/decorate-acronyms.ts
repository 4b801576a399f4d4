/**
 * Shows what each acronym in the reference pane stands for: every use of an acronym the text
 * defines is wrapped in an `<abbr>` carrying its expansion, shown on hover, and the first use in
 * each paragraph can take keyboard focus to show it too (one stop a paragraph, not dozens). The
 * text itself is unchanged, so highlights and selections keep their offsets.
 */
import { acronymUses, type Glossary } from './glossary'

/** The class of the acronym marks, for the style sheet. */
export const acronymClass = 'acronym'

/** Wraps every use of a defined acronym in the paragraphs' text; returns how many it wrapped. */
export function decorateAcronyms(texts: Iterable<Element>, glossary: Glossary): number {
  const expansions = new Map(glossary.defined.map((entry) => [entry.acronym, entry.expansion]))
  let wrapped = 0
  for (const text of texts) {
    if (text.querySelector(`abbr.${acronymClass}`)) continue
    const uses = acronymUses(text.textContent ?? '', glossary)
    if (uses.length === 0) continue
    const nodes: { node: Text; start: number }[] = []
    const walker = text.ownerDocument.createTreeWalker(text, NodeFilter.SHOW_TEXT)
    let offset = 0
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: offset })
      offset += (node as Text).data.length
    }
    // Each use is wrapped within its own text node, so uses are found before any is wrapped.
    const placed = uses.flatMap((use) => {
      const holder = nodes.find(
        ({ node, start }) => start <= use.start && use.end <= start + node.data.length
      )
      return holder ? [{ use, holder }] : []
    })
    for (const { use, holder } of placed.reverse()) {
      const expansion = expansions.get(use.acronym)
      if (!expansion) continue
      const before = holder.node
      const inside = before.splitText(use.start - holder.start)
      inside.splitText(use.end - use.start)
      const abbr = text.ownerDocument.createElement('abbr')
      abbr.className = acronymClass
      abbr.title = expansion
      abbr.dataset.expansion = expansion
      inside.replaceWith(abbr)
      abbr.append(inside)
      wrapped++
    }
  }
  return wrapped
}
