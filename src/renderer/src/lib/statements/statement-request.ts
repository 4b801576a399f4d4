/**
 * What the rest of the window may ask of the Statements view: start a new statement (the New
 * statement command), or open one (a search result). The view carries it out once it is on
 * screen and the notes are loaded, then clears it.
 */

/** A request to the Statements view. */
export type StatementRequest = { kind: 'new' } | { kind: 'open'; statementId: string }
