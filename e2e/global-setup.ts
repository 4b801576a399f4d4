/**
 * Once per run: says which mode runs, checks the build exists, and starts a virtual display for
 * Electron on Linux when there is none.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { appMode, chromiumPath, electronBinary } from './app-mode'

let xvfb: ChildProcess | undefined

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync('out/renderer/index.html')) {
    throw new Error(
      'out/renderer is missing: run "npm run build" (or "npm run test:e2e", which builds first).'
    )
  }
  const mode = appMode()
  if (mode === 'electron') {
    console.log(`e2e mode: electron (the app launched with ${electronBinary() ?? 'electron'})`)
    if (process.platform === 'linux' && !process.env.DISPLAY) {
      const display = `:${90 + (process.pid % 9)}`
      xvfb = spawn('Xvfb', [display, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], {
        stdio: 'ignore'
      })
      process.env.DISPLAY = display
      await new Promise((done) => setTimeout(done, 500))
      console.log(`e2e: started Xvfb on ${display}`)
    }
  } else {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`
      )
    }
    console.log(
      `e2e mode: browser (out/renderer in ${chromiumPath}; Electron's binary is not installed)`
    )
  }
  return async () => {
    xvfb?.kill()
  }
}
