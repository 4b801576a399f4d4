/**
 * The main window: its locked-down web preferences, its remembered geometry, and the record of
 * which web contents belong to windows this app created (the only ones IPC will answer).
 */
import { join } from 'node:path'
import { BrowserWindow, screen } from 'electron'
import type { BrowserWindowConstructorOptions } from 'electron'
import type { RendererPage } from './renderer-page'
import { loadWindowState, trackWindowState } from './window-state'
import type { WindowState } from './window-state'

/** The built preload script, beside the built main file (`out/main` → `out/preload`). */
export const preloadPath = join(import.meta.dirname, '../preload/index.cjs')

/** The reading pane's background, painted before the page has drawn so the window never flashes. */
export const readingPaneColor = '#fbfaf7'

const appWebContentsIds = new Set<number>()

/** Options for the main window at the given geometry. */
export function mainWindowOptions(state: WindowState): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 640,
    minHeight: 480,
    title: 'CND67 Notes',
    backgroundColor: readingPaneColor,
    // Shown on 'ready-to-show', so the first thing seen is the page rather than an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false
    }
  }
}

/** Opens the main window on `page`, where it was last left. */
export function createMainWindow(page: RendererPage, windowStateFile: string): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  const state = loadWindowState(windowStateFile, workAreas)
  const window = new BrowserWindow(mainWindowOptions(state))

  const webContentsId = window.webContents.id
  appWebContentsIds.add(webContentsId)
  window.on('closed', () => appWebContentsIds.delete(webContentsId))

  trackWindowState(window, windowStateFile)
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize()
    window.show()
  })
  window.loadURL(page.url).catch((error: unknown) => {
    console.error(`Could not load ${page.url}:`, error)
  })
  return window
}

/** Whether these web contents are those of a window this app created and has not closed. */
export function isAppWindow(webContents: { id: number }): boolean {
  return appWebContentsIds.has(webContents.id)
}

/** The app window showing `webContents`, if they are an open window's that this app created. */
export function appWindowFor(webContents: { id: number }): BrowserWindow | undefined {
  if (!isAppWindow(webContents)) return undefined
  return BrowserWindow.getAllWindows().find(
    (candidate) => candidate.webContents.id === webContents.id
  )
}

/** The app's main window, if one is open. */
export function mainWindow(): BrowserWindow | undefined {
  return BrowserWindow.getAllWindows().find((candidate) => isAppWindow(candidate.webContents))
}

/** Brings the existing window to the front, e.g. when the app is started a second time. */
export function focusMainWindow(): void {
  const window = mainWindow()
  if (window === undefined) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
