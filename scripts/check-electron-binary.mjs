// @ts-check
/**
 * Run by `npm start` before `electron-vite preview`: checks that Electron's binary is installed,
 * and where it is not (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed)
 * says in one plain paragraph what happened and the two ways on, instead of a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * What is known of the installed `electron` package: its folder, if it is installed at all, the
 * binary's path inside `dist/` that its `path.txt` names, if that exists, and whether that file does.
 * @typedef {{ packageDir: string | undefined, binaryPath: string | undefined, binaryExists: boolean }} ElectronInstall
 */

/** The command that downloads Electron's binary into node_modules/electron/dist. */
export const installBinaryCommand = 'node node_modules/electron/install.js'

/** The command that runs the app in a browser instead. */
export const browserCommand = 'npm run serve:renderer'

/**
 * What to tell the user about `install`, or `undefined` when Electron's binary is there to start.
 * @param {ElectronInstall} install
 * @returns {string | undefined}
 */
export function electronBinaryProblem(install) {
  if (
    install.packageDir !== undefined &&
    install.binaryPath !== undefined &&
    install.binaryExists
  ) {
    return undefined
  }
  const what =
    install.packageDir === undefined
      ? 'The electron package is not installed (run npm install first),'
      : "Electron's program is not installed: node_modules/electron has no binary, as happens when it is installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or its download failed,"
  return (
    `${what} so the desktop app cannot start. To install Electron's binary (about 100 MB, ` +
    `downloaded from GitHub), run \`${installBinaryCommand}\`, then \`npm start\` again. ` +
    `Or use the app in a browser: \`${browserCommand}\` builds it and serves it at ` +
    'http://127.0.0.1:5174/, where everything but the automatic backups works.'
  )
}

/**
 * Looks at the electron package installed beside this project.
 * @param {string} projectRoot
 * @returns {ElectronInstall}
 */
export function inspectElectronInstall(projectRoot) {
  let packageDir
  try {
    packageDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron'))
  } catch {
    return { packageDir: undefined, binaryPath: undefined, binaryExists: false }
  }
  const pathFile = join(packageDir, 'path.txt')
  const binaryPath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  const binaryExists = binaryPath !== undefined && existsSync(join(packageDir, 'dist', binaryPath))
  return { packageDir, binaryPath: binaryPath || undefined, binaryExists }
}

function main() {
  const problem = electronBinaryProblem(
    inspectElectronInstall(fileURLToPath(new URL('..', import.meta.url)))
  )
  if (problem === undefined) return
  console.error(problem)
  process.exitCode = 1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
