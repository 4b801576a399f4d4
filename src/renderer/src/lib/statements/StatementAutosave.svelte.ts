/**
 * The statement editor's autosave: the autosave every record editor shares
 * (notes/record-autosave.svelte.ts) with a statement's fields, and what the editor shows live of
 * the text: its length as spoken against the limit (the paragraphs it cites are read with the
 * library's documents, statementCitations in cited-paragraphs.ts).
 */
import {
  autosaveDelayMs,
  RecordAutosave,
  windowTimer,
  type AutosavedRecords,
  type AutosaveKind,
  type AutosaveTimer
} from '../notes/record-autosave.svelte'
import { listedAgendaItemId, type AgendaItemList } from '../notes/listed-agenda-item'
import type { KeyValueStore } from '../storage/key-value-store'
import { speakingSummary, type SpeakingSummary } from './speaking-time'
import {
  statementChanges,
  statementFieldsOf,
  statementTitle,
  type StatementFields
} from './statement'
import { keepBothStatements, statementDraft, statementDraftKey } from './statement-draft'

/** What the autosave needs of the notebook (the Notebook provides it). */
export interface StatementStore {
  statements: AutosavedRecords<StatementFields>
  agendaItems: AgendaItemList
}

/** One statement being edited, from opening the editor to leaving it. */
export class StatementAutosave extends RecordAutosave<StatementFields> {
  #notebook: StatementStore

  /**
   * @param statementId the statement edited, for the autosave's whole life
   * @param notebook the notebook, which reads and writes statements
   * @param drafts local storage, where the draft is kept
   */
  constructor(
    statementId: string,
    notebook: StatementStore,
    drafts: KeyValueStore,
    timer: AutosaveTimer = windowTimer,
    delayMs = autosaveDelayMs
  ) {
    const kind: AutosaveKind<StatementFields> = {
      noun: 'statement',
      shortNoun: 'statement',
      draft: statementDraft,
      draftKey: statementDraftKey,
      fieldsOf: statementFieldsOf,
      changes: statementChanges,
      keepBoth: keepBothStatements,
      name: statementTitle,
      saved: (fields) => ({
        ...fields,
        agendaItemId: listedAgendaItemId(fields.agendaItemId, notebook.agendaItems)
      })
    }
    super(statementId, notebook.statements, kind, drafts, timer, delayMs)
    this.#notebook = notebook
  }

  get title(): string {
    return this.fields.title
  }
  get speakingFor(): string {
    return this.fields.speakingFor
  }
  get limitSeconds(): number {
    return this.fields.limitSeconds
  }
  get wordsPerMinute(): number {
    return this.fields.wordsPerMinute
  }
  /** The text, in Markdown, as typed. */
  get text(): string {
    return this.fields.text
  }
  /** The agenda item on screen: null (None) when it is unset or has been removed from the list. */
  get agendaItemId(): string | null {
    return listedAgendaItemId(this.fields.agendaItemId, this.#notebook.agendaItems)
  }

  /** The text's words and spoken length at its pace, and by how much it runs over its limit. */
  readonly summary: SpeakingSummary = $derived(
    speakingSummary(this.fields.text, this.fields.wordsPerMinute, this.fields.limitSeconds)
  )
}
