/**
 * End-to-end specs in `e2e/`, run against the built app: in Electron where its binary is
 * installed, else in Chromium (see e2e/app-mode.ts). Build first: `npm run test:e2e` does.
 */
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' }
})
