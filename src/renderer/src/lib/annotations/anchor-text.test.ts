/** Describing passages by selectors, and finding them again in altered meeting text. */
import { describe, expect, it } from 'vitest'
import type { PassageTarget } from './annotation'
import { anchorPassage, describePassage, type ParagraphText } from './anchor-text'

const canada =
  'The representative of Canada emphasized the importance of early warning systems in mitigating ' +
  'risks posed by new psychoactive substances, and described a national network that shares ' +
  'laboratory results with health services within days.'

const mexico =
  'Several speakers highlighted the role of forensic laboratories. The representative of Mexico ' +
  'noted that precursor chemicals were increasingly diverted through legitimate trade, and called ' +
  'for closer cooperation with the chemical industry.'

const australia =
  'The representative of Australia said that wastewater analysis had improved the monitoring of ' +
  'methamphetamine use. Another speaker said that wastewater analysis should be shared regionally ' +
  'through the UN early warning advisory.'

const egypt =
  'The representative of Egypt quoted the motto of the national campaign, «الوقاية خير من العلاج» ' +
  '(prevention is better than cure), and said that school programmes 🎓 had reached 120,000 ' +
  'students in 2023.'

const importance = 'the importance of early warning systems in mitigating risks'

/** Paragraphs numbered from 57, as in the middle of the summary. */
function meeting(...texts: string[]): ParagraphText[] {
  return texts.map((text, index) => ({ number: 57 + index, text }))
}

/** The target a delegate makes by highlighting the `occurrence`th `exact` in `text`. */
function passageOf(text: string, exact: string, occurrence = 0): PassageTarget {
  let start = text.indexOf(exact)
  for (let seen = 0; seen < occurrence; seen += 1) start = text.indexOf(exact, start + 1)
  if (start === -1) throw new Error(`Fixture lacks "${exact}"`)
  return describePassage(text, start, start + exact.length)
}

describe('describePassage', () => {
  it('keeps the quote with 32 characters of context either side, and its offsets', () => {
    expect(describePassage(canada, 58, 79)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'early warning systems',
        prefix: 'da emphasized the importance of ',
        suffix: ' in mitigating risks posed by ne'
      },
      position: { type: 'TextPositionSelector', start: 58, end: 79 }
    })
  })

  it('keeps less context where the paragraph starts or ends', () => {
    expect(describePassage(canada, 0, 3).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'The',
      prefix: '',
      suffix: ' representative of Canada emphas'
    })
    expect(describePassage(canada, 4, 18).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'representative',
      prefix: 'The ',
      suffix: ' of Canada emphasized the import'
    })
    expect(describePassage(canada, 230, 235).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'days.',
      prefix: 'lts with health services within ',
      suffix: ''
    })
    expect(describePassage('Agreed.', 0, 7).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Agreed.',
      prefix: '',
      suffix: ''
    })
  })

  it('counts offsets in UTF-16 code units through Arabic text and emoji', () => {
    expect(describePassage(egypt, 72, 93)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'الوقاية خير من العلاج',
        prefix: 'otto of the national campaign, «',
        suffix: '» (prevention is better than cur'
      },
      position: { type: 'TextPositionSelector', start: 72, end: 93 }
    })
    // The emoji counts as two: 32 units before "had" keep 31 characters.
    expect(describePassage(egypt, 164, 175).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'had reached',
      prefix: ' said that school programmes 🎓 ',
      suffix: ' 120,000 students in 2023.'
    })
  })

  it('does not cut an emoji in half at the edge of the context', () => {
    // The 🎓 is two code units; 32 units before "had" falls between them.
    const text = '🎓' + 'x'.repeat(31) + 'had' + 'y'.repeat(31) + '🎓'
    expect(describePassage(text, 33, 36).quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'had',
      prefix: 'x'.repeat(31),
      suffix: 'y'.repeat(31)
    })
  })

  it('refuses an empty passage', () => {
    expect(() => describePassage(canada, 10, 10)).toThrow(
      new RangeError('The passage 10–10 is empty')
    )
    expect(() => describePassage(canada, 12, 10)).toThrow(
      new RangeError('The passage 12–10 is empty')
    )
    expect(() => describePassage('', 0, 0)).toThrow(RangeError)
  })

  it('refuses a passage outside the paragraph', () => {
    expect(() => describePassage('Agreed.', -1, 3)).toThrow(
      new RangeError('The passage -1–3 is not within a paragraph of 7 characters')
    )
    expect(() => describePassage('Agreed.', 3, 8)).toThrow(
      new RangeError('The passage 3–8 is not within a paragraph of 7 characters')
    )
    expect(() => describePassage('Agreed.', 0.5, 3)).toThrow(RangeError)
    expect(() => describePassage('Agreed.', 0, Number.NaN)).toThrow(RangeError)
  })
})

