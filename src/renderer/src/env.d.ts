/** Build-time constants the renderer is compiled with (see electron.vite.config.ts). */

/** The app's version from package.json. */
declare const __APP_VERSION__: string
/** The app's product name from package.json. */
declare const __APP_NAME__: string

/** The meeting summary, parsed at build (see scripts/meeting-document-plugin.ts). */
declare module 'virtual:meeting-document' {
  const meeting: import('./lib/document/meeting-document').MeetingDocument
  export default meeting
}

/** The section tree and paragraph count of the meeting summary (see scripts/meeting-document-plugin.ts). */
declare module 'virtual:meeting-outline' {
  const outline: import('./lib/document/meeting-document').MeetingOutline
  export default outline
}
