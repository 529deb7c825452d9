import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/browser';

// Overridable so that several builds can be tested side by side (E2E_OUT is a `vite build --outDir`).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      // Keeps Chromium from calling home on a machine with a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Tests run against the production build (npm run test:e2e builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
