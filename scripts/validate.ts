import { validateFolder } from './validateFolder'

/** `npm run validate [folder]`: check a folder's events.json and essay.md (default public/data). */
const folder = process.argv[2] ?? 'public/data'
const report = await validateFolder(folder)
for (const line of report.details) console.error(line)
console.log(report.summary)
process.exitCode = report.exitCode
