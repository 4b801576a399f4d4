/**
 * Tests for the static Electron security check: each rule fires on a small bad snippet and stays
 * quiet on the good one, and the app as it stands passes.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkBuilderConfig,
  checkElectronSecurity,
  checkElectronVersion,
  checkPagePolicy,
  checkPreloadCode,
  checkProcessCode,
  readYamlBooleanBlock,
  oldestSupportedElectronMajor,
  requiredFuses,
  withoutComments
} from './check-electron-security.mjs'
import type { Finding } from './check-electron-security.mjs'

const root = join(import.meta.dirname, '..')

/** The rules of the findings, in order. */
function rulesOf(findings: Finding[]): string[] {
  return findings.map((finding) => finding.rule)
}

/** Main-process code that does everything right, with near misses for every rule. */
const goodMain = `
import { BrowserWindow, protocol, shell } from 'electron'
// Never nodeIntegration: true, never executeJavaScript(code) or enableBlinkFeatures: 'x'.
/* sandbox: false was the template's default; loadURL('https://example.org') is not done. */
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, bypassCSP: false } }])
const window = new BrowserWindow({
  webPreferences: {
    sandbox: true, contextIsolation: true, nodeIntegration: false,
    nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
    webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false,
    enableRemoteModule: false, webviewTag: false
  }
})
window.loadURL('app://cnd67/index.html')
window.webContents.insertCSS('.toolbar { display: none }')
const label = "a // in a string, and a /* too"
const pattern = /["'\\/]/g
async function openLink(url) {
  const checked = checkExternalUrl(url)
  if (!checked.ok) return checked
  await shell.openExternal(checked.value)
}
shell.openExternal('https://www.unodc.org/')
`

describe('withoutComments', () => {
  it('blanks line and block comments, keeping every line break', () => {
    const source = 'a = 1 // one\n/* two\nlines */ b = 2'
    expect(withoutComments(source)).toBe('a = 1       \n      \n         b = 2')
  })

  it('keeps strings, templates and regex literals that hold comment markers', () => {
    const source = `s = "http://x" + '/*' + \`//\${y}\` + /\\/\\*[/*]/.source`
    expect(withoutComments(source)).toBe(source)
  })
})

