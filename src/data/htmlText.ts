/**
 * HTML to plain text, for imported content (TimelineJS headlines and bodies are HTML). Works without a DOM so
 * the same code runs in Node. The output is only ever rendered as text, so the aim is readable text, not
 * sanitised HTML: tags are dropped, scripts and styles with their content, entities decoded once.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
  euro: '€',
  pound: '£',
}

/** Elements whose content is not text a reader should see. */
const HIDDEN_ELEMENTS =
  /<(script|style|template|iframe|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi
/** Elements that end a line or a block: they become a space so words do not run together. */
const BREAKING_TAGS =
  /<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article)\b[^<>]*>/gi
const ANY_TAG = /<\/?[A-Za-z!?][^<>]*>/g
/** Tag-stripping passes before giving up on telling tags from text. */
const MAX_ROUNDS = 8

function fromCodePoint(code: number): string {
  const isValid =
    Number.isInteger(code) &&
    code > 0 &&
    code <= 0x10ffff &&
    !(code >= 0xd800 && code <= 0xdfff)
  return isValid ? String.fromCodePoint(code) : '\ufffd'
}

/** Decode `&amp;`, `&#8217;`, `&#x2019;` and the common named entities once; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/gi,
    (whole, body: string) => {
      if (body[0] === '#')
        return fromCodePoint(
          body[1] === 'x' || body[1] === 'X'
            ? parseInt(body.slice(2), 16)
            : parseInt(body.slice(1), 10),
        )
      return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? whole
    },
  )
}

/**
 * The text of an HTML fragment on one line: comments, scripts and styles removed, tags dropped, entities
 * decoded, whitespace collapsed. A stray `<` that starts no tag stays as text. Linear in the input length.
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
  text = text.replace(HIDDEN_ELEMENTS, ' ').replace(BREAKING_TAGS, ' ')
  // Removing one tag can join the halves of another ("<scr<b>ipt>"): repeat until nothing changes. Past a
  // few rounds the input is adversarial: drop every angle bracket rather than loop once per nesting level.
  for (let round = 1, previous = ''; previous !== text; round += 1) {
    previous = text
    text = text.replace(ANY_TAG, '')
    if (round === MAX_ROUNDS) text = text.replace(/[<>]/g, '')
  }
  return decodeEntities(text).replace(/\s+/g, ' ').trim()
}

/** A link's text from the HTML between its tags, cut to a title's length without leaving half a tag. */
function linkText(html: string): string {
  if (html.length <= MAX_LINK_TEXT) return htmlToText(html)
  return htmlToText(html.slice(0, MAX_LINK_TEXT).replace(/<[^>]*$/, ''))
}

const OPENING_ANCHOR =
  /<a\s[^<>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))[^<>]*>/gi
const CLOSING_ANCHOR = /<\/a\s*>/gi
/** Characters of HTML read for one link's text; a title, not a page. */
const MAX_LINK_TEXT = 2000

/** The `https:` links of an HTML fragment, with their text: `[{ url, text }]`, each URL once. Linear time. */
export function htmlLinks(html: string): { url: string; text: string }[] {
  // One pass for openings and one for closings, then pair each opening with the next closing after it:
  // a backtracking regex over "<a …>text</a>" goes quadratic on unclosed anchors.
  const closings = [...html.matchAll(CLOSING_ANCHOR)].map((m) => m.index)
  const links = new Map<string, string>()
  let next = 0
  for (const match of html.matchAll(OPENING_ANCHOR)) {
    const textStart = match.index + match[0].length
    while (next < closings.length && (closings[next] ?? 0) < textStart) next++
    const url = decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim()
    const textEnd = closings[next] ?? textStart
    if (/^https:\/\//i.test(url) && !links.has(url))
      links.set(
        url,
        linkText(
          html.slice(
            textStart,
            Math.min(textEnd, textStart + MAX_LINK_TEXT + 1),
          ),
        ),
      )
  }
  return [...links].map(([url, text]) => ({ url, text }))
}
