/** Hostile inputs for `npm run fuzz`, from a seeded random source. Sizes stay within the file limits mostly. */

/** A random number in [0, 1). */
export type Rng = () => number

const MARKDOWN_TOKENS = [
  '# ',
  '## ',
  '#### ',
  '[',
  ']',
  '(',
  ')',
  '*',
  '**',
  '_',
  '`',
  '```',
  '<',
  '>',
  '&',
  '&amp;',
  '&constructor;',
  '\\',
  '!',
  '\n',
  '\n\n',
  ' ',
  'a',
  'word ',
  '- ',
  '1. ',
  '> ',
  '    ',
  '\t',
  '|',
  '~',
  '\u202e',
  '\u0000',
  '[x](event:a)',
  '[x](event:a,b, ,A)',
  '[l](javascript:alert(1))',
  '[l](https://u:p@e.org/)',
  '[l](https://e.org/)',
  '[l](https://[)',
  '<script>alert(1)</script>',
  '[a]: https://e.org/\n',
  '[a]',
  '![i](https://e.org/i.png)',
  '<https://e.org>',
  'By ',
  '---\n',
  '***',
]

const HTML_TOKENS = [
  '<a ',
  'href=x ',
  'href="https://e.org/"',
  "href='https://u:p@e.org/'",
  'href=https://exa%mple ',
  '>',
  '</a>',
  '<',
  '<!--',
  '-->',
  '<script',
  '</script>',
  '<b',
  '<br>',
  '<p>',
  '&amp;',
  '&#x41;',
  '&#0;',
  '&#x110000;',
  '&constructor;',
  '&toString;',
  '&hellip;',
  'text ',
  '"',
  "'",
  '=',
  '\n',
]

const URLS = [
  'https://e.org/',
  'https://[',
  'https://exa%mple',
  'https://user:pass@e.org/',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'http://e.org/',
  '//e.org/',
  '/relative',
  '',
  ' https://e.org/ ',
  'https://xn--e.org/',
  'https://1.2.3.4/',
  'https://e.org:99999/',
  `https://e.org/${'a'.repeat(2100)}`,
]

const ODD_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  true,
  '',
  ' ',
  'x'.repeat(3000),
  [],
  {},
  '__proto__',
  'constructor',
  '1953-13-01',
  '1999-02-30',
  '-000299-01-01',
  '+010299-12-31',
  '1948',
  '1948-06',
  '2025-08-15T11:00',
  '2025-08-15T24:61:61+15:00',
  '2025-08-15T11:00:30Z',
  '10000-01-01',
  'javascript:alert(1)',
  ['US'],
  ['us', 'XX', 1],
  [{}],
  { toString: 'x' },
]

