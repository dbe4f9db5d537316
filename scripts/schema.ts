/**
 * `npm run schema`: publish the content format as JSON Schema, generated with zod 4's `z.toJSONSchema` from
 * the same schema objects the app validates with, so the published files cannot drift from the code:
 *   public/schema/events.schema.json  (events.json)
 *   public/schema/bundle.schema.json  (one-file bundle: events.json's fields plus "essay")
 * Checks that need code (real calendar days, known country codes, https URLs, cross-references) are not
 * expressible in JSON Schema; their `description`s say what `npm run validate` checks.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'prettier'
import { schemaDocuments } from './schemaDocuments'

const outDir = join(import.meta.dirname, '../public/schema')
mkdirSync(outDir, { recursive: true })
for (const [fileName, document] of Object.entries(schemaDocuments())) {
  // Written as Prettier writes JSON, so `npm run format:check` stays green after a regeneration.
  const text = await format(JSON.stringify(document), { parser: 'json' })
  writeFileSync(join(outDir, fileName), text)
  console.log(`wrote public/schema/${fileName}`)
}
