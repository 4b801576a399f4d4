/**
 * Trusted Types in the running page: the CSP requires them for every script-capable sink and
 * names no default policy, so a raw string assigned to `innerHTML` throws, as does one assigned
 * to a script sink; HTML reaches the page only as DOMPurify's sanitized output, and no other
 * policy can be made, not even a second one by DOMPurify's name.
 */
import { expect, test } from './fixtures'
import { writeParagraphNote } from './annotating'

test('refuses a raw HTML string, takes sanitized notes, and allows no other policy', async ({
  app
}) => {
  // The notes layer makes the policy as it loads; it has shown the notes by this mark.
  await app.page.waitForFunction(() => performance.getEntriesByName('annotations-shown').length > 0)
  const outcome = await app.page.evaluate(() => {
    const factory = (
      window as unknown as {
        trustedTypes: {
          defaultPolicy: object | null
          createPolicy(name: string, rules: object): unknown
        }
      }
    ).trustedTypes
    const refusals: string[] = []
    const element = document.createElement('div')
    const attempts: Array<[string, () => void]> = [
      ['innerHTML', () => (element.innerHTML = '<img src="x" onerror="window.__xss=1"><b>b</b>')],
      ['outerHTML', () => (document.createElement('p').outerHTML = '<b>b</b>')],
      ['insertAdjacentHTML', () => element.insertAdjacentHTML('beforeend', '<b>b</b>')],
      ['DOMParser', () => new DOMParser().parseFromString('<b>b</b>', 'text/html')],
      ['script text', () => (document.createElement('script').text = 'window.__xss=1')],
      [
        'script src',
        () => (document.createElement('script').src = 'data:text/javascript,window.__xss=1')
      ],
      ['another policy', () => factory.createPolicy('bypass', { createHTML: (h: string) => h })],
      [
        'a second dompurify',
        () => factory.createPolicy('dompurify', { createHTML: (h: string) => h })
      ],
      ['a default policy', () => factory.createPolicy('default', { createHTML: (h: string) => h })]
    ]
    for (const [name, attempt] of attempts) {
      try {
        attempt()
      } catch (error) {
        refusals.push(`${name}: ${(error as Error).name}`)
      }
    }
    return {
      defaultPolicy: factory.defaultPolicy,
      html: element.innerHTML,
      xss: (window as { __xss?: number }).__xss ?? null,
      refusals
    }
  })
  expect(outcome).toEqual({
    defaultPolicy: null,
    html: '',
    xss: null,
    refusals: [
      'innerHTML: TypeError',
      'outerHTML: TypeError',
      'insertAdjacentHTML: TypeError',
      'DOMParser: TypeError',
      'script text: TypeError',
      'script src: TypeError',
      'another policy: TypeError',
      'a second dompurify: TypeError',
      'a default policy: TypeError'
    ]
  })

  // What the app itself writes as HTML still shows: a note's preview and its listing.
  await writeParagraphNote(app.page, 12, '**Bold** and [a link](https://www.unodc.org/)')
  await expect(app.page.locator('.entry-note strong').first()).toHaveText('Bold')
})