export function makeInputs(random: Rng) {
  const int = (n: number) => Math.floor(random() * n)
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T
  const tokens = (list: readonly string[], max: number) => {
    // Half the time a long run of one token (the shapes that broke parsers), else a random mix.
    if (random() < 0.5) return pick(list).repeat(1 + int(max / 4))
    return Array.from({ length: int(max) }, () => pick(list)).join('')
  }
  const odd = () => pick(ODD_VALUES)
  const url = () =>
    random() < 0.8
      ? pick(URLS)
      : tokens(['h', 't', 'p', 's', ':', '/', '%', '[', '@', '.'], 40)

  const markdown =
    (random() < 0.7 ? '# Title\n\n' : '') + tokens(MARKDOWN_TOKENS, 4000)
  const html = tokens(HTML_TOKENS, 3000)

  const event = (i: number): Record<string, unknown> => {
    const e: Record<string, unknown> = {
      id: `e-${i}`,
      title: 'T',
      kind: 'treaty',
      start: '1953-10-01',
      countries: ['US'],
      summary: 'S.',
      sources: [{ title: 'S', publisher: 'P', url: url(), type: 'reference' }],
    }
    if (random() < 0.3)
      Object.assign(e, {
        displayDate: 'Spring 1948',
        group: 'G',
        media: { url: url(), credit: 'C', caption: 'Cap', alt: 'Alt' },
        start: pick(['2025-08-15T11:00', '2025-08-15T11:00:30+02:00', '1948']),
      })
    for (const key of [
      ...Object.keys(e),
      'end',
      'ongoing',
      'note',
      'organizations',
      'extra',
    ])
      if (random() < 0.15) e[key] = odd()
    // The featured edition's fields may be absent (only id, title and start are needed).
    for (const key of ['kind', 'countries', 'summary', 'sources'])
      if (random() < 0.1) delete e[key]
    return e
  }
  const eventCount = random() < 0.1 ? 20_000 : int(300)
  const dataset: unknown =
    random() < 0.05
      ? odd()
      : {
          title: random() < 0.9 ? 'T' : odd(),
          asOf: random() < 0.9 ? '2025-08-31' : odd(),
          events: Array.from({ length: eventCount }, (_, i) =>
            eventCount > 1000 ? { id: i } : event(i),
          ),
          ...(random() < 0.2
            ? {
                cases: Array.from({ length: int(5) }, () => ({
                  id: random() < 0.5 ? 'c' : odd(),
                  name: 'C',
                  eventIds: Array.from({ length: int(2000) }, () => odd()),
                  milestones: Array.from({ length: int(50) }, () => ({
                    kind: odd(),
                    date: odd(),
                  })),
                  guarantee: odd(),
                })),
              }
            : {}),
          ...(random() < 0.2
            ? {
                eras: Array.from({ length: int(120) }, () => ({
                  title: random() < 0.9 ? 'Era' : odd(),
                  start: random() < 0.9 ? '1950' : odd(),
                  end: random() < 0.9 ? '1960-05' : odd(),
                })),
              }
            : {}),
        }

  const slide = () => ({
    start_date:
      random() < 0.8
        ? {
            year: 1900 + int(200),
            month: int(14),
            day: int(33),
            hour: random() < 0.3 ? int(26) : '',
            minute: random() < 0.3 ? int(62) : '',
            second: random() < 0.2 ? int(62) : '',
            millisecond: random() < 0.1 ? int(1000) : '',
          }
        : odd(),
    display_date: random() < 0.2 ? tokens(HTML_TOKENS, 20) : undefined,
    background: random() < 0.2 ? { url: url(), color: '#000' } : undefined,
    end_date: random() < 0.3 ? { year: int(3000) - 1000 } : undefined,
    text: { headline: tokens(HTML_TOKENS, 50), text: tokens(HTML_TOKENS, 300) },
    media:
      random() < 0.5 ? { url: url(), caption: tokens(HTML_TOKENS, 20) } : odd(),
    group: random() < 0.5 ? 'Treaties' : odd(),
    unique_id: random() < 0.3 ? odd() : undefined,
  })
  const timelineJs =
    random() < 0.05
      ? odd()
      : {
          title: {
            text: {
              headline: tokens(HTML_TOKENS, 30),
              text: tokens(HTML_TOKENS, 300),
            },
          },
          events: Array.from({ length: int(300) }, slide),
          eras: Array.from({ length: int(5) }, slide),
        }

  /** A spreadsheet: the template's columns (some renamed, shuffled) and cells of hostile text. */
  const columns = [
    'Year',
    'month',
    'DAY',
    'Time',
    'End Year',
    'Headline',
    'Text',
    'Media',
    'Type',
    'Group',
    'Countries',
    'Sources',
    'Unknown',
  ].filter(() => random() < 0.8)
  const cell = () =>
    pick([
      () => String(1900 + int(200)),
      () => String(int(14)),
      () => `${int(26)}:${int(62)}`,
      () => pick(['title', 'era', '']),
      () => url(),
      () =>
        `"${tokens([...HTML_TOKENS, ',', '"', '\n', '\t'], 200).replaceAll('"', '""')}"`,
      () => 'US, ZZ; gb',
      () => `"A | ${url()}\n${url()}"`,
      () => '',
    ])()
  const spreadsheet =
    random() < 0.1
      ? tokens([',', '"', '\n', '\t', '\r', 'Year', 'a'], 3000)
      : [
          columns.join(random() < 0.8 ? ',' : '\t'),
          ...Array.from({ length: int(300) }, () =>
            columns.map(cell).join(','),
          ),
        ].join(random() < 0.9 ? '\n' : '\r\n')

  /** A compiled essay with one random part replaced, or nested deep. */
  const mutate = (value: unknown): unknown => {
    if (random() < 0.3) {
      let deep: unknown = { type: 'text', value: 'x' }
      for (let i = int(5000); i > 0; i--)
        deep = { type: 'emphasis', children: [deep] }
      return {
        ...(value as object),
        essay: { passages: [{ inlines: [deep] }] },
      }
    }
    const json = JSON.stringify(value) ?? 'null'
    const at = int(json.length)
    const patched = `${json.slice(0, at)}${JSON.stringify(odd())}${json.slice(at)}`
    try {
      return JSON.parse(patched)
    } catch {
      return value
    }
  }

  return {
    markdown,
    html,
    url: url(),
    dataset,
    datasetText:
      random() < 0.9
        ? (JSON.stringify(dataset) ?? '')
        : tokens(['{', '}', '[', ']', '"', ':', ','], 3000),
    timelineJs,
    spreadsheet,
    mutate,
  }
}
