/**
 * What a word is and when two words are the same, case and accents aside: the one folding that
 * search, the command palette and counterpart suggestions all match typed text by.
 */

/** Runs of letters, digits and combining marks; anything else separates words. */
export const wordPattern = /[\p{L}\p{N}\p{M}]+/gu

/** The same in text without a character outside ASCII, where it is several times faster. */
const asciiWordPattern = /[A-Za-z0-9]+/g

/** Combining marks, which decomposition splits from the letters they accent. */
const combiningMarks = /\p{M}/gu

/** A character outside ASCII; text without any is folded by lower-casing alone. */
const nonAscii = /[^\p{ASCII}]/u

/** Greek final sigma, which folding reads as the sigma it is a form of. */
const finalSigma = /ς/gu

/** Whether `text` has no character outside ASCII, so that lower-casing alone folds it. */
export function isAscii(text: string): boolean {
  return !nonAscii.test(text)
}

/**
 * Text as typed text is matched against it: lower-cased, decomposed (NFD) and stripped of
 * combining marks, so that "Türkiye", "TURKIYE" and "turkiye" are one word. Lower-casing comes
 * first because some capitals lower-case to a letter and a mark ("İ" to "i̇"). A final sigma is
 * read as σ: lower-casing a whole text makes "Σ" final or not by what follows it ("ΤΗΣ.Ε" gives
 * "τησ"), which a word typed alone would not match, and a delegate may type either form.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase()
  if (isAscii(lower)) return lower
  return lower.normalize('NFD').replace(combiningMarks, '').replace(finalSigma, 'σ')
}

/** The raw words of `text`, unfolded, split at everything that is not a letter or digit. */
export function splitWords(text: string): string[] {
  return text.match(isAscii(text) ? asciiWordPattern : wordPattern) ?? []
}

/** The folded words of `text` (see `foldText`), in order. */
export function foldedWords(text: string): string[] {
  // Folding the whole text at once is much faster than word by word; marks count as word
  // characters, so stripping them never joins or splits words.
  return splitWords(foldText(text))
}
