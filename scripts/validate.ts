import { validateFolder } from './validateFolder'

/**
 * `npm run validate [folder] [-- --strict]`: check a folder's events.json and essay.md (default public/data).
 * `--strict` holds every event to what the featured edition requires (a kind, countries, a summary, a source).
 */
const args = process.argv.slice(2)
const strict = args.includes('--strict')
const folder = args.find((arg) => !arg.startsWith('--')) ?? 'public/data'
const report = await validateFolder(folder, { strict })
for (const line of report.details) console.error(line)
console.log(report.summary)
process.exitCode = report.exitCode
