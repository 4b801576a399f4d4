/**
 * The delegation's name ("speaking for"), remembered on this computer so that each new statement
 * starts with it: local state, kept as JSON in local storage, and a preference, so a damaged or
 * unreadable one is simply forgotten.
 */
import { readStoredObject, type KeyValueStore } from '../storage/key-value-store'
import { statementLengths } from './statement'

/** Where the name is kept in local storage. */
export const speakingForKey = 'cnd67:speaking-for'

/** The name remembered, or "" when there is none (or none that could be read). */
export function readSpeakingFor(store: KeyValueStore | null): string {
  if (!store) return ''
  const { name } = readStoredObject(store, speakingForKey)
  return typeof name === 'string' && name.length <= statementLengths.speakingFor
    ? name.trim().toWellFormed()
    : ''
}

/**
 * Remembers `name` (trimmed) for the next statement; a blank name forgets it. Returns false if
 * storage refused it (full or disabled): the statement itself keeps the name either way.
 */
export function rememberSpeakingFor(store: KeyValueStore | null, name: string): boolean {
  if (!store) return false
  const trimmed = name.trim()
  try {
    if (trimmed === '') store.removeItem(speakingForKey)
    else store.setItem(speakingForKey, JSON.stringify({ name: trimmed }))
    return true
  } catch {
    return false
  }
}
