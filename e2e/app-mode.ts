/**
 * Which way the end-to-end specs run the app: the real Electron app where Electron's binary is
 * installed, else the built renderer in Chromium. `E2E_MODE=electron|browser` forces one.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The two ways of running the specs. */
export type AppMode = 'electron' | 'browser'

export { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs'

/**
 * The path of the installed Electron binary, or null when the package has none (a CI machine).
 * Reads the package's own record of its binary rather than importing it, because importing
 * `electron` without its binary starts a download.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
    const recorded = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim()
    const binary = override ? join(override, recorded) : join(packageDir, 'dist', recorded)
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

/** The mode this run uses. */
export function appMode(): AppMode {
  const forced = process.env.E2E_MODE
  if (forced === 'electron' || forced === 'browser') return forced
  if (forced) throw new Error(`E2E_MODE must be "electron" or "browser", not "${forced}".`)
  return electronBinary() ? 'electron' : 'browser'
}
