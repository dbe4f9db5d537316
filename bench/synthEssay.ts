import type { Rng } from './prng'
import type { RawEvent } from './synthEvents'

/** Eras the essay's sections follow: [heading, first year, last year]. */
const SECTIONS: readonly (readonly [string, number, number])[] = [
  ['The early Cold War', 1945, 1962],
  ['Détente and its limits', 1963, 1979],
  ['The end of the Cold War', 1980, 1991],
  ['The interventions', 1992, 2007],
  ["Russia's wars", 2008, 2021],
  ['The full-scale invasion', 2022, 2024],
  ['The 2025 summits', 2025, 2025],
]

const STOPWORDS = new Set([
  'of',
  'on',
  'and',
  'between',
  'the',
  'for',
  'over',
  'to',
  'in',
  'involving',
])

const OPENERS = [
  'Consider what happened next.',
  'The pattern is older than it looks.',
  'None of this was inevitable.',
  'History rarely repeats itself exactly, but it does rhyme.',
  'Guarantees are only as strong as the will behind them.',
]

/** How many events the essay cites: "a few hundred", fewer for small datasets. */
export function citationCount(eventCount: number): number {
  return Math.min(Math.round(eventCount * 0.6), eventCount < 5000 ? 300 : 400)
}

/** A sentence around one citation link; the anchor is a few words taken from the event's title. */
function citingSentence(rng: Rng, event: RawEvent, also?: RawEvent): string {
  // One or two consecutive title words that start and end on a content word ("mutual defence").
  const words = event.title.split(' ').map((w) => w.replace(/[()]/g, ''))
  const starts = words.flatMap((w, i) => (STOPWORDS.has(w) ? [] : [i]))
  const from = starts.length > 0 ? rng.pick(starts) : 0
  const pair = words.slice(from, from + 2)
  const isPair = pair.length === 2 && !STOPWORDS.has(pair[1] ?? '')
  const anchor = (isPair ? pair : pair.slice(0, 1)).join(' ') || 'this'
  // Some links cite two events at once, as the real essay's do (`event:a,b`).
  const link = `[${anchor}](event:${event.id}${also ? `,${also.id}` : ''})`
  const year = event.start.slice(0, 4)
  return rng.pick([
    `In ${year}, the ${link} showed how commitments are tested.`,
    `Recall the ${link}, which few remember now.`,
    `The ${link} of ${year} is the closer precedent.`,
    `Critics pointed to the ${link} as a warning, *not* a model.`,
  ])
}

/**
 * An essay in the content's Markdown form (`# Title`, a `By …` byline, `## Section` headings and paragraphs with
 * `[anchor](event:<id>)` links) citing a sample of `events` in chronological order.
 */
export function synthEssay(rng: Rng, events: readonly RawEvent[]): string {
  const cited = rng
    .sample(events, citationCount(events.length))
    .sort((a, b) => a.start.localeCompare(b.start))
  const lines = [
    '# Precedents for a postwar peace (synthetic)',
    '',
    'By A. N. Analyst',
    '',
  ]
  for (const [heading, first, last] of SECTIONS) {
    const inSection = cited.filter((e) => {
      const year = Number(e.start.slice(0, 4))
      return year >= first && year <= last
    })
    if (inSection.length === 0) continue
    lines.push(`## ${heading}`, '')
    for (let i = 0; i < inSection.length;) {
      const take = rng.int(1, 4)
      const sentences = inSection
        .slice(i, i + take)
        .map((e, k, group) =>
          citingSentence(
            rng,
            e,
            k === 0 && rng.next() < 0.1 ? group[1] : undefined,
          ),
        )
      lines.push([rng.pick(OPENERS), ...sentences].join(' '), '')
      i += take
    }
  }
  lines.push(
    'Peace, if it comes, will rest on what the guarantors are willing to do.',
    '',
  )
  return lines.join('\n')
}
