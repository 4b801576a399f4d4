import { describe, expect, it } from 'vitest'
import { fillEmptyElement, innerHtmlOf, withoutEmptyInputValues } from './prerendered-html'

describe('fillEmptyElement', () => {
  const empty = '<nav id="outline" class="outline"></nav>'

  it('puts the HTML inside the empty element, and nothing else changes', () => {
    expect(fillEmptyElement(`<div>${empty}<main></main></div>`, empty, '<ul><li>I</li></ul>')).toBe(
      '<div><nav id="outline" class="outline"><ul><li>I</li></ul></nav><main></main></div>'
    )
  })

  it('refuses HTML without that element, or with two', () => {
    expect(() => fillEmptyElement('<main></main>', empty, 'x')).toThrow(
      `The rendered app has 0 empty ${empty}, not 1.`
    )
    expect(() => fillEmptyElement(empty + empty, empty, 'x')).toThrow(
      `The rendered app has 2 empty ${empty}, not 1.`
    )
  })

  it('refuses the element once it has content: the place was not left empty', () => {
    expect(() =>
      fillEmptyElement('<nav id="outline" class="outline"><h2>Outline</h2></nav>', empty, 'x')
    ).toThrow('The rendered app has 0 empty')
  })

  it('puts `$` patterns in as they are', () => {
    expect(fillEmptyElement(empty, empty, "$& $1 $'")).toBe(
      '<nav id="outline" class="outline">$& $1 $\'</nav>'
    )
  })
})

describe('innerHtmlOf', () => {
  it('takes what is between the first opening tag and the last closing one', () => {
    expect(
      innerHtmlOf('<!--[--><nav id="outline"><h2>Outline</h2><nav>x</nav></nav><!--]-->', 'nav')
    ).toBe('<h2>Outline</h2><nav>x</nav>')
  })

  it('refuses HTML without the element', () => {
    expect(() => innerHtmlOf('<div></div>', 'nav')).toThrow(
      'The rendered HTML has no <nav> element.'
    )
  })
})

describe('withoutEmptyInputValues', () => {
  it('leaves out the empty value of every input, and nothing else', () => {
    expect(
      withoutEmptyInputValues(
        '<input value="" type="search"/> <p value="">x</p> <input id="n" value="" inputmode="numeric"/>'
      )
    ).toBe('<input type="search"/> <p value="">x</p> <input id="n" inputmode="numeric"/>')
  })

  it('keeps a value that says something, and an attribute that only ends in value', () => {
    const html = '<input value="12"/><input data-value="" type="text"/>'
    expect(withoutEmptyInputValues(html)).toBe(html)
  })
})
