import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { netlifyHeadersFile } from './contentSecurityPolicy'

/** `npm run headers`: rewrite public/_headers from the policy in contentSecurityPolicy.ts. */
writeFileSync(
  join(import.meta.dirname, '..', 'public/_headers'),
  netlifyHeadersFile(),
)
console.log('public/_headers written')
