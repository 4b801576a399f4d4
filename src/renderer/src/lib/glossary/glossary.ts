/**
 * The acronyms of the meeting summary: those the text defines ("Early Warning Advisory (EWA)"),
 * with the paragraph defining them, those it uses without ever defining, and where each defined
 * acronym is used again, so that the reader can show its expansion there.
 */
import type { MeetingDocument, Paragraph } from '../document/meeting-document'

/** An acronym the text defines. */
export interface GlossaryEntry {
  /** As written in the parentheses, e.g. "EWA". */
  acronym: string
  /** The words it stands for, as written before the parentheses: "Early Warning Advisory". */
  expansion: string
  /** The paragraph defining it first. */
  paragraph: number
}

/** An acronym the text uses but never defines. */
export interface UndefinedAcronym {
  acronym: string
  /** The paragraphs using it, in order, each once. */
  paragraphs: number[]
}

/** The acronyms of a document, each list in order of first appearance. */
export interface Glossary {
  defined: GlossaryEntry[]
  undefined: UndefinedAcronym[]
}

/** A definition found in a text: the acronym, its expansion and where the expansion starts. */
export interface AcronymDefinition {
  acronym: string
  expansion: string
  /** Offset of the expansion's first character. */
  start: number
  /** Offset just past the closing parenthesis. */
  end: number
}

/** A use of a defined acronym in a paragraph's plain text. */
export interface AcronymUse {
  /** Offset of the first character, in UTF-16 code units. */
  start: number
  /** Offset just past the last character; a plural "s" ("NGOs") is included. */
  end: number
  acronym: string
}

/** The part of a document the glossary reads: the paragraphs' text and the section labels. */
export type GlossarySource = {
  paragraphs: readonly Pick<Paragraph, 'number' | 'text'>[]
  sections: MeetingDocument['sections']
}

/**
 * Small words a name may contain without giving the acronym a letter: "Office on Drugs and
 * Crime", "Programme against Money-Laundering".
 */
const connectors = new Set([
  'a',
  'an',
  'and',
  'against',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with'
])

/** All-caps words of the text that are not acronyms: "Esmeralda PLUS" is a strategy's name. */
const notAcronyms = new Set(['PLUS'])

/** The longest expansion looked for, in words ("Global Programme against … Terrorism" is 11). */
const maxExpansionWords = 16

/** A word or number: the unit acronyms are matched against. */
const token = /[\p{L}\p{N}]+/gu

/** An acronym in parentheses, the form of a definition: "(EWA)", "(AIRCOP)", "(NGO)". */
const parenthesizedAcronym = /\(([\p{L}\p{N}]+)\)/gu

/** An all-caps token of at least two letters, digits allowed ("UNAIDS", "CND67"). */
function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}

/**
 * The acronym an all-caps token stands for, or null: the token itself, or without the plural
 * "s" ("NGOs" is "NGO").
 */
function acronymOf(word: string): string | null {
  if (isAllCaps(word)) return word
  return word.endsWith('s') && isAllCaps(word.slice(0, -1)) ? word.slice(0, -1) : null
}

/** A word before a definition's parentheses, split at hyphens into the parts matched. */
interface NameWord {
  /** Offset of the word's first character. */
  start: number
  /** Offset just past the word, without trailing punctuation or a possessive "'s". */
  end: number
  /** "Money-Laundering" gives ["Money", "Laundering"]. */
  parts: string[]
}

/**
 * The words of the clause ending at `end`, nearest last: back to the last full stop, colon,
 * semicolon or parenthesis, and no more than {@link maxExpansionWords}.
 */
