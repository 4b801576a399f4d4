/** Tests for the application menu template on each platform. */
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  Menu: {
    buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]) => ({ template })),
    setApplicationMenu: vi.fn<(menu: unknown) => void>()
  }
}))
vi.mock('electron', () => electron)

import { buildMenuTemplate, installApplicationMenu } from './menu'
import type { MenuOptions } from './menu'

const linux: MenuOptions = { appName: 'CND67 Notes', platform: 'linux', isPackaged: true }
const mac: MenuOptions = { ...linux, platform: 'darwin' }

/** The submenu items of the top-level menu with the given label or role. */
function submenuOf(
  template: MenuItemConstructorOptions[],
  name: string
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === name || item.role === name)
  if (!Array.isArray(menu?.submenu)) throw new Error(`No ${name} menu.`)
  return menu.submenu
}

function rolesIn(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.role)
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(linux)
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'Edit',
      'View',
      'Window',
      'help'
    ])
    expect(rolesIn(submenuOf(template, 'File'))).toEqual(['quit'])
    expect(rolesIn(submenuOf(template, 'Window'))).toEqual(['minimize', 'close'])
  })

  it('offers the standard editing roles', () => {
    expect(rolesIn(submenuOf(buildMenuTemplate(linux), 'Edit'))).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll'
    ])
  })

  it('offers reload and zoom, without developer tools in a packaged app', () => {
    expect(rolesIn(submenuOf(buildMenuTemplate(linux), 'View'))).toEqual([
      'reload',
      'forceReload',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen'
    ])
  })

  it('offers developer tools during development', () => {
    const view = submenuOf(buildMenuTemplate({ ...linux, isPackaged: false }), 'View')
    expect(rolesIn(view)).toContain('toggleDevTools')
  })

  it('has an About entry in Help on every platform', () => {
    for (const options of [linux, mac, { ...linux, platform: 'win32' } as const]) {
      expect(submenuOf(buildMenuTemplate(options), 'help')).toEqual([
        { role: 'about', label: 'About CND67 Notes' }
      ])
    }
  })

  it('adds the macOS app menu and the macOS File and Window entries', () => {
    const template = buildMenuTemplate(mac)
    expect(template[0].label).toBe('CND67 Notes')
    expect(rolesIn(submenuOf(template, 'CND67 Notes'))).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit'
    ])
    expect(rolesIn(submenuOf(template, 'File'))).toEqual(['close'])
    expect(rolesIn(submenuOf(template, 'Window'))).toEqual(['minimize', 'zoom'])
  })
})

describe('installApplicationMenu', () => {
  it('sets the built template as the application menu', () => {
    installApplicationMenu(linux)
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({
      template: buildMenuTemplate(linux)
    })
  })
})
