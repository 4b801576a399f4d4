/**
 * The application menu: Electron's standard roles, which bring the platform's usual labels and
 * keyboard shortcuts, plus an About entry that shows the app's version.
 */
import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'

/** What the menu depends on, passed in so the template can be built without a running app. */
export interface MenuOptions {
  /** The product name, shown in the macOS app menu and the About entry. */
  appName: string
  /** The platform to build for; macOS gets an app menu and its own File and Window entries. */
  platform: NodeJS.Platform
  /** Whether the app is packaged; only development builds offer the developer tools. */
  isPackaged: boolean
}

/** The menu template for the given platform and build. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin'
  const separator: MenuItemConstructorOptions = { type: 'separator' }
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${options.appName}` }

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: options.appName,
          submenu: [
            about,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' }
          ]
        }
      ]
    : []

  return [
    ...appMenu,
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
        ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        separator,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' }
      ]
    },
    {
      label: 'Window',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }]
        : [{ role: 'minimize' }, { role: 'close' }]
    },
    { role: 'help', submenu: [about] }
  ]
}

/** Builds the menu for this platform and makes it the application menu. */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)))
}
