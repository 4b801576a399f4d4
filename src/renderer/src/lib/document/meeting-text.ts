/**
 * The meeting summary as shipped with the app, parsed once. The text is bundled at build time,
 * so the reference pane needs no file access and works the same in Electron and in a browser.
 */
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import { parseMeetingText } from './parse-meeting-text'

/** The source text exactly as shipped in `resources/`. */
export const meetingSource: string = source

/** The parsed meeting summary the app reads from. */
export const meetingDocument = parseMeetingText(source)