describe('checkProcessCode', () => {
  it('finds nothing in code that sets every protection and checks every address', () => {
    expect(checkProcessCode({ file: 'main.js', text: goodMain })).toEqual([])
  })

  /**
   * A change to the good code and the rule it must set off: `from` in the good code becomes `to`,
   * or, where `from` is empty, `to` is added at the top.
   */
  const badChanges: [rule: string, from: string, to: string][] = [
    ['node-integration', 'nodeIntegration: false', 'nodeIntegration: true'],
    ['node-integration', 'nodeIntegration: false', '"nodeIntegration":!0'],
    ['node-integration-in-worker', 'InWorker: false', 'InWorker: true'],
    ['node-integration-in-subframes', 'InSubFrames: false', 'InSubFrames: true'],
    ['context-isolation-off', 'contextIsolation: true', 'contextIsolation: false'],
    ['sandbox-off', 'sandbox: true', 'sandbox:!1'],
    ['web-security-off', 'webSecurity: true', 'webSecurity: false'],
    ['insecure-content', 'InsecureContent: false', 'InsecureContent: true'],
    ['experimental-features', 'experimentalFeatures: false', 'experimentalFeatures: true'],
    ['blink-features', 'webviewTag: false', "enableBlinkFeatures: 'CSSColorSchemeUARendering'"],
    ['webview-tag', 'webviewTag: false', 'webviewTag: true'],
    ['webview-popups', '', `document.body.innerHTML = '<webview allowpopups src="x">'\n`],
    ['remote-module', 'enableRemoteModule: false', 'enableRemoteModule: true'],
    ['remote-module', '', "require('@electron/remote/main').initialize()\n"],
    ['scheme-bypasses-csp', 'bypassCSP: false', 'bypassCSP: true'],
    ['remote-page', "loadURL('app://cnd67/", "loadURL('https://cnd67.example/"],
    ['remote-page', "loadURL('app://cnd67/", 'loadURL(`http://cnd67.example/'],
    ['file-page', "loadURL('app://cnd67/", "loadURL('file:///opt/cnd67/"],
    ['file-page', '', "window.loadFile('index.html')\n"],
    ['execute-javascript', '', 'window.webContents.executeJavaScript(note.text)\n'],
    ['open-external-unchecked', 'checkExternalUrl(url)', '{ value: url }'],
    ['insert-css-untrusted', "insertCSS('.toolbar { display: none }')", 'insertCSS(settings.css)'],
    [
      'insert-css-untrusted',
      "insertCSS('.toolbar { display: none }')",
      'insertCSS(`a { ${css} }`)'
    ],
    ['window-without-protections', 'sandbox: true, ', ''],
    ['window-without-protections', 'nodeIntegration: false,', '']
  ]
  const badMains = badChanges.map(([rule, from, to]) => [rule, goodMain.replace(from, to)])

  it.each(badMains)('reports %s', (rule, text) => {
    const findings = checkProcessCode({ file: 'main.js', text })
    expect(rulesOf(findings)).toContain(rule)
    expect(findings.every((finding) => finding.severity === 'high')).toBe(true)
  })

  it('says which protections a window was created without', () => {
    const text =
      'const w = new electron.BrowserWindow({ webPreferences: { preload } })\nw.loadURL(url)'
    expect(checkProcessCode({ file: 'out/main/index.js', text })).toEqual([
      {
        severity: 'high',
        rule: 'window-without-protections',
        file: 'out/main/index.js',
        line: 1,
        reason:
          'a window is created, but the code never sets sandbox: true, contextIsolation: true, nodeIntegration: false'
      }
    ])
  })

  it('gives the line the finding is on, counting commented lines', () => {
    const text = '/* one\n two */\n// three\nwin.webContents.executeJavaScript(x)'
    expect(checkProcessCode({ file: 'main.js', text })).toMatchObject([
      { rule: 'execute-javascript', line: 4 }
    ])
  })
})

/** A CommonJS preload as the build writes it, exposing wrappers around ipcRenderer only. */
const goodPreload = `"use strict";
const electron = require("electron");
// The page never sees ipcRenderer itself.
const invoke = (...args) => electron.ipcRenderer.invoke("cnd67:get-app-info", ...args);
electron.ipcRenderer.on("cnd67:backup-request", (_event, message) => answer(message));
const bridge = { getAppInfo: invoke, done: (id) => electron.ipcRenderer.send("cnd67:done", { id }) };
electron.contextBridge.exposeInMainWorld("cnd67", bridge);
`

describe('checkPreloadCode', () => {
  it('finds nothing in a preload that only calls ipcRenderer', () => {
    expect(checkPreloadCode({ file: 'preload.cjs', text: goodPreload })).toEqual([])
  })

  it('allows taking ipcRenderer from electron by import or require', () => {
    const imported = `import { contextBridge, ipcRenderer } from 'electron'\n${goodPreload}`
    const required = `const { contextBridge, ipcRenderer } = require('electron')\n${goodPreload}`
    expect(checkPreloadCode({ file: 'preload.mjs', text: imported })).toEqual([])
    expect(checkPreloadCode({ file: 'preload.cjs', text: required })).toEqual([])
  })

  it.each([
    [
      'ipcRenderer itself',
      'electron.contextBridge.exposeInMainWorld("ipc", electron.ipcRenderer);'
    ],
    ['ipcRenderer in an object', 'contextBridge.exposeInMainWorld("api", { ipcRenderer });'],
    ['one of its methods', 'contextBridge.exposeInMainWorld("api", { send: ipcRenderer.send });'],
    [
      'a bound method',
      'contextBridge.exposeInMainWorld("api", { on: ipcRenderer.on.bind(ipcRenderer) });'
    ]
  ])('reports exposing %s', (_name, line) => {
    const findings = checkPreloadCode({ file: 'preload.cjs', text: `${goodPreload}${line}\n` })
    expect(rulesOf(findings)).toContain('ipc-renderer-exposed')
    expect(findings[0]).toMatchObject({ severity: 'high', line: 8 })
  })

  it('reports a preload that uses ipcRenderer but exposes nothing through contextBridge', () => {
    const text = goodPreload.replace('electron.contextBridge.exposeInMainWorld', 'Object.assign')
    expect(checkPreloadCode({ file: 'preload.cjs', text })).toEqual([
      expect.objectContaining({ severity: 'medium', rule: 'no-context-bridge' })
    ])
  })

  it('also checks the settings that main-process code is checked for', () => {
    const text = `${goodPreload}webFrame.executeJavaScript(code)\n`
    expect(rulesOf(checkPreloadCode({ file: 'preload.cjs', text }))).toEqual(['execute-javascript'])
  })
})

