import * as z from 'zod/mini'
import { en } from 'zod/locales'

/**
 * zod/mini is configured here, once, before any schema module is evaluated: every module that builds a schema
 * (datasetSchema, parseCases, bundle) and parseDataset, which the page imports lazily, import this file first.
 * The page's start-up path imports none of them (a valid file is checked without zod: `parseDatasetFast`).
 * It sets:
 * - English messages for the issues whose text we keep from zod (an unknown key in a case, say). Plain `zod`
 *   installs them itself; zod/mini leaves the choice to the app.
 * - `jitless`: zod 4 compiles object parsers with `new Function` when it can, and probes for that ability
 *   once by calling `new Function("")`. Under the app's Content-Security-Policy (no `unsafe-eval`) the probe
 *   fails quietly but is still reported as a CSP violation. `jitless` skips the probe and the compilation.
 */
z.config({ ...en(), jitless: true })
