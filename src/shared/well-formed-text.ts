/**
 * Where text may be cut. UTF-16 keeps a character outside the Basic Multilingual Plane (most
 * emoji, many CJK ideographs) as a surrogate pair, and a cut between its two halves leaves two
 * halves that are not text; files and YAML write each as U+FFFD. The one check for that, for main
 * and the renderer alike. A lone half already in a text is made U+FFFD by `toWellFormed()`.
 */

/** Whether `index` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index - 1)
  const low = text.charCodeAt(index)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/**
 * Whether `text` is well-formed: no half of a surrogate pair stands alone in it. A record the app
 * stores is made well-formed before it is written (`toWellFormed()`); a file that says otherwise
 * was not written by the app.
 */
export function isWellFormedText(text: string): boolean {
  return text.isWellFormed()
}
