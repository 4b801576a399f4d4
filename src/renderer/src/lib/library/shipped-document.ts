/**
 * The shipped summary's id in the library, on its own so that the window's start (the reference
 * pane) can name it without loading any of the library's code.
 */

/** The id of the shipped meeting summary in the library and on every annotation made on it. */
export const shippedDocumentId = 'summary'
