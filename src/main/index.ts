/**
 * The app's lifecycle: one instance per profile, the scheme and security set up before any page
 * exists, then the menu, IPC, automatic backups and main window once Electron is ready.
 */
import { BrowserWindow, app, session } from 'electron'
import { registerAppSchemePrivileges, serveAppScheme } from './app-scheme'
import { automaticBackupsFolder } from './automatic-backups'
import { BackupRequests, installBackupRequests } from './backup-requests'
import type { InstalledBackupRequests } from './backup-requests'
import { registerIpcHandlers } from './ipc'
import { installApplicationMenu } from './menu'
import { rendererPage } from './renderer-page'
import { guardAllWebContents, refuseForeignRequests, restrictPermissions } from './security'
import { windowStatePath } from './window-state'
import { appWindowFor, createMainWindow, focusMainWindow, isAppWindow, mainWindow } from './windows'

const page = rendererPage(process.env.ELECTRON_RENDERER_URL, app.isPackaged)

// The end-to-end tests give each test a fresh profile. This must precede the single-instance lock,
// which lives in the profile directory, so parallel test runs do not see each other. A packaged
// app never obeys the variable: anything that can set it could point the app at another profile.
const userDataDir = process.env.CND67_USER_DATA_DIR
if (userDataDir && !app.isPackaged) app.setPath('userData', userDataDir)

registerAppSchemePrivileges()
app.enableSandbox()

let backups: InstalledBackupRequests | undefined

function start(): void {
  app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion() })
  installApplicationMenu({
    appName: app.getName(),
    platform: process.platform,
    isPackaged: app.isPackaged
  })
  serveAppScheme()
  restrictPermissions(session.defaultSession, page)
  refuseForeignRequests(session.defaultSession, page, app.isPackaged)
  const backupRequests = new BackupRequests()
  registerIpcHandlers({
    page,
    isAppWindow,
    appWindowFor,
    automaticBackupsFolder: automaticBackupsFolder(app.getPath('userData')),
    backupRequests,
    now: () => new Date()
  })
  backups = installBackupRequests({ app, requests: backupRequests, mainWindow })
  openMainWindow()
}

function openMainWindow(): void {
  const window = createMainWindow(page, windowStatePath(app.getPath('userData')))
  backups?.watchWindow(window)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  guardAllWebContents(page)
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('The app could not start:', error)
      app.quit()
    })
}