/** A page whose meta tag sets `policy`. */
function pageWith(policy: string): string {
  return `<!doctype html>\n<html><head>\n<meta http-equiv="Content-Security-Policy" content="${policy}" />\n</head></html>`
}

const goodPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types dompurify"

describe('checkPagePolicy', () => {
  it('finds nothing in a policy that allows only the app itself', () => {
    expect(checkPagePolicy({ file: 'index.html', text: pageWith(goodPolicy) })).toEqual([])
  })

  it('finds nothing in the app’s own page', () => {
    const text = readFileSync(join(root, 'src/renderer/index.html'), 'utf8')
    expect(checkPagePolicy({ file: 'src/renderer/index.html', text })).toEqual([])
  })

  it.each([
    ['csp-no-default-src', 'high', goodPolicy.replace("default-src 'self'; ", '')],
    [
      'csp-unsafe-eval',
      'high',
      goodPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
    ],
    [
      'csp-remote-source',
      'high',
      goodPolicy.replace("script-src 'self'", "script-src 'self' https://cdn.example")
    ],
    ['csp-remote-source', 'high', goodPolicy.replace("img-src 'self' data:", 'img-src *')],
    ['csp-remote-source', 'high', `${goodPolicy}; connect-src 'self' wss:`],
    [
      'csp-inline-script',
      'high',
      goodPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    ],
    [
      'csp-inline-script',
      'high',
      goodPolicy
        .replace("script-src 'self'; ", '')
        .replace("default-src 'self'", "default-src 'self' 'unsafe-inline'")
    ],
    ['csp-data-script', 'high', goodPolicy.replace("script-src 'self'", "script-src 'self' data:")],
    [
      'csp-inline-style',
      'medium',
      goodPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    ],
    ['csp-objects', 'medium', goodPolicy.replace("; object-src 'none'", '')],
    [
      'csp-no-trusted-types',
      'medium',
      goodPolicy.replace("require-trusted-types-for 'script'; ", '')
    ],
    [
      'csp-lenient-trusted-types',
      'medium',
      goodPolicy.replace('trusted-types dompurify', 'trusted-types default dompurify')
    ],
    [
      'csp-lenient-trusted-types',
      'medium',
      goodPolicy.replace('trusted-types dompurify', "trusted-types dompurify 'allow-duplicates'")
    ]
  ])('reports %s (%s)', (rule, severity, policy) => {
    const findings = checkPagePolicy({ file: 'index.html', text: pageWith(policy) })
    expect(findings).toContainEqual(
      expect.objectContaining({ rule, severity, file: 'index.html', line: 3 })
    )
  })

  it('reports a page without a policy', () => {
    const text = '<!doctype html><html><head><title>Notes</title></head></html>'
    expect(rulesOf(checkPagePolicy({ file: 'index.html', text }))).toEqual(['csp-missing'])
  })
})

describe('readYamlBooleanBlock', () => {
  it('reads the boolean entries of a block, skipping comments and other values', () => {
    const yaml =
      'a: 1\nfuses:\n  # why\n  one: true\n  two: false # because\n  three: maybe\nb:\n  four: true\n'
    expect(readYamlBooleanBlock(yaml, 'fuses')).toEqual(
      new Map([
        ['one', true],
        ['two', false]
      ])
    )
    expect(readYamlBooleanBlock(yaml, 'missing')).toBeUndefined()
  })
})

