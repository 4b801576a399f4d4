/** Tests of reading a note into blocks and runs for the Word brief and plain text. */
import { describe, expect, it } from 'vitest'
import { noteBlocks, notePlainText } from './note-blocks'

describe('noteBlocks', () => {
  it('reads a line of prose as one run', () => {
    expect(noteBlocks('Ask Canada about its Drug Analysis Service.')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Ask Canada about its Drug Analysis Service.' }] }
    ])
    expect(noteBlocks('  ')).toEqual([])
  })

  it('keeps bold, italic, code and https: links; other links become their text', () => {
    expect(
      noteBlocks(
        'We **support** *this*, `code`, [LSS](https://www.unodc.org/LSS/) and [x](javascript:alert(1))'
      )
    ).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'We ' },
          { text: 'support', bold: true },
          { text: ' ' },
          { text: 'this', italic: true },
          { text: ', ' },
          { text: 'code', code: true },
          { text: ', ' },
          { text: 'LSS', link: 'https://www.unodc.org/LSS/' },
          { text: ' and x' }
        ]
      }
    ])
  })

  it('reads lists, numbered from where they start, and nested ones', () => {
    expect(noteBlocks('3. Third\n4. Fourth\n   - inner')).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', runs: [{ text: 'Third' }] }],
          [
            { kind: 'paragraph', runs: [{ text: 'Fourth' }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [[{ kind: 'paragraph', runs: [{ text: 'inner' }] }]]
            }
          ]
        ]
      }
    ])
  })

  it('makes headings bold paragraphs, keeps raw HTML and entities as the text typed', () => {
    expect(noteBlocks('## Plenary\n\n<b>x</b> &amp; &lt;y&gt;')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Plenary', bold: true }] },
      { kind: 'paragraph', runs: [{ text: '<b>x</b> & <y>' }] }
    ])
  })

  it('reads quotes, code blocks and line breaks', () => {
    expect(noteBlocks('> quoted\n\n```\na < b\n```\n\none\ntwo')).toEqual([
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'quoted' }] }] },
      { kind: 'code', text: 'a < b' },
      { kind: 'paragraph', runs: [{ text: 'one' }, { text: 'two', breakBefore: true }] }
    ])
  })
})

describe('notePlainText', () => {
  it('is the note’s text on one line, without Markdown', () => {
    expect(
      notePlainText('Raise under **item 6**.\n\n- Compare with para. 12\n- Brief the head')
    ).toBe('Raise under item 6. Compare with para. 12 Brief the head')
    expect(notePlainText('')).toBe('')
  })
})
