/**
 * A Vite plugin providing `virtual:meeting-document`: the meeting summary in resources/, parsed by
 * the app's own parser when the app is built, and shipped as JSON. The window then spends no time
 * parsing on every start; a text the parser refuses fails the build with the parser's message.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parseMeetingText } from '../src/renderer/src/lib/document/parse-meeting-text'

/** The import specifier of the parsed document. */
export const meetingDocumentModuleId = 'virtual:meeting-document'
const resolvedId = `\0${meetingDocumentModuleId}`

/** @param sourcePath the meeting text, relative to the working directory */
export function meetingDocumentModule(sourcePath: string): Plugin {
  const absolutePath = resolve(sourcePath)
  return {
    name: 'cnd67:meeting-document',
    resolveId(id) {
      return id === meetingDocumentModuleId ? resolvedId : undefined
    },
    async load(id) {
      if (id !== resolvedId) return undefined
      this.addWatchFile(absolutePath)
      const meeting = parseMeetingText(await readFile(absolutePath, 'utf8'))
      // JSON.parse of a string literal is faster for the engine than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(meeting))})`
    }
  }
}