function clauseWordsBefore(text: string, end: number): NameWord[] {
  const words: NameWord[] = []
  for (const match of text.slice(0, end).matchAll(/\S+/gu)) {
    const raw = match[0]
    if (/[()]/u.test(raw) || /[.;:!?]$/u.test(raw)) {
      words.length = 0
      continue
    }
    const leading = /^[“‘"']*/u.exec(raw)?.[0].length ?? 0
    const cleaned = raw
      .slice(leading)
      .replace(/[,”’"']+$/u, '')
      .replace(/['’]s$/u, '')
    const parts = cleaned.split(/[-‐‑]/u).filter((part) => /^[\p{L}\p{N}]+$/u.test(part))
    if (parts.length === 0) {
      words.length = 0
      continue
    }
    const start = (match.index ?? 0) + leading
    words.push({ start, end: start + cleaned.length, parts })
  }
  return words.slice(-maxExpansionWords)
}

/**
 * Whether `acronym` can be spelt from `parts`, each part giving a prefix of itself: one letter
 * ("Early Warning Advisory"), several ("AIR-CO-P", Airport Communications Programme) or none.
 * A connector gives nothing, unless the acronym has its initial in lower case; a capitalised
 * part may give nothing ("Division for Policy Analysis and Public Affairs (DPA)"); any other
 * lower-case word must give at least its initial, so running prose is not swallowed.
 */
function spells(acronym: string, parts: readonly string[]): boolean {
  const from = (part: number, letter: number): boolean => {
    if (part === parts.length) return letter === acronym.length
    const word = parts[part]
    const rest = acronym.length - letter
    if (connectors.has(word)) {
      if (from(part + 1, letter)) return true
      return rest > 0 && acronym[letter] === word[0] && from(part + 1, letter + 1)
    }
    const mayGiveNothing = /^[\p{Lu}\p{N}]/u.test(word)
    for (let length = Math.min(word.length, rest); length >= (mayGiveNothing ? 0 : 1); length--) {
      const given = word.slice(0, length).toLowerCase()
      if (given === acronym.slice(letter, letter + length).toLowerCase()) {
        if (from(part + 1, letter + length)) return true
      }
    }
    return false
  }
  return from(0, 0)
}

/**
 * The definition of `acronym` in the parentheses from `openParen` to just before `end`, or null
 * when the words before them do not spell it. The expansion is the shortest run of words ending
 * just before the parenthesis whose first word gives the acronym's first letter.
 */
function definitionAt(
  text: string,
  openParen: number,
  end: number,
  acronym: string
): AcronymDefinition | null {
  if (!/\s$/u.test(text.slice(0, openParen))) return null
  const words = clauseWordsBefore(text, openParen)
  for (let first = words.length - 1; first >= 0; first--) {
    const opening = words[first].parts[0]
    if (connectors.has(opening)) continue
    if (opening[0].toLowerCase() !== acronym[0].toLowerCase()) continue
    const parts = words.slice(first).flatMap((word) => word.parts)
    if (!spells(acronym, parts)) continue
    const start = words[first].start
    return {
      acronym,
      expansion: text.slice(start, words[words.length - 1].end),
      start,
      end
    }
  }
  return null
}

/**
 * The definition whose parenthesised acronym, as written, opens at `openParen`. A plural
 * ("non-governmental organizations (NGOs)") defines the singular acronym.
 */
function definitionOf(text: string, openParen: number, written: string): AcronymDefinition | null {
  const end = openParen + written.length + 2
  const singular = acronymOf(written)
  return (
    definitionAt(text, openParen, end, written) ??
    (singular !== null && singular !== written
      ? definitionAt(text, openParen, end, singular)
      : null)
  )
}

/**
 * Every acronym definition in a text, in order: an acronym in parentheses after the words it
 * stands for. A parenthesised acronym after words that do not spell it, such as "(CHAMPS)"
 * after a description of the initiative, is not a definition.
 */
export function definitionsIn(text: string): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  for (const match of text.matchAll(parenthesizedAcronym)) {
    const written = match[1]
    if ((written.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue
    const definition = definitionOf(text, match.index ?? 0, written)
    if (definition) definitions.push(definition)
  }
  return definitions
}

/**
 * The document's glossary: each acronym it defines, with the expansion and paragraph of its first
 * definition, and each all-caps acronym it uses without defining, with the paragraphs using it.
 * Roman numerals that number sections and the all-caps words that are not acronyms are left out.
 */
export function extractGlossary(document: GlossarySource): Glossary {
  const defined = new Map<string, GlossaryEntry>()
  for (const { number, text } of document.paragraphs) {
    for (const { acronym, expansion } of definitionsIn(text)) {
      if (!defined.has(acronym)) defined.set(acronym, { acronym, expansion, paragraph: number })
    }
  }
  const sectionNumbers = new Set(document.sections.map((section) => section.label))
  const undefinedUses = new Map<string, number[]>()
  for (const { number, text } of document.paragraphs) {
    for (const [word] of text.matchAll(token)) {
      const acronym = acronymOf(word)
      if (acronym === null || defined.has(acronym)) continue
      if (notAcronyms.has(acronym) || sectionNumbers.has(acronym)) continue
      const paragraphs = undefinedUses.get(acronym) ?? []
      if (paragraphs.at(-1) !== number) paragraphs.push(number)
      undefinedUses.set(acronym, paragraphs)
    }
  }
  return {
    defined: [...defined.values()],
    undefined: [...undefinedUses].map(([acronym, paragraphs]) => ({ acronym, paragraphs }))
  }
}

/** The defined acronyms of each glossary, worked out once: paragraphs are rendered often. */
const definedAcronyms = new WeakMap<Glossary, Set<string>>()

/**
 * Where a paragraph's plain text uses a defined acronym, in order, leaving out the definitions
 * themselves ("Early Warning Advisory (EWA)"), so the reader can show the expansion on hover or
 * focus. Uses are whole tokens: "UNODC’s" and "UNODC-WHO-INCB" count, "UNODCX" does not.
 */
export function acronymUses(text: string, glossary: Glossary): AcronymUse[] {
  let acronyms = definedAcronyms.get(glossary)
  if (!acronyms) {
    acronyms = new Set(glossary.defined.map((entry) => entry.acronym))
    definedAcronyms.set(glossary, acronyms)
  }
  const uses: AcronymUse[] = []
  for (const match of text.matchAll(token)) {
    const word = match[0]
    const start = match.index ?? 0
    const acronym = acronyms.has(word) ? word : acronymOf(word)
    if (acronym === null || !acronyms.has(acronym)) continue
    const end = start + word.length
    const definition =
      text[start - 1] === '(' && text[end] === ')' && definitionOf(text, start - 1, word)
    if (!definition) uses.push({ start, end, acronym })
  }
  return uses
}

/** The orders the glossary can be read in: A–Z (the default), or as the text defines them. */
export const glossaryOrders = ['alphabetical', 'document'] as const
export type GlossaryOrder = (typeof glossaryOrders)[number]

/** How each order is named where the delegate chooses it. */
export const glossaryOrderLabels: Readonly<Record<GlossaryOrder, string>> = {
  alphabetical: 'A–Z',
  document: 'Order of definition'
}

/** Acronyms sorted as a reader looks them up: A–Z, ignoring case and accents, digits by value. */
const acronymCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * The entries in `order`: A–Z by acronym, or as given (the order of first appearance). Returns a
 * new list; the glossary is left as it is.
 */
export function glossaryInOrder<T extends { acronym: string }>(
  entries: readonly T[],
  order: GlossaryOrder
): T[] {
  if (order === 'document') return [...entries]
  return [...entries].sort((a, b) => acronymCollator.compare(a.acronym, b.acronym))
}
