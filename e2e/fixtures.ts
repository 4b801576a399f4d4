/**
 * The one fixture every spec uses: `app`, the running app in whichever mode this run uses, with
 * a fresh profile per test and a `restart()` that keeps the data (relaunch in Electron, reload in
 * a browser). Specs are written once and run the same in both modes.
 */
import { access, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  expect,
  test as base,
  chromium,
  _electron,
  type Browser,
  type ElectronApplication,
  type Page
} from '@playwright/test'
import { serveStatic } from '../scripts/serve-static.mjs'
import { appMode, chromiumArgs, chromiumPath, type AppMode } from './app-mode'

/** The app under test. */
export interface RunningApp {
  mode: AppMode
  /** The window showing the app. Replaced by `restart()`. */
  page: Page
  /** Loads the app afresh at `hash`, the way a reader arrives by a link such as `#para-59`. */
  openAt(hash: string): Promise<void>
  /** Closes and reopens the app with the same stored data; resolves with the new window. */
  restart(): Promise<Page>
  /** The text on the system clipboard, as another program pasting it would see it. */
  readClipboard(): Promise<string>
  /**
   * Runs `action`, which makes the app save a file, and returns the name the app offered and
   * what it wrote: a download in a browser; in Electron, the save dialog answered with a path in
   * a temporary folder, as a user choosing a place would. `content` is the file read as UTF-8;
   * `bytes` the file as it is, for a file that is not text (a Word document).
   */
  savedFile(action: () => Promise<void>): Promise<{ name: string; content: string }>
  /** As `savedFile`, for a file that is not text (a Word document): its bytes. */
  savedBytes(action: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }>
  /** The HTML on the system clipboard, as a program pasting formatted text would see it. */
  readClipboardHtml(): Promise<string>
}

/** Waits until the reference pane is interactive (see src/renderer/src/main.ts). */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true')
}

/**
 * Waits until the page has painted twice and then had an idle moment, so that whatever the last
 * step set off (a load or error event, a zero-delay timer, a navigation or a dialog) has been
 * dispatched. Specs that prove something did NOT happen wait for this rather than for a guess.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((settled) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestIdleCallback(() => settled(), { timeout: 1_000 }))
        )
      )
  )
}

interface WorkerFixtures {
  staticServer: { url: string } | null
  chromiumBrowser: Browser | null
}

export const test = base.extend<{ app: RunningApp }, WorkerFixtures>({
  staticServer: [
    async ({}, use) => {
      if (appMode() !== 'browser') return use(null)
      const server = await serveStatic('out/renderer')
      await use(server)
      await server.close()
    },
    { scope: 'worker' }
  ],

  chromiumBrowser: [
    async ({}, use) => {
      if (appMode() !== 'browser') return use(null)
      const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' }
  ],

  app: async ({ staticServer, chromiumBrowser }, use, testInfo) => {
    const mode = appMode()
    testInfo.annotations.push({ type: 'mode', description: mode })
    if (mode === 'browser' && staticServer && chromiumBrowser) {
      const context = await chromiumBrowser.newContext({ viewport: { width: 1280, height: 860 } })
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: staticServer.url
      })
      const page = await context.newPage()
      await page.goto(staticServer.url)
      await waitUntilReady(page)
      const app: RunningApp = {
        mode,
        page,
        async openAt(hash) {
          await page.goto(`${staticServer.url}${hash}`)
          await waitUntilReady(page)
        },
        async restart() {
          await page.reload()
          await waitUntilReady(page)
          return page
        },
        readClipboard: () => page.evaluate(() => navigator.clipboard.readText()),
        readClipboardHtml: () =>
          page.evaluate(async () => {
            for (const item of await navigator.clipboard.read()) {
              if (item.types.includes('text/html')) return (await item.getType('text/html')).text()
            }
            return ''
          }),
        async savedFile(action) {
          const { name, bytes } = await app.savedBytes(action)
          return { name, content: new TextDecoder().decode(bytes) }
        },
        async savedBytes(action) {
          const [download] = await Promise.all([page.waitForEvent('download'), action()])
          const path = await download.path()
          return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) }
        }
      }
      await use(app)
      await context.close()
      return
    }

    const userDataDir = await mkdtemp(join(tmpdir(), 'cnd67-e2e-'))
    let electronApp = await launchElectron(userDataDir)
    const app: RunningApp = {
      mode,
      page: await firstReadyWindow(electronApp),
      async openAt(hash) {
        // Put the hash in place without a hashchange, then load the page as a new start would.
        await app.page.evaluate((target) => {
          history.replaceState(null, '', target)
          location.reload()
        }, hash)
        await waitUntilReady(app.page)
      },
      async restart() {
        await electronApp.close()
        electronApp = await launchElectron(userDataDir)
        app.page = await firstReadyWindow(electronApp)
        return app.page
      },
      // The app itself may only write to the clipboard; the test reads it from the main process.
      readClipboard: () => electronApp.evaluate(({ clipboard }) => clipboard.readText()),
      readClipboardHtml: () =>
        electronApp.evaluate(({ clipboard }) =>
          // Electron's clipboard, which the DOM's Clipboard type in this file does not describe.
          (clipboard as unknown as { readHTML(): string }).readHTML()
        ),
      async savedFile(action) {
        const { name, bytes } = await app.savedBytes(action)
        return { name, content: new TextDecoder().decode(bytes) }
      },
      async savedBytes(action) {
        const folder = await mkdtemp(join(tmpdir(), 'cnd67-saved-'))
        await electronApp.evaluate(({ dialog }, folder) => {
          const record: { name: string | null } = { name: null }
          dialog.showSaveDialog = (async (...args: unknown[]) => {
            const options = args.at(-1) as { defaultPath?: string }
            record.name = (options.defaultPath ?? 'saved').split(/[\\/]/).at(-1) ?? 'saved'
            return { canceled: false, filePath: `${folder}/${record.name}` }
          }) as typeof dialog.showSaveDialog
          Object.assign(globalThis, { __savedFileRecord: record })
        }, folder)
        await action()
        let name: string | null = null
        await expect
          .poll(async () => {
            name = await electronApp.evaluate(
              () =>
                (globalThis as { __savedFileRecord?: { name: string | null } }).__savedFileRecord
                  ?.name ?? null
            )
            return name
          })
          .not.toBeNull()
        if (name === null) throw new Error('The app offered no file name.')
        const path = join(folder, name)
        await expect
          .poll(() =>
            access(path).then(
              () => true,
              () => false
            )
          )
          .toBe(true)
        const bytes = new Uint8Array(await readFile(path))
        await rm(folder, { recursive: true, force: true })
        return { name, bytes }
      }
    }
    await use(app)
    await electronApp.close()
    await rm(userDataDir, { recursive: true, force: true })
  }
})

export { expect }

/** Launches the built Electron app with its own profile folder. */
async function launchElectron(userDataDir: string): Promise<ElectronApplication> {
  // Chromium refuses to start as root with its sandbox on; CI machines run as root.
  const asRoot = process.getuid?.() === 0
  return _electron.launch({
    args: ['.', ...(asRoot ? ['--no-sandbox'] : [])],
    env: { ...process.env, CND67_USER_DATA_DIR: userDataDir }
  })
}

async function firstReadyWindow(electronApp: ElectronApplication): Promise<Page> {
  const page = await electronApp.firstWindow()
  await waitUntilReady(page)
  return page
}
