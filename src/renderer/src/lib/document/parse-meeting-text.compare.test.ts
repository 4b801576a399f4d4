/**
 * The meeting summary read by the UN document parser is the meeting summary the app has always
 * shown: the parse of the shipped text equals, to the byte of its JSON, the parse the former
 * meeting-only parser gave (its output kept in test-support/meeting-parse.golden.json, written
 * by that parser before the UN document parser replaced it; never rewritten from the new one).
 */
import { describe, expect, it } from 'vitest'
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import formerParse from '@test-support/meeting-parse.golden.json?raw'
import { parseMeetingText } from './parse-meeting-text'

describe('parseMeetingText, as a case of parseUnDocument', () => {
  it('gives the shipped text exactly the former parse, key order included', () => {
    expect(JSON.stringify(parseMeetingText(source))).toBe(formerParse)
  })
})
