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
