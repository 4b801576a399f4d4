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
      // Xvfb picks a free display itself and says which on descriptor 3 once it accepts clients.
      const options = ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp']
      xvfb = spawn('Xvfb', options, { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] })
      const display = `:${await displayOf(xvfb)}`
      process.env.DISPLAY = display
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

/**
 * The number of the display `server` (Xvfb started with `-displayfd 3`) chose, written to that
 * descriptor once it accepts connections: 2.4 s after the start on a loaded machine, where the
 * half-second the setup used to wait was not enough.
 */
function displayOf(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = ''
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString('latin1')
      if (written.includes('\n')) resolve(written.trim())
    })
    server.on('error', reject)
    server.on('exit', (code) =>
      reject(new Error(`Xvfb exited with code ${code} before it started.`))
    )
  })
}