describe('anchorPassage', () => {
  it('finds an unchanged passage by its position', () => {
    const target = passageOf(canada, importance)
    expect(anchorPassage(target, 57, meeting(canada, mexico))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 40,
      end: 99,
      method: 'position'
    })
  })

  it('finds the quote in its paragraph when text was inserted before it', () => {
    const target = passageOf(canada, importance)
    const altered = 'At the opening of the second session, t' + canada.slice(1)
    expect(anchorPassage(target, 57, meeting(altered, mexico))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 78,
      end: 137,
      method: 'quote'
    })
    expect(altered.slice(78, 137)).toBe(importance)
  })

  it('chooses between repeats of the quote by their context, not by nearness', () => {
    const target = passageOf(australia, 'wastewater analysis', 1)
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: 140, end: 159 })
    // The insertion moves the first repeat nearer the stored offset than the second.
    const altered =
      'Opening the third session, the Chair recalled the discussion on data collection. ' +
      australia
    expect(altered.indexOf('wastewater analysis')).toBe(123)
    expect(anchorPassage(target, 59, meeting(canada, mexico, altered))).toEqual({
      status: 'anchored',
      paragraph: 59,
      start: 221,
      end: 240,
      method: 'quote'
    })
  })

  it('chooses the repeat nearest the stored offset when the context fits both', () => {
    const sentence = 'Delegates supported the proposal. '
    const text = sentence.repeat(4)
    const target = describePassage(text, 68, 101)
    const altered = 'In summary: ' + text
    expect(anchorPassage(target, 57, meeting(altered))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 80,
      end: 113,
      method: 'quote'
    })
  })

  it('finds the passage approximately after a typo crept into it', () => {
    const target = passageOf(canada, importance)
    const altered = canada.replace('systems', 'sytems')
    expect(anchorPassage(target, 57, meeting(altered, mexico))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 40,
      end: 98,
      method: 'fuzzy-quote'
    })
    expect(altered.slice(40, 98)).toBe('the importance of early warning sytems in mitigating risks')
  })

  it('finds the passage approximately after a word in it changed and text moved it', () => {
    const target = passageOf(canada, importance)
    const altered = 'Speaking second, t' + canada.slice(1).replace('mitigating', 'reducing')
    expect(anchorPassage(target, 57, meeting(altered, mexico))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 57,
      end: 114,
      method: 'fuzzy-quote'
    })
    expect(altered.slice(57, 114)).toBe('the importance of early warning systems in reducing risks')
  })

  it('finds a passage moved to another paragraph', () => {
    const target = passageOf(canada, importance)
    const shortened = 'The representative of Canada described a national laboratory network.'
    const extended = mexico + ' ' + canada
    expect(anchorPassage(target, 57, meeting(shortened, extended, australia))).toEqual({
      status: 'anchored',
      paragraph: 58,
      start: 279,
      end: 338,
      method: 'document'
    })
    expect(extended.slice(279, 338)).toBe(importance)
  })

  it('finds a passage moved to another paragraph and edited on the way', () => {
    const target = passageOf(canada, importance)
    const shortened = 'The representative of Canada described a national laboratory network.'
    const extended = mexico + ' ' + canada.replace('systems', 'system')
    expect(anchorPassage(target, 57, meeting(shortened, australia, extended))).toEqual({
      status: 'anchored',
      paragraph: 59,
      start: 279,
      end: 337,
      method: 'document'
    })
  })

  it('prefers an exact copy in a later paragraph to an approximate one in an earlier', () => {
    const target = passageOf(canada, importance)
    const shortened = 'The representative of Canada described a national laboratory network.'
    const edited = canada.replace('early', 'timely')
    expect(anchorPassage(target, 57, meeting(shortened, edited, mexico, canada))).toEqual({
      status: 'anchored',
      paragraph: 60,
      start: 40,
      end: 99,
      method: 'document'
    })
  })

  it('searches the whole document when the stored paragraph no longer exists', () => {
    const target = passageOf(canada, importance)
    expect(anchorPassage(target, 88, meeting(mexico, canada))).toEqual({
      status: 'anchored',
      paragraph: 58,
      start: 40,
      end: 99,
      method: 'document'
    })
  })

  it('orphans a passage that was removed from the document', () => {
    const target = passageOf(canada, importance)
    const shortened = 'The representative of Canada described a national laboratory network.'
    expect(anchorPassage(target, 57, meeting(shortened, mexico, australia, egypt))).toEqual({
      status: 'orphaned'
    })
  })

  it('finds a short quote again only where it occurs exactly', () => {
    const target = passageOf(australia, 'UN')
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: 200, end: 202 })
    const moved = 'In its second statement: ' + australia
    expect(anchorPassage(target, 57, meeting(moved, canada))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 225,
      end: 227,
      method: 'quote'
    })
  })

  it('orphans a short quote that changed rather than misplacing it approximately', () => {
    const target = passageOf(australia, 'UN')
    const spelledOut = australia.replace('the UN early', 'the United Nations early')
    expect(anchorPassage(target, 57, meeting(spelledOut, canada, mexico, egypt))).toEqual({
      status: 'orphaned'
    })
    const year = passageOf(egypt, '2023')
    const corrected = egypt.replace('2023', '2024')
    expect(anchorPassage(year, 57, meeting(corrected, canada, mexico, australia))).toEqual({
      status: 'orphaned'
    })
  })

  it('round-trips offsets through Arabic text and emoji', () => {
    const arabic = 'الوقاية خير من العلاج'
    const target = passageOf(egypt, arabic)
    const altered = '🌍🇪🇬 ' + egypt
    const result = anchorPassage(target, 57, meeting(altered))
    expect(result).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 79,
      end: 100,
      method: 'quote'
    })
    expect(altered.slice(79, 100)).toBe(arabic)

    const withEmoji = passageOf(egypt, 'programmes 🎓 had reached')
    expect(anchorPassage(withEmoji, 57, meeting(egypt))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 150,
      end: 175,
      method: 'position'
    })
    const retyped = egypt.replace('الوقاية', 'الوقايه')
    expect(anchorPassage(target, 57, meeting(retyped))).toEqual({
      status: 'anchored',
      paragraph: 57,
      start: 72,
      end: 93,
      method: 'fuzzy-quote'
    })
  })

  it('orphans a target with an empty quote', () => {
    const target: PassageTarget = {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 }
    }
    expect(anchorPassage(target, 57, meeting(canada))).toEqual({ status: 'orphaned' })
  })
})
