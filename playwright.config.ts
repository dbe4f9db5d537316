/**
 * `npm run test:e2e` (`playwright test`): the user journeys in e2e/journeys/*.spec.ts, in Debian's Chromium,
 * against the built app (e2e/globalSetup.ts builds and serves it), once per project: desktop 1440×900 and
 * phone 390×844 (touch). `-- --project phone` and `-- --grep citation` pick tests as Playwright's CLI says;
 * E2E_SKIP_BUILD=1 serves the last build. docs/e2e.md says how a journey is written.
 *
 * Files: test-results/e2e/<test>/ (screenshots the journeys save; a screenshot of each failure, and the trace
 * of its second attempt: `npx playwright show-trace <trace.zip>`), and the HTML report in
 * test-results/e2e-report/. test-results/ is ignored by git, ESLint and Prettier.
 */
import { defineConfig } from '@playwright/test'
import { DESKTOP_ONLY, type JourneyOptions } from './e2e/fixtures'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium'

export default defineConfig<JourneyOptions>({
  testDir: 'e2e',
  // Playwright's files are *.spec.ts; Vitest only collects *.test.ts(x) under src/ and scripts/.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/globalSetup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  // A stray test.only would pass CI on one journey: pick journeys with `--grep` or `--project` instead.
  forbidOnly: true,
  // A failed journey runs once more with a trace (recording every run costs ~20%); passing the second
  // time still fails the run, so a flaky journey is never hidden.
  retries: 1,
  failOnFlakyTests: true,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'test-results/e2e-report' }],
  ],
  use: {
    browserName: 'chromium',
    // Never `npx playwright install`: Debian's Chromium (`apt-get install chromium`).
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    actionTimeout: 8_000,
    navigationTimeout: 15_000,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { viewportName: 'desktop', viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'phone',
      grepInvert: new RegExp(DESKTOP_ONLY),
      use: {
        viewportName: 'phone',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
})
