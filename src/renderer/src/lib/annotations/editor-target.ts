/** What the annotation editor is open on: a new note or highlight, or an existing annotation. */
import type { HighlightColor, PassageTarget } from './annotation'
import type { PassageLines } from './toolbar-placement'

/** The editor's subject. */
export type EditorTarget =
  | {
      kind: 'new'
      paragraph: number
      target: PassageTarget | null
      /** The colour it starts with: null unless the delegate picked one to highlight with. */
      color: HighlightColor | null
    }
  | { kind: 'edit'; id: string }

/** A passage selected inside one paragraph: its offsets, and where it is on screen. */
export interface PassageSelection {
  paragraph: number
  start: number
  end: number
  /** Its first and last line on screen, which the toolbar for it is placed by. */
  lines: PassageLines
}
