/**
 * What a delegate may type for a name and the name as written, which every matcher of typed
 * text (search, the command palette, counterpart suggestions) must take for the same words.
 */

/** A text as typed and a name as written that must match. */
export interface FoldingCase {
  typed: string
  name: string
}

/** Case, accents, a dotted capital I, and a Greek sigma typed or written final or not. */
export const foldingCases: readonly FoldingCase[] = [
  { typed: 'turkiye', name: 'Türkiye' },
  { typed: 'TURKIYE', name: 'Türkiye' },
  { typed: 'türkiye', name: 'TU\u0308RKIYE' },
  { typed: 'izmir', name: 'İzmir' },
  // A keyboard without a final sigma, or a word typed before the next one is.
  { typed: 'ελλασ', name: 'Ελλάς' },
  // Lower-cased whole, "ΤΗΣ.ΕΠΙΤΡΟΠΗΣ" makes its first sigma medial: "τησ.επιτροπης".
  { typed: 'της', name: 'ΤΗΣ.ΕΠΙΤΡΟΠΗΣ' }
]
