import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/browser';

// Overridable so that several builds can be tested side by side (E2E_OUT is a `vite build --outDir`).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 1000);
const OUT = process.env.E2E_OUT ?? 'dist';
// The README's first command serves the app in development mode (StrictMode, unminified React):
// one spec runs against it, so a page that works only in the production build fails the suite.
const DEV_SPECS = /dev-server\.spec\.ts/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      // Keeps Chromium from calling home on a machine with a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'build', testIgnore: DEV_SPECS, use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'dev', testMatch: DEV_SPECS, use: { baseURL: `http://127.0.0.1:${DEV_PORT}/` } },
  ],
  webServer: [
    {
      // The production build (npm run test:e2e builds first).
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: `http://127.0.0.1:${DEV_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
