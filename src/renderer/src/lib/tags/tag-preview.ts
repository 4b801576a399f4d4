/**
 * What a change to a tag everywhere will do, worded as the Tags view shows it before anything
 * changes: a rename, a merge into a tag already in use, or a delete, and on how many items.
 */
import { countOf } from '../ui/wording'
import { cleanTag, tagKey, tagProblem, type TagUsage } from './tag-names'

/** What renaming a tag to the typed name would do, shown while the delegate types. */
export interface RenamePreview {
  /** The sentence shown under the textbox. */
  message: string
  /** Whether the typed name cannot be a tag at all. */
  invalid: boolean
  /** Whether the typed name is another tag's, so the two merge. */
  merges: boolean
  /** Whether confirming would change anything. */
  ready: boolean
}

/**
 * What renaming `usage`'s tag to `typed` would do, among the tags in use (`tags`): why it cannot,
 * that nothing would change, a merge into the tag already spelt so, or a rename.
 */
export function previewRename(
  usage: TagUsage,
  typed: string,
  tags: readonly TagUsage[]
): RenamePreview {
  const problem = tagProblem(typed)
  if (problem) return { message: problem, invalid: true, merges: false, ready: false }
  const renamed = cleanTag(typed)
  const key = tagKey(renamed)
  const items = countOf(usage.count, 'item')
  const existing = key === usage.key ? undefined : tags.find((other) => other.key === key)
  if (existing) {
    const verb = usage.count === 1 ? 'changes' : 'change'
    return {
      message: `Merges “${usage.tag}” into “${existing.tag}”: ${items} ${verb}.`,
      invalid: false,
      merges: true,
      ready: true
    }
  }
  if (renamed === usage.tag) {
    return {
      message: `Type a new name for “${usage.tag}”.`,
      invalid: false,
      merges: false,
      ready: false
    }
  }
  return {
    message: `Renames “${usage.tag}” to “${renamed}” on ${items}.`,
    invalid: false,
    merges: false,
    ready: true
  }
}

/**
 * The question asked before a tag is deleted everywhere, in three parts: the tag's name is shown
 * between `before` and `after` in an element of its own, so that a name in a right-to-left script
 * does not reorder the sentence around it.
 */
export interface DeletePreview {
  before: string
  tag: string
  after: string
}

/** The question asked before deleting `usage`'s tag from every item carrying it. */
export function previewDelete(usage: TagUsage): DeletePreview {
  return { before: 'Remove “', tag: usage.tag, after: `” from ${countOf(usage.count, 'item')}?` }
}
