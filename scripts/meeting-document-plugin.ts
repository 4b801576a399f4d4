/**
 * A Vite plugin providing `virtual:meeting-document`: the meeting summary in resources/, parsed by
 * the app's own parser when the app is built, and shipped as JSON. The window then spends no time
 * parsing on every start; a text the parser refuses fails the build with the parser's message.
 * It also provides `virtual:meeting-outline`, the little of it the window needs before the notes
 * load (the section tree and the paragraph count), so that start-up does not carry the whole text.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parseMeetingText } from '../src/renderer/src/lib/document/parse-meeting-text'

/** The import specifier of the parsed document. */
export const meetingDocumentModuleId = 'virtual:meeting-document'
/** The import specifier of the document's outline. */
export const meetingOutlineModuleId = 'virtual:meeting-outline'
const resolvedIds = new Map<string, 'document' | 'outline'>([
  [`\0${meetingDocumentModuleId}`, 'document'],
  [`\0${meetingOutlineModuleId}`, 'outline']
])

/** @param sourcePath the meeting text, relative to the working directory */
export function meetingDocumentModule(sourcePath: string): Plugin {
  const absolutePath = resolve(sourcePath)
  return {
    name: 'cnd67:meeting-document',
    resolveId(id) {
      return id === meetingDocumentModuleId || id === meetingOutlineModuleId ? `\0${id}` : undefined
    },
    async load(id) {
      const module = resolvedIds.get(id)
      if (!module) return undefined
      this.addWatchFile(absolutePath)
      const meeting = parseMeetingText(await readFile(absolutePath, 'utf8'))
      const value =
        module === 'document'
          ? meeting
          : { sections: meeting.sections, paragraphCount: meeting.paragraphs.length }
      // JSON.parse of a string literal is faster for the engine than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`
    }
  }
}
