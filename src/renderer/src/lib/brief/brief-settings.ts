/**
 * What the Export brief dialog remembers on this computer: the layout and the marking printed in
 * the Word brief's header (none, "For official use only", or the delegate's own words).
 */
import { readStoredObject, type KeyValueStore } from '../storage/key-value-store'
import { singleLine } from './markdown-escape'
import { briefTemplateIds, isBriefTemplateId, type BriefTemplateId } from './brief-templates'

/** The markings the dialog offers. */
export const briefMarkings = ['none', 'official-use', 'own-words'] as const
export type BriefMarking = (typeof briefMarkings)[number]

/** How each marking is named in the dialog. */
export const briefMarkingLabels: Readonly<Record<BriefMarking, string>> = {
  none: 'None',
  'official-use': 'For official use only',
  'own-words': 'My own words'
}

/** Longest marking of the delegate's own words, in characters. */
export const maxMarkingLength = 120

/** The dialog's remembered choices. */
export interface BriefSettings {
  template: BriefTemplateId
  marking: BriefMarking
  /** The delegate's own words, kept while another marking is chosen. */
  ownMarking: string
}

export const defaultBriefSettings: BriefSettings = {
  template: briefTemplateIds[0],
  marking: 'none',
  ownMarking: ''
}

const storageKey = 'cnd67:brief'

/** The remembered choices, or the defaults for anything missing or damaged. */
export function readBriefSettings(store: KeyValueStore): BriefSettings {
  const value = readStoredObject(store, storageKey)
  return {
    template: isBriefTemplateId(value.template) ? value.template : defaultBriefSettings.template,
    marking: (briefMarkings as readonly unknown[]).includes(value.marking)
      ? (value.marking as BriefMarking)
      : defaultBriefSettings.marking,
    ownMarking:
      typeof value.ownMarking === 'string'
        ? value.ownMarking.slice(0, maxMarkingLength)
        : defaultBriefSettings.ownMarking
  }
}

/** Stores the choices; false if storage refused them (they still apply until the app closes). */
export function saveBriefSettings(store: KeyValueStore, settings: BriefSettings): boolean {
  try {
    store.setItem(storageKey, JSON.stringify(settings))
    return true
  } catch {
    return false
  }
}

/**
 * The words printed in the header for the settings: "" for none, else one line of at most
 * `maxMarkingLength` characters ("" when the delegate's own words are blank).
 */
export function markingText(settings: Pick<BriefSettings, 'marking' | 'ownMarking'>): string {
  switch (settings.marking) {
    case 'none':
      return ''
    case 'official-use':
      return briefMarkingLabels['official-use']
    case 'own-words':
      return singleLine(settings.ownMarking).slice(0, maxMarkingLength)
  }
}
