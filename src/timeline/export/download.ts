/**
 * A day for a file name: `1948-06-24`; years before 1 as `300bc` (astronomical year -299) and years past 9999
 * as plain digits, so that no sign or six-digit ISO year ends up in the name; null for an invalid time.
 */
export function fileNameDay(timeMs: number): string | null {
  const date = new Date(timeMs)
  if (!Number.isFinite(date.getTime())) return null
  const y = date.getUTCFullYear()
  const year = y < 1 ? `${1 - y}bc` : String(y).padStart(4, '0')
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** A file name from a title and the visible period: "trumps-path-1945-01-01-2025-12-31.svg". */
export function exportFileName(
  title: string,
  periodIso: readonly [string, string] | null,
  extension: string,
): string {
  const slug =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 50)
      .replace(/^-+|-+$/g, '') || 'timeline'
  return `${slug}${periodIso ? `-${periodIso[0]}-${periodIso[1]}` : ''}.${extension}`
}
