/**
 * Recognises who speaks in a paragraph and gives one canonical name per speaker, so that
 * "The United Kingdom", "the United Kingdom" and the attendance list's long form are one speaker.
 */
import type { Speaker } from './meeting-document'

/** Words that may join the capitalised words of a name ("Republic of Iran", "Chief of PTRS"). */
const nameConnectors = new Set(['of', 'for', 'on', 'the', 'and'])

/**
 * The name a paragraph opens with: its leading run of capitalised words and connectors,
 * without a leading "The" and without trailing connectors. "The Islamic Republic of Iran
 * affirmed…" gives "Islamic Republic of Iran"; a paragraph opening in lower case gives null.
 */
export function leadingName(text: string): { name: string; hadArticle: boolean } | null {
  // A name is a few words long; looking at the first dozen keeps this cheap on long paragraphs.
  const words = text.trimStart().split(/\s+/u, 16)
  const hadArticle = words[0] === 'The' || words[0] === 'the'
  const run: string[] = []
  for (const word of words.slice(hadArticle ? 1 : 0)) {
    if (/^\p{Lu}[\p{L}\p{N}’'-]*$/u.test(word) || (run.length > 0 && nameConnectors.has(word))) {
      run.push(word)
    } else break
  }
  while (run.length > 0 && nameConnectors.has(run.at(-1) ?? '')) run.pop()
  return run.length === 0 ? null : { name: run.join(' '), hadArticle }
}

/**
 * The canonical name of a Member State as written in running text, using the attendance list's
 * spelling where the State is on it: exact, inverted ("Islamic Republic of Iran" is
 * "Iran (Islamic Republic of)") or a unique shortening ("United Kingdom"). A State not on the
 * list keeps the name the text gives it.
 */
export function canonicalMemberState(written: string, attendance: readonly string[]): string {
  const name = written.replace(/^the\s+/iu, '').trim()
  const lower = name.toLowerCase()
  const listed = attendance.map((state) => state.toLowerCase())
  const exact = listed.indexOf(lower)
  if (exact >= 0) return attendance[exact]
  const inverted = /^(.+ of) (.+)$/u.exec(lower)
  const invertedIndex = inverted ? listed.indexOf(`${inverted[2]} (${inverted[1]})`) : -1
  if (invertedIndex >= 0) return attendance[invertedIndex]
  const longer = attendance.filter((_, index) => listed[index].startsWith(`${lower} `))
  return longer.length === 1 ? longer[0] : name
}

/** The speaker of an intervention paragraph: the Member State it opens with. */
export function interventionSpeaker(text: string, attendance: readonly string[]): Speaker | null {
  const opening = leadingName(text)
  return opening
    ? { name: canonicalMemberState(opening.name, attendance), kind: 'member-state' }
    : null
}

/**
 * The speaker of a presentation paragraph: the presenter's title it opens with ("The Chief of
 * PTRS highlighted…"). A paragraph that continues a presentation without naming anyone
 * ("GPML's upcoming plans…") has none of its own.
 */
export function presenterNamedIn(text: string): Speaker | null {
  const opening = leadingName(text)
  return opening?.hadArticle ? { name: opening.name, kind: 'presenter' } : null
}
