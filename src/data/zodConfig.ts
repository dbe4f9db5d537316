import * as z from 'zod'

/**
 * zod 4 compiles object parsers with `new Function` when it can, and probes for that ability once by calling
 * `new Function("")`. Under the app's Content-Security-Policy (no `unsafe-eval`) the probe fails quietly but
 * is still reported as a CSP violation. `jitless` skips the probe and the compilation. It must run before any
 * schema is built: `main.tsx` imports this module first.
 */
z.config({ jitless: true })
