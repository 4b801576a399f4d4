/**
 * The meeting summary read by the UN document parser is the meeting summary the app has always
 * shown: the new parse of the shipped text equals the former parser's, to the byte of its JSON.
 */
import { describe, expect, it } from 'vitest'
import source from '../../../../../resources/cnd67-crp-synthetic-drugs-egm-2024.txt?raw'
import { parseMeetingText as legacyParseMeetingText } from '@test-support/legacy-parse-meeting-text'
import { parseMeetingText } from './parse-meeting-text'

describe('parseMeetingText, as a case of parseUnDocument', () => {
  it('gives the shipped text exactly the former parse, key order included', () => {
    expect(JSON.stringify(parseMeetingText(source))).toBe(
      JSON.stringify(legacyParseMeetingText(source))
    )
  })
})
