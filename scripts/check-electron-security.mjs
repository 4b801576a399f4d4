// @ts-check
/**
 * A static check of the Electron configuration as it ships: the built main and preload bundles,
 * the page's Content Security Policy, the fuses in electron-builder.yml and Electron's version,
 * against Electron's security checklist. `npm run check:security` builds and runs it, and so does
 * `npm run test:e2e` before Playwright; any high finding fails it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {'high' | 'medium'} Severity
 * @typedef {{ file: string, text: string }} SourceFile
 * @typedef {{ severity: Severity, rule: string, file: string, line: number, reason: string }} Finding
 * @typedef {{
 *   main: SourceFile[],
 *   preload: SourceFile[],
 *   pages: SourceFile[],
 *   builderConfig: SourceFile | undefined,
 *   electronPackage?: SourceFile
 * }} ShippedSources
 */

/**
 * A copy of JavaScript source with its comments blanked out, line breaks kept, so a comment that
 * mentions `nodeIntegration: true` or `ipcRenderer` is not taken for code. Strings, template
 * literals and regular expression literals are kept as they are.
 * @param {string} source
 * @returns {string}
 */
export function withoutComments(source) {
  let code = ''
  let index = 0
  /** The last character that was not white space, to tell a regex literal from a division. */
  let previous = ''
  while (index < source.length) {
    const char = source[index]
    const next = source[index + 1]
    if (char === '/' && next === '/') {
      const end = source.indexOf('\n', index)
      const stop = end === -1 ? source.length : end
      code += ' '.repeat(stop - index)
      index = stop
    } else if (char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2)
      const stop = end === -1 ? source.length : end + 2
      code += source.slice(index, stop).replace(/[^\n]/g, ' ')
      index = stop
    } else if (char === '"' || char === "'" || char === '`') {
      const stop = endOfQuoted(source, index, char)
      code += source.slice(index, stop)
      previous = char
      index = stop
    } else if (char === '/' && (previous === '' || '(,=:[!&|?{};+-*%<>~^'.includes(previous))) {
      const stop = endOfQuoted(source, index, '/')
      code += source.slice(index, stop)
      previous = '/'
      index = stop
    } else {
      code += char
      if (!/\s/.test(char)) previous = char
      index++
    }
  }
  return code
}

/**
 * Where a string, template or regex literal opened at `start` ends (just past its closing
 * quote), skipping escaped characters; a regex's character classes may hold its quote unescaped.
 * @param {string} source
 * @param {number} start
 * @param {string} quote
 * @returns {number}
 */
function endOfQuoted(source, start, quote) {
  let inClass = false
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') index++
    else if (quote === '/' && char === '[') inClass = true
    else if (quote === '/' && char === ']') inClass = false
    else if (char === quote && !inClass) return index + 1
    else if (char === '\n' && quote !== '`') return index
  }
  return source.length
}

/**
 * The 1-based line of `index` in `text`.
 * @param {string} text
 * @param {number} index
 * @returns {number}
 */
function lineAt(text, index) {
  return text.slice(0, index).split('\n').length
}

/** `true` as source or as a minifier writes it. */
const truthy = String.raw`(?:true|!0)`
/** `false` as source or as a minifier writes it. */
const falsy = String.raw`(?:false|!1)`

/**
 * A regex for an option set to a value: `name: value`, with the name quoted or not.
 * @param {string} name
 * @param {string} value
 * @returns {RegExp}
 */
function optionSetTo(name, value) {
  return new RegExp(String.raw`["']?\b${name}["']?\s*:\s*${value}(?![\w$])`, 'g')
}

/**
 * Settings that turn off a protection, each a high finding wherever it appears in main or preload.
 * @type {{ rule: string, pattern: RegExp, reason: string }[]}
 */
