/**
 * Trusted Types in the running page: the CSP requires them for every script-capable sink, so a
 * raw string assigned to `innerHTML` passes through the app's one DOMPurify-backed policy, a raw
 * string assigned to a script sink throws, and no other policy can be created.
 */
import { expect, test } from './fixtures'

test('takes HTML only through the one policy and refuses raw script', async ({ app }) => {
  // The policy's sanitizer loads with the notes layer, which has shown the notes by this mark.
  await app.page.waitForFunction(() => performance.getEntriesByName('annotations-shown').length > 0)
  const outcome = await app.page.evaluate(() => {
    const factory = (
      window as unknown as {
        trustedTypes: {
          defaultPolicy: { name: string } | null
          createPolicy(name: string, rules: object): unknown
        }
      }
    ).trustedTypes
    const element = document.createElement('div')
    element.innerHTML =
      '<img src="x" onerror="window.__xss=1"><b>kept</b><script>window.__xss=1</script>'
    const refusals: string[] = []
    try {
      document.createElement('script').text = 'window.__xss=1'
    } catch (error) {
      refusals.push(`script text: ${(error as Error).name}`)
    }
    try {
      document.createElement('script').src = 'data:text/javascript,window.__xss=1'
    } catch (error) {
      refusals.push(`script src: ${(error as Error).name}`)
    }
    try {
      factory.createPolicy('bypass', { createHTML: (html: string) => html })
    } catch (error) {
      refusals.push(`another policy: ${(error as Error).name}`)
    }
    return { defaultPolicy: factory.defaultPolicy?.name, html: element.innerHTML, refusals }
  })
  expect(outcome).toEqual({
    defaultPolicy: 'default',
    html: '<img src="x"><b>kept</b>',
    refusals: ['script text: TypeError', 'script src: TypeError', 'another policy: TypeError']
  })
})
