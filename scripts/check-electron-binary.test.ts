/** Tests for the check `npm start` runs before starting Electron. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  browserCommand,
  electronBinaryProblem,
  inspectElectronInstall,
  installBinaryCommand
} from './check-electron-binary.mjs'

describe('electronBinaryProblem', () => {
  it('has nothing to say when the binary is installed', () => {
    expect(
      electronBinaryProblem({
        packageDir: '/p/node_modules/electron',
        binaryPath: 'electron',
        binaryExists: true
      })
    ).toBeUndefined()
  })

  it.each([
    [
      'no path.txt',
      { packageDir: '/p/node_modules/electron', binaryPath: undefined, binaryExists: false }
    ],
    [
      'a path.txt naming a missing binary',
      { packageDir: '/p/node_modules/electron', binaryPath: 'electron', binaryExists: false }
    ]
  ])('says what happened and both ways on with %s', (_name, install) => {
    const problem = electronBinaryProblem(install)
    expect(problem).toMatch(
      /^Electron's program is not installed: node_modules\/electron has no binary/u
    )
    expect(problem).toContain(`run \`${installBinaryCommand}\`, then \`npm start\` again`)
    expect(problem).toContain(`use the app in a browser: \`${browserCommand}\``)
    expect(problem).not.toContain('\n')
  })

  it('asks for npm install first when the package itself is missing', () => {
    expect(
      electronBinaryProblem({ packageDir: undefined, binaryPath: undefined, binaryExists: false })
    ).toMatch(/^The electron package is not installed \(run npm install first\)/u)
  })
})

describe('inspectElectronInstall', () => {
  let project: string
  let electron: string

  beforeEach(() => {
    project = mkdtempSync(join(tmpdir(), 'cnd67-electron-'))
    writeFileSync(join(project, 'package.json'), '{"name":"p"}')
    electron = join(project, 'node_modules', 'electron')
    mkdirSync(electron, { recursive: true })
    writeFileSync(join(electron, 'package.json'), '{"name":"electron","main":"index.js"}')
    writeFileSync(join(electron, 'index.js'), '')
  })

  afterEach(() => {
    rmSync(project, { recursive: true, force: true })
  })

  it('finds the binary path.txt names in dist', () => {
    writeFileSync(join(electron, 'path.txt'), 'electron')
    mkdirSync(join(electron, 'dist'))
    writeFileSync(join(electron, 'dist', 'electron'), '')
    expect(inspectElectronInstall(project)).toEqual({
      packageDir: electron,
      binaryPath: 'electron',
      binaryExists: true
    })
  })

  it('finds no binary where the download was skipped', () => {
    expect(inspectElectronInstall(project)).toEqual({
      packageDir: electron,
      binaryPath: undefined,
      binaryExists: false
    })
  })

  it('finds no package where electron is not installed', () => {
    rmSync(join(project, 'node_modules'), { recursive: true })
    expect(inspectElectronInstall(project)).toEqual({
      packageDir: undefined,
      binaryPath: undefined,
      binaryExists: false
    })
  })
})
