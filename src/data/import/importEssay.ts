import { formatSpan, parseDate } from '../dates'
import { essayLimitProblem } from '../essay/markdownLimits'
import { escapeMarkdown } from '../essay/markdownText'
import type { ImportedEvent } from './timelineJsEvent'

/**
 * The essay of an imported timeline: its title, the title slide's text as the opening, then one passage per
 * event, in time order, citing it (`[Headline](event:id)`), followed by the event's own text as Markdown. So
 * the two-way link works from the first opening. Pure.
 */

export type EssayEvent = {
  readonly event: ImportedEvent
  /** The event's text as Markdown blocks (`htmlToMarkdownBlocks`). */
  readonly blocks: readonly string[]
}

/** Past this many events, citations share passages so the essay stays within its block limit. */
const MAX_CITING_PASSAGES = 800

/** An event's date as the passage says it: its display date, else its dates in words. */
function dateWords(event: ImportedEvent): string {
  if (event.displayDate) return event.displayDate
  const start = parseDate(event.start)
  const end = event.end === undefined ? null : parseDate(event.end)
  return start ? formatSpan(start, end) : event.start
}

const citation = ({ event }: EssayEvent) =>
  `[${escapeMarkdown(event.title)}](event:${event.id}) (${escapeMarkdown(dateWords(event))})`

/** One event's passages: the citing one (with the first paragraph of its text), then the rest of its text. */
function eventPassages(item: EssayEvent, withText: boolean): string[] {
  const [first, ...rest] = withText ? item.blocks : []
  if (first === undefined) return [`${citation(item)}.`]
  // A list item cannot follow the citation on its line: it starts its own passage.
  return /^(?:-|\d+\.) /.test(first)
    ? [`${citation(item)}.`, first, ...rest]
    : [`${citation(item)}: ${first}`, ...rest]
}

function write(
  title: string,
  opening: readonly string[],
  items: readonly EssayEvent[],
  withText: boolean,
): string {
  const perPassage = Math.ceil(items.length / MAX_CITING_PASSAGES)
  const passages: string[] = []
  if (perPassage <= 1)
    for (const item of items) passages.push(...eventPassages(item, withText))
  else
    for (let i = 0; i < items.length; i += perPassage)
      passages.push(
        `${items
          .slice(i, i + perPassage)
          .map(citation)
          .join('; ')}.`,
      )
  const head = [`# ${escapeMarkdown(title)}`, ...opening]
  const events = items.length > 0 ? ['## Events', ...passages] : []
  return `${[...head, ...events].join('\n\n')}\n`
}

/**
 * The essay's Markdown. When the events' own texts would take it past the essay's limits (a very long
 * timeline), the passages cite the events without their texts, which stay in each event's summary.
 */
export function importedEssay(
  title: string,
  opening: readonly string[],
  items: readonly EssayEvent[],
): string {
  const full = write(title, opening, items, true)
  if (essayLimitProblem(full) === null) return full
  const bare = write(title, opening, items, false)
  return essayLimitProblem(bare) === null
    ? bare
    : write(title, [], items, false)
}
