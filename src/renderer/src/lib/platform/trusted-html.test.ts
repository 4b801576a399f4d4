// @vitest-environment jsdom
/** The page's one sanitizer for HTML from strings, and what a note's rules leave of it. */
import { describe, expect, it } from 'vitest'
import { noteHtml, renderNote } from '../notes/render-note'
import { htmlSanitizer, sanitizedHtml } from './trusted-html'

describe('sanitizedHtml', () => {
  it('cleans HTML with DOMPurify, dropping what could run', () => {
    expect(
      String(sanitizedHtml('<img src="x" onerror="alert(1)"><b>kept</b><script>x()</script>'))
    ).toBe('<img src="x"><b>kept</b>')
  })

  it('is one sanitizer for the whole page, so its Trusted Types policy is made once', () => {
    expect(htmlSanitizer()).toBe(htmlSanitizer())
  })

  it("is not bound by a note's link rule, which applies only while a note is cleaned", () => {
    const link = '<a href="#footnote-agenda">*</a>'
    expect(renderNote('[x](#footnote-agenda)')).toBe('<p>x</p>\n')
    expect(String(noteHtml('[x](#footnote-agenda)'))).toBe('<p>x</p>\n')
    expect(String(sanitizedHtml(link))).toBe(link)
  })
})
