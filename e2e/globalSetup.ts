import { buildApp, serveApp } from '../scripts/appServer'
import { ORIGIN_ENV } from './fixtures'

/**
 * Builds the app into dist/ (skipped with E2E_SKIP_BUILD=1) and serves it on a free port of 127.0.0.1 for the
 * whole run; the workers inherit the origin through the environment. The returned function is the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!process.env.E2E_SKIP_BUILD) {
    const started = Date.now()
    await buildApp()
    console.log(`built dist/ in ${Date.now() - started} ms`)
  }
  const server = await serveApp()
  process.env[ORIGIN_ENV] = server.origin
  return () => server.close()
}
