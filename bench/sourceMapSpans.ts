/** Just enough of the source map v3 format to say which source each generated column range comes from. */

const BASE64 =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one segment's base64 VLQ fields ("AAAA" -> [0, 0, 0, 0]). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = BASE64.indexOf(char)
    if (digit < 0) throw new Error(`not base64 VLQ: ${segment}`)
    value += (digit & 31) << shift
    if (digit & 32) shift += 5
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

export type Span = {
  /** 0-based generated line. */
  readonly line: number
  readonly startColumn: number
  readonly source: string | null
  /** 0-based line in `source`, or null when unmapped. */
  readonly sourceLine: number | null
}

/** Every mapped segment of a map, in generated order: where it starts and which source it came from. */
export function spans(map: {
  readonly sources: readonly string[]
  readonly mappings: string
}): Span[] {
  const out: Span[] = []
  let sourceIndex = 0
  let sourceLine = 0
  map.mappings.split(';').forEach((lineText, line) => {
    let column = 0
    for (const segment of lineText.split(',')) {
      if (segment === '') continue
      const [dColumn = 0, dSource, dLine = 0] = decodeVlq(segment)
      column += dColumn
      if (dSource !== undefined) {
        sourceIndex += dSource
        sourceLine += dLine
      }
      const isMapped = dSource !== undefined
      out.push({
        line,
        startColumn: column,
        source: isMapped ? (map.sources[sourceIndex] ?? null) : null,
        sourceLine: isMapped ? sourceLine : null,
      })
    }
  })
  return out
}

/** The span covering generated (line, column), both 0-based; `sorted` is spans() output. */
export function spanAt(
  sorted: readonly Span[],
  line: number,
  column: number,
): Span | null {
  let lo = 0
  let hi = sorted.length - 1
  let found: Span | null = null
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const span = sorted[mid]
    if (!span) break
    if (
      span.line < line ||
      (span.line === line && span.startColumn <= column)
    ) {
      found = span
      lo = mid + 1
    } else hi = mid - 1
  }
  return found && found.line === line ? found : null
}