const dangerousSettings = [
  {
    rule: 'node-integration',
    pattern: optionSetTo('nodeIntegration', truthy),
    reason: 'nodeIntegration: true gives the page Node.js'
  },
  {
    rule: 'node-integration-in-worker',
    pattern: optionSetTo('nodeIntegrationInWorker', truthy),
    reason: 'nodeIntegrationInWorker: true gives web workers Node.js'
  },
  {
    rule: 'node-integration-in-subframes',
    pattern: optionSetTo('nodeIntegrationInSubFrames', truthy),
    reason: 'nodeIntegrationInSubFrames: true gives frames Node.js'
  },
  {
    rule: 'context-isolation-off',
    pattern: optionSetTo('contextIsolation', falsy),
    reason: 'contextIsolation: false lets the page reach into preload and Electron internals'
  },
  {
    rule: 'sandbox-off',
    pattern: optionSetTo('sandbox', falsy),
    reason: 'sandbox: false runs the renderer outside the OS sandbox'
  },
  {
    rule: 'web-security-off',
    pattern: optionSetTo('webSecurity', falsy),
    reason: 'webSecurity: false turns off the same-origin policy'
  },
  {
    rule: 'insecure-content',
    pattern: optionSetTo('allowRunningInsecureContent', truthy),
    reason: 'allowRunningInsecureContent: true runs http: scripts in an https: page'
  },
  {
    rule: 'experimental-features',
    pattern: optionSetTo('experimentalFeatures', truthy),
    reason: 'experimentalFeatures: true turns on untested Chromium features'
  },
  {
    rule: 'blink-features',
    pattern: /["']?\benableBlinkFeatures["']?\s*:/g,
    reason: 'enableBlinkFeatures turns on Chromium features that are off by default'
  },
  {
    rule: 'webview-tag',
    pattern: optionSetTo('webviewTag', truthy),
    reason: 'webviewTag: true lets the page embed <webview>s'
  },
  {
    rule: 'webview-popups',
    pattern: /\ballowpopups\b/gi,
    reason: 'allowpopups lets a <webview> open windows'
  },
  {
    rule: 'remote-module',
    pattern: /["']?\benableRemoteModule["']?\s*:\s*(?:true|!0)(?![\w$])|@electron\/remote/g,
    reason: 'the remote module hands main-process objects to the page'
  },
  {
    rule: 'scheme-bypasses-csp',
    pattern: optionSetTo('bypassCSP', truthy),
    reason: 'a scheme privileged with bypassCSP ignores the Content Security Policy'
  },
  {
    rule: 'remote-page',
    pattern: /\.loadURL\s*\(\s*["'`](?:https?|ftp|wss?):/g,
    reason: 'a window loads a remote page'
  },
  {
    rule: 'file-page',
    pattern: /\.loadURL\s*\(\s*["'`]file:|\.loadFile\s*\(/g,
    reason: 'a window loads a page from file://; serve it from a custom scheme'
  },
  {
    rule: 'execute-javascript',
    pattern: /\.executeJavaScript(?:InIsolatedWorld)?\s*\(/g,
    reason: 'executeJavaScript runs a string as code in the page'
  }
]

/**
 * The name of a call that checks an address before it is opened: `isOpenableExternalUrl(`,
 * `checkExternalUrl(`, `validateLink(` and the like.
 */
const addressCheck =
  /\b(?:is|check|validate|verify|sanitize|assert)\w*(?:url|link|href|address)\w*\s*\(/i

/** How far before `shell.openExternal(` a check of the address must be, in characters. */
const addressCheckReach = 600

/**
 * The matches of `pattern` in `code` as findings.
 * @param {SourceFile} source the file, for its name and its line numbers
 * @param {string} code the file's code with comments blanked out
 * @param {RegExp} pattern a global regex
 * @param {Omit<Finding, 'file' | 'line'>} finding
 * @returns {Finding[]}
 */
function findingsAt(source, code, pattern, finding) {
  return [...code.matchAll(pattern)].map((match) => ({
    ...finding,
    file: source.file,
    line: lineAt(source.text, match.index)
  }))
}

/**
 * Checks built main-process (or preload) code: settings that turn protections off, remote or
 * `file:` pages, unchecked `shell.openExternal`, script and style injected into the page, and
 * windows created without the three protective settings spelled out.
 * @param {SourceFile} source
 * @returns {Finding[]}
 */
export function checkProcessCode(source) {
  const code = withoutComments(source.text)
  /** @type {Finding[]} */
  const findings = dangerousSettings.flatMap(({ rule, pattern, reason }) =>
    findingsAt(source, code, pattern, { severity: 'high', rule, reason })
  )

  for (const match of code.matchAll(/\.\s*openExternal\s*\(\s*(.)/g)) {
    const before = code.slice(Math.max(0, match.index - addressCheckReach), match.index)
    const literalHttps = /^["'`]https:/.test(code.slice(match.index + match[0].length - 1))
    if (!addressCheck.test(before) && !literalHttps) {
      findings.push({
        severity: 'high',
        rule: 'open-external-unchecked',
        file: source.file,
        line: lineAt(source.text, match.index),
        reason: 'shell.openExternal is not preceded by a check of the address'
      })
    }
  }

  for (const match of code.matchAll(/\.insertCSS\s*\(\s*/g)) {
    const start = match.index + match[0].length
    const quote = code[start]
    const literal = quote === '"' || quote === "'" || quote === '`'
    const fixed = literal && !code.slice(start, endOfQuoted(code, start, quote)).includes('${')
    if (!fixed) {
      findings.push({
        severity: 'high',
        rule: 'insert-css-untrusted',
        file: source.file,
        line: lineAt(source.text, match.index),
        reason: 'insertCSS is given something other than a fixed string'
      })
    }
  }

  const windowCreation = /\bnew\s+(?:[\w$]+\.)?(?:BrowserWindow|BrowserView|WebContentsView)\s*\(/g
  const required = [
    ['sandbox', truthy, 'sandbox: true'],
    ['contextIsolation', truthy, 'contextIsolation: true'],
    ['nodeIntegration', falsy, 'nodeIntegration: false']
  ]
  const missing = required
    .filter(([name, value]) => !optionSetTo(name, value).test(code))
    .map(([, , setting]) => setting)
  if (missing.length > 0) {
    findings.push(
      ...findingsAt(source, code, windowCreation, {
        severity: 'high',
        rule: 'window-without-protections',
        reason: `a window is created, but the code never sets ${missing.join(', ')}`
      })
    )
  }
  return findings
}

/** Calls on `ipcRenderer` that a preload may make; anything else hands the object itself out. */
const ipcRendererCall =
  /^\s*\.\s*(?:invoke|send|sendSync|sendToHost|postMessage|on|once|off|removeListener|removeAllListeners)\s*\(/

/**
 * Checks a built preload: what `checkProcessCode` checks, and that `ipcRenderer` is only ever
 * called, never handed on as a value (which is how it ends up exposed through `contextBridge`).
 * Taking it from `require('electron')` or importing it is the one other use allowed.
 * @param {SourceFile} source
 * @returns {Finding[]}
 */
export function checkPreloadCode(source) {
  const findings = checkProcessCode(source)
  const code = withoutComments(source.text)
  for (const match of code.matchAll(/\bipcRenderer\b/g)) {
    const after = code.slice(match.index + match[0].length)
    const imported = /^[\w$\s,]*\}\s*(?:=\s*require\s*\(|from\s)/.test(after)
    if (!ipcRendererCall.test(after) && !imported) {
      findings.push({
        severity: 'high',
        rule: 'ipc-renderer-exposed',
        file: source.file,
        line: lineAt(source.text, match.index),
        reason: 'ipcRenderer (or one of its methods) is used as a value, not called'
      })
    }
  }
  if (!/\bexposeInMainWorld\s*\(/.test(code) && /\bipcRenderer\b/.test(code)) {
    findings.push({
      severity: 'medium',
      rule: 'no-context-bridge',
      file: source.file,
      line: 1,
      reason: 'the preload uses ipcRenderer but exposes nothing through contextBridge'
    })
  }
  return findings
}

/**
 * The Content Security Policy a page's meta tag sets, as directive names and their sources, or
 * `undefined` when the page has none.
 * @param {string} html
 * @returns {Map<string, string[]> | undefined}
 */
export function pageContentSecurityPolicy(html) {
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((match) => match[0])
    .find((tag) => /http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag))
  const content = meta && /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta)
  if (!content) return undefined
  const policy = new Map()
  for (const directive of (content[1] ?? content[2]).split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/)
    if (name) policy.set(name.toLowerCase(), sources)
  }
  return policy
}

/**
 * Whether a CSP source lets content in from outside the app: a host, a network scheme, or `*`.
 * Keywords (`'self'`, `'none'`, nonces, hashes) and local schemes (`data:`, `blob:`) do not.
 * @param {string} source
 * @returns {boolean}
 */
function isRemoteSource(source) {
  if (source.startsWith("'")) return false
  if (/^(?:data|blob|mediastream|filesystem):$/i.test(source)) return false
  return true
}

/** Directives whose values are Trusted Types names, not sources content may come from. */
const trustedTypesDirectives = new Set(['require-trusted-types-for', 'trusted-types'])

/**
 * Checks a page's Content Security Policy: it must exist, have `default-src`, allow no eval,
 * no inline or data: script, nothing from outside the app, and require Trusted Types.
 * @param {SourceFile} source
 * @returns {Finding[]}
 */
export function checkPagePolicy(source) {
  const policy = pageContentSecurityPolicy(source.text)
  const metaAt = source.text.search(/http-equiv\s*=\s*["']?content-security-policy/i)
  const line = metaAt === -1 ? 1 : lineAt(source.text, metaAt)
  /**
   * @param {Severity} severity
   * @param {string} rule
   * @param {string} reason
   * @returns {Finding}
   */
  const finding = (severity, rule, reason) => ({ severity, rule, file: source.file, line, reason })
  if (policy === undefined) {
    return [finding('high', 'csp-missing', 'the page sets no Content-Security-Policy meta tag')]
  }
  /** @type {Finding[]} */
  const findings = []
  if (!policy.has('default-src')) {
    findings.push(finding('high', 'csp-no-default-src', 'the policy has no default-src'))
  }
  for (const [name, sources] of policy) {
    if (sources.includes("'unsafe-eval'")) {
      findings.push(finding('high', 'csp-unsafe-eval', `${name} allows 'unsafe-eval'`))
    }
    const remote = trustedTypesDirectives.has(name) ? [] : sources.filter(isRemoteSource)
    if (remote.length > 0) {
      findings.push(
        finding('high', 'csp-remote-source', `${name} allows content from ${remote.join(' ')}`)
      )
    }
  }
  const scriptSources = policy.get('script-src') ?? policy.get('default-src') ?? []
  if (scriptSources.includes("'unsafe-inline'")) {
    findings.push(finding('high', 'csp-inline-script', "scripts may run inline ('unsafe-inline')"))
  }
  if (scriptSources.some((source) => /^(?:data|blob):$/i.test(source))) {
    findings.push(finding('high', 'csp-data-script', 'scripts may load from data: or blob: URLs'))
  }
  if (!(policy.get('require-trusted-types-for') ?? []).includes("'script'")) {
    findings.push(
      finding(
        'medium',
        'csp-no-trusted-types',
        "the policy does not require Trusted Types for 'script'"
      )
    )
  }
  const policyNames = policy.get('trusted-types') ?? []
  // A `default` policy is applied to every raw string, so a raw string no longer throws; allowed
  // duplicates let any script make a policy by an allowed name.
  if (policyNames.includes('default') || policyNames.includes("'allow-duplicates'")) {
    findings.push(
      finding(
        'medium',
        'csp-lenient-trusted-types',
        "trusted-types allows a 'default' policy or 'allow-duplicates'"
      )
    )
  }
  if ((policy.get('style-src') ?? policy.get('default-src') ?? []).includes("'unsafe-inline'")) {
    findings.push(finding('medium', 'csp-inline-style', "styles may be inline ('unsafe-inline')"))
  }
  const objectSources = policy.get('object-src') ?? policy.get('default-src') ?? []
  if (!(objectSources.length === 1 && objectSources[0] === "'none'")) {
    findings.push(finding('medium', 'csp-objects', "object-src is not 'none'"))
  }
  return findings
}

/**
 * The fuses the packaged app must have, and the value each must be flipped to.
 * @type {Readonly<Record<string, boolean>>}
 */
export const requiredFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false
}

/**
 * The boolean entries of a top-level block of a YAML file, such as `electronFuses:`, read line
 * by line: enough for a block of `name: true|false` lines, without a YAML parser. Keys that are
 * not booleans are left out, so a mistyped value counts as missing.
 * @param {string} yaml
 * @param {string} block
 * @returns {Map<string, boolean> | undefined} `undefined` when there is no such block
 */
export function readYamlBooleanBlock(yaml, block) {
  const lines = yaml.split(/\r?\n/)
  const start = lines.findIndex((line) => new RegExp(`^${block}:\\s*(?:#.*)?$`).test(line))
  if (start === -1) return undefined
  const entries = new Map()
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(?:#.*)?$/.test(line)) continue
    if (!/^\s/.test(line)) break
    const entry = /^\s+["']?([\w-]+)["']?\s*:\s*(true|false)\s*(?:#.*)?$/.exec(line)
    if (entry) entries.set(entry[1], entry[2] === 'true')
  }
  return entries
}

/**
 * Checks electron-builder's configuration: the app is packed into an asar archive, and each of
 * `requiredFuses` is set to its value.
 * @param {SourceFile} source
 * @returns {Finding[]}
 */
export function checkBuilderConfig(source) {
  /**
   * @param {string} rule
   * @param {string} reason
   * @returns {Finding}
   */
  const finding = (rule, reason) => ({ severity: 'high', rule, file: source.file, line: 1, reason })
  /** @type {Finding[]} */
  const findings = []
  if (!/^asar:\s*true\s*(?:#.*)?$/m.test(source.text)) {
    findings.push(finding('asar-off', 'the app is not packed into app.asar (asar: true)'))
  }
  const fuses = readYamlBooleanBlock(source.text, 'electronFuses')
  if (fuses === undefined) {
    return [
      ...findings,
      finding('fuses-missing', 'electronFuses is not set, so no fuse is flipped')
    ]
  }
  for (const [name, value] of Object.entries(requiredFuses)) {
    if (fuses.get(name) !== value) {
      findings.push(finding('fuse-not-set', `electronFuses.${name} is not ${value}`))
    }
  }
  return findings
}

/**
 * The oldest Electron major still given security fixes. Electron supports its latest three
 * majors; raise this as new ones come out (45 was the latest on 29 November 2026).
 */
export const oldestSupportedElectronMajor = 43

/**
 * Checks that the installed Electron, the one electron-builder ships, still gets security fixes.
 * @param {SourceFile} source Electron's package.json
 * @returns {Finding[]}
 */
export function checkElectronVersion(source) {
  /** @type {unknown} */
  const version = JSON.parse(source.text).version
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : NaN
  if (major >= oldestSupportedElectronMajor) return []
  return [
    {
      severity: 'high',
      rule: 'electron-unsupported',
      file: source.file,
      line: 1,
      reason: `Electron ${String(version)} is older than ${oldestSupportedElectronMajor}, the oldest major still supported`
    }
  ]
}

/**
 * Checks everything that ships; the findings come in the order of the files given.
 * @param {ShippedSources} sources
 * @returns {Finding[]}
 */
export function checkElectronSecurity(sources) {
  return [
    ...sources.main.flatMap(checkProcessCode),
    ...sources.preload.flatMap(checkPreloadCode),
    ...sources.pages.flatMap(checkPagePolicy),
    ...(sources.builderConfig ? checkBuilderConfig(sources.builderConfig) : []),
    ...(sources.electronPackage ? checkElectronVersion(sources.electronPackage) : [])
  ]
}

/**
 * Reads what ships from a built checkout at `root`: `out/main` and `out/preload` bundles, the
 * page's source and built index.html, electron-builder.yml and the installed Electron's version.
 * @param {string} root
 * @returns {ShippedSources}
 */
export function readShippedSources(root) {
  /** @param {string} path @returns {SourceFile} */
  const read = (path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') })
  /** @param {string} folder @returns {SourceFile[]} */
  const bundles = (folder) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => /\.(?:js|mjs|cjs)$/.test(name))
          .sort()
          .map((name) => read(join(folder, name)))
      : []
  const pages = ['src/renderer/index.html', 'out/renderer/index.html']
    .map((path) => join(root, path))
    .filter((path) => existsSync(path))
    .map(read)
  const builderConfig = join(root, 'electron-builder.yml')
  const electronPackage = join(root, 'node_modules/electron/package.json')
  return {
    main: bundles(join(root, 'out/main')),
    preload: bundles(join(root, 'out/preload')),
    pages,
    builderConfig: existsSync(builderConfig) ? read(builderConfig) : undefined,
    electronPackage: existsSync(electronPackage) ? read(electronPackage) : undefined
  }
}

/**
 * Runs the check on the checkout this script is in and prints what it found. Exits 1 on any
 * high finding, 2 when there is no build to check.
 * @returns {void}
 */
function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const sources = readShippedSources(root)
  if (sources.main.length === 0 || sources.preload.length === 0) {
    console.error('No build to check: run `npx electron-vite build` first.')
    process.exit(2)
  }
  const findings = checkElectronSecurity(sources)
  for (const { severity, rule, file, line, reason } of findings) {
    console.log(`${severity.padEnd(6)} ${file}:${line}  ${rule}: ${reason}`)
  }
  const files = [...sources.main, ...sources.preload, ...sources.pages]
    .concat(sources.builderConfig ?? [], sources.electronPackage ?? [])
    .map((source) => source.file)
  const high = findings.filter((finding) => finding.severity === 'high').length
  console.log(
    `Electron security check: ${high} high, ${findings.length - high} medium in ${files.join(', ')}.`
  )
  if (high > 0) process.exit(1)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