describe('checkBuilderConfig', () => {
  const builderYaml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')

  it.each([
    'runAsNode: false',
    'enableCookieEncryption: true',
    'enableNodeOptionsEnvironmentVariable: false',
    'enableNodeCliInspectArguments: false',
    'enableEmbeddedAsarIntegrityValidation: true',
    'onlyLoadAppFromAsar: true',
    'loadBrowserProcessSpecificV8Snapshot: false',
    'grantFileProtocolExtraPrivileges: false'
  ])('flips the fuse %s in electron-builder.yml', (fuse) => {
    const fuses = readYamlBooleanBlock(builderYaml, 'electronFuses')
    const [name, value] = fuse.split(': ')
    expect(fuses?.get(name)).toBe(value === 'true')
  })

  it('requires exactly the fuses electron-builder.yml flips', () => {
    const fuses = readYamlBooleanBlock(builderYaml, 'electronFuses')
    expect(Object.fromEntries(fuses ?? [])).toEqual(requiredFuses)
  })

  it('finds nothing in electron-builder.yml', () => {
    expect(checkBuilderConfig({ file: 'electron-builder.yml', text: builderYaml })).toEqual([])
  })

  it.each(Object.entries(requiredFuses))('reports %s flipped the wrong way', (fuse, value) => {
    const text = builderYaml.replace(`  ${fuse}: ${value}`, `  ${fuse}: ${!value}`)
    expect(checkBuilderConfig({ file: 'electron-builder.yml', text })).toEqual([
      expect.objectContaining({
        rule: 'fuse-not-set',
        reason: `electronFuses.${fuse} is not ${value}`
      })
    ])
  })

  it('reports a configuration without fuses or without asar', () => {
    const text = 'appId: org.example\nasar: false\n'
    expect(rulesOf(checkBuilderConfig({ file: 'electron-builder.yml', text }))).toEqual([
      'asar-off',
      'fuses-missing'
    ])
  })
})

describe('checkElectronVersion', () => {
  /** Electron's package.json at `version`. */
  const electronPackage = (version: string) => ({
    file: 'node_modules/electron/package.json',
    text: JSON.stringify({ name: 'electron', version })
  })

  it('finds nothing for a supported major or a newer one', () => {
    expect(checkElectronVersion(electronPackage(`${oldestSupportedElectronMajor}.0.0`))).toEqual([])
    expect(checkElectronVersion(electronPackage('99.0.0-beta.1'))).toEqual([])
  })

  it('reports a major that no longer gets security fixes', () => {
    const old = `${oldestSupportedElectronMajor - 1}.4.1`
    expect(rulesOf(checkElectronVersion(electronPackage(old)))).toEqual(['electron-unsupported'])
  })

  it('finds the installed Electron supported', () => {
    const file = join(root, 'node_modules/electron/package.json')
    expect(checkElectronVersion({ file, text: readFileSync(file, 'utf8') })).toEqual([])
  })
})

describe('checkElectronSecurity', () => {
  it('checks every kind of file it is given', () => {
    const findings = checkElectronSecurity({
      main: [{ file: 'main.js', text: 'w.webContents.executeJavaScript(x)' }],
      preload: [{ file: 'preload.cjs', text: 'contextBridge.exposeInMainWorld("a", ipcRenderer)' }],
      pages: [{ file: 'index.html', text: '<html></html>' }],
      builderConfig: { file: 'electron-builder.yml', text: 'asar: true\n' },
      electronPackage: { file: 'electron/package.json', text: '{"version":"30.0.0"}' }
    })
    expect(findings.map(({ file, rule }) => `${file} ${rule}`)).toEqual([
      'main.js execute-javascript',
      'preload.cjs ipc-renderer-exposed',
      'index.html csp-missing',
      'electron-builder.yml fuses-missing',
      'electron/package.json electron-unsupported'
    ])
  })
})
